package org.livedash.ui;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.livedash.i18n.Texts;

/**
 * Asks which time range of the recording to export: from and to, in the window's time zone
 * (the last hour by default), and whether only the chart's series or all of them. A time that
 * does not read, or a range that ends before it begins, is refused in plain words.
 */
final class RangeDialog {
  private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  /** A range to export; {@code chartOnly}: the chart's series, not all. */
  record Range(Instant from, Instant to, boolean chartOnly) { }

  private RangeDialog() {}

  static Optional<Range> show(Window owner, String chart, ZoneId zone) {
    ButtonType exportType = new ButtonType(Texts.get("range.export"),
        ButtonBar.ButtonData.OK_DONE);
    Dialog<ButtonType> dialog = new Dialog<>();
    dialog.initOwner(owner);
    dialog.setTitle(Texts.get("range.title"));
    dialog.setHeaderText(Texts.get("range.header", zone.getId()));
    dialog.getDialogPane().setId("range-dialog");
    LocalDateTime now = LocalDateTime.now(zone).truncatedTo(ChronoUnit.SECONDS);
    TextField from = new TextField(TYPED.format(now.minusHours(1)));
    from.setId("range-from");
    TextField to = new TextField(TYPED.format(now.plusMinutes(1)));
    to.setId("range-to");
    CheckBox chartOnly = new CheckBox(Texts.get("range.chartOnly", chart));
    chartOnly.setId("range-chart-only");
    chartOnly.setSelected(true);
    Label error = new Label();
    error.setId("range-error");
    error.getStyleClass().add("danger-text");
    error.setWrapText(true);
    GridPane form = new GridPane();
    form.setHgap(8);
    form.setVgap(6);
    form.addRow(0, new Label(Texts.get("range.from")), from);
    form.addRow(1, new Label(Texts.get("range.to")), to);
    form.add(chartOnly, 1, 2);
    form.add(error, 0, 3, 2, 1);
    dialog.getDialogPane().setContent(form);
    dialog.getDialogPane().getButtonTypes().addAll(exportType, DialogButtons.cancel());
    Range[] result = new Range[1];
    Button export = (Button) dialog.getDialogPane().lookupButton(exportType);
    export.setId("range-export");
    export.addEventFilter(ActionEvent.ACTION, e -> {
      try {
        Instant a = LocalDateTime.parse(from.getText().strip(), TYPED).atZone(zone).toInstant();
        Instant b = LocalDateTime.parse(to.getText().strip(), TYPED).atZone(zone).toInstant();
        if (!b.isAfter(a)) {
          error.setText(Texts.get("range.backwards"));
          e.consume();
          return;
        }
        result[0] = new Range(a, b, chartOnly.isSelected());
      } catch (DateTimeParseException ex) {
        error.setText(Texts.get("range.unreadable", ex.getParsedString()));
        e.consume();
      }
    });
    Optional<ButtonType> pressed = dialog.showAndWait();
    return pressed.isPresent() && pressed.get() == exportType ? Optional.ofNullable(result[0])
        : Optional.empty();
  }
}
