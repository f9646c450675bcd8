package org.livedash.ui;

import org.livedash.i18n.Texts;
import java.util.Locale;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.livedash.model.SeriesMeta;
import org.livedash.model.SeriesOverride;

/**
 * Sets how one series is shown and judged: its name, its unit, and the levels at which it
 * warns and alarms (above and below; blank for none). Kept for the feed, for the next run too;
 * readings from then on are judged by the new levels. A level that is not a number, or bands
 * that do not nest, are refused in plain words and the dialog stays open.
 */
final class SeriesSettingsDialog {

  private SeriesSettingsDialog() {}

  static Optional<SeriesOverride> show(Window owner, SeriesMeta meta) {
    ButtonType applyType = new ButtonType(Texts.get("series.apply"),
        ButtonBar.ButtonData.OK_DONE);
    Dialog<ButtonType> dialog = new Dialog<>();
    dialog.initOwner(owner);
    dialog.setTitle(Texts.get("chart.series"));
    dialog.setHeaderText(meta.id());
    dialog.getDialogPane().setId("series-settings");
    TextField name = field("series-name", meta.name());
    TextField unit = field("series-unit", meta.unit());
    TextField warnHigh = field("series-warn-high", level(meta.warnHigh()));
    TextField alarmHigh = field("series-alarm-high", level(meta.alarmHigh()));
    TextField warnLow = field("series-warn-low", level(meta.warnLow()));
    TextField alarmLow = field("series-alarm-low", level(meta.alarmLow()));
    Label error = new Label();
    error.setId("series-error");
    error.getStyleClass().add("danger-text");
    error.setWrapText(true);
    GridPane form = new GridPane();
    form.setHgap(8);
    form.setVgap(6);
    form.addRow(0, new Label(Texts.get("series.name")), name);
    form.addRow(1, new Label(Texts.get("series.unit")), unit);
    form.addRow(2, new Label(Texts.get("series.warnAbove")), warnHigh);
    form.addRow(3, new Label(Texts.get("series.alarmAbove")), alarmHigh);
    form.addRow(4, new Label(Texts.get("series.warnBelow")), warnLow);
    form.addRow(5, new Label(Texts.get("series.alarmBelow")), alarmLow);
    if (meta.unitGuessed()) {
      Label guessed = new Label(Texts.get("series.unitGuessed"));
      guessed.setId("series-unit-guessed");
      guessed.getStyleClass().add("muted");
      guessed.setWrapText(true);
      guessed.setMaxWidth(320);
      form.add(guessed, 1, 6);
    }
    form.add(error, 0, 7, 2, 1);
    dialog.getDialogPane().setContent(form);
    dialog.getDialogPane().getButtonTypes().addAll(applyType, DialogButtons.cancel());
    SeriesOverride[] result = new SeriesOverride[1];
    Button apply = (Button) dialog.getDialogPane().lookupButton(applyType);
    apply.setId("series-apply");
    apply.addEventFilter(ActionEvent.ACTION, e -> {
      try {
        String u = unit.getText().strip();
        // A guessed unit left as it was stays a guess; one typed here is the user's word.
        result[0] = new SeriesOverride(name.getText().strip(),
            meta.unitGuessed() && u.equals(meta.unit()) ? null : u,
            new SeriesOverride.Thresholds(parse(warnLow, Texts.get("series.warnBelow")),
                parse(warnHigh, Texts.get("series.warnAbove")),
                parse(alarmLow, Texts.get("series.alarmBelow")),
                parse(alarmHigh, Texts.get("series.alarmAbove"))));
      } catch (IllegalArgumentException ex) {
        error.setText(Texts.message(ex));
        e.consume();
      }
    });
    Optional<ButtonType> pressed = dialog.showAndWait();
    return pressed.isPresent() && pressed.get() == applyType ? Optional.ofNullable(result[0])
        : Optional.empty();
  }

  /**
   * A level typed in: blank for none; a number with a point or a comma for decimals, and the
   * other (or the same, repeated) for thousands: {@code 1.013,8}, {@code 1,013.8}, {@code 60,5}.
   */
  static Double parse(TextField f, String what) {
    String t = f.getText().strip().replace('\u2212', '-').replace("\u00a0", "")
        .replace(" ", "");
    if (t.isEmpty()) {
      return null;
    }
    try {
      double v = Double.parseDouble(plain(t, Texts.locale()));
      if (Double.isNaN(v) || Double.isInfinite(v)) {
        throw new NumberFormatException();
      }
      return v;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(Texts.get("series.notNumber", t,
          what.toLowerCase(Texts.locale())));
    }
  }

  /**
   * A number as Java reads it: of a point and a comma, the last is the decimal separator and the
   * other groups thousands; one separator repeated groups thousands; one alone is decimal, unless
   * it is the language's thousands separator with three digits after it (1.013 in Spanish).
   */
  static String plain(String t, Locale language) {
    int dot = t.lastIndexOf('.');
    int comma = t.lastIndexOf(',');
    if (dot < 0 && comma < 0) {
      return t;
    }
    char decimal = dot > comma ? '.' : ',';
    char grouping = decimal == '.' ? ',' : '.';
    String s = t.replace(String.valueOf(grouping), "");
    boolean single = t.indexOf(grouping) < 0 && t.indexOf(decimal) == t.lastIndexOf(decimal);
    char languageGrouping = java.text.DecimalFormatSymbols.getInstance(language)
        .getGroupingSeparator();
    boolean thousands = t.indexOf(decimal) != t.lastIndexOf(decimal)
        || single && decimal == languageGrouping && t.length() - t.indexOf(decimal) == 4;
    return thousands ? s.replace(String.valueOf(decimal), "") : s.replace(decimal, '.');
  }

  /** A level as the user's language writes it, without thousands separators: 60,5 in Spanish. */
  private static String level(double v) {
    if (Double.isNaN(v)) {
      return "";
    }
    java.text.NumberFormat f = java.text.NumberFormat.getNumberInstance(Texts.locale());
    f.setGroupingUsed(false);
    f.setMaximumFractionDigits(10);
    return f.format(v);
  }

  private static TextField field(String id, String text) {
    TextField f = new TextField(text);
    f.setId(id);
    f.setPrefColumnCount(18);
    return f;
  }
}
