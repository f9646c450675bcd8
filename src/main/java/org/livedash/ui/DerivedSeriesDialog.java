package org.livedash.ui;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.livedash.derive.Derivations;
import org.livedash.derive.DerivedSeries;
import org.livedash.i18n.Texts;
import org.livedash.model.InvalidInputException;
import org.livedash.model.SeriesKind;

/**
 * The window's derived series: those defined, each removable, and a form that defines one — a
 * name, a formula over the series shown ({@code coinbase/BTC-USD - binance/BTCUSDT},
 * {@code avg(temp, 1 min)}, {@code temp * 9 / 5 + 32}), a unit and its chart. A formula that
 * does not read is said in one line and the form stays as typed.
 */
final class DerivedSeriesDialog {
  private DerivedSeriesDialog() {}

  /**
   * Shows the dialog; {@code shown} gives the series shown now (what a formula may read),
   * {@code defined} is told the name of each series defined.
   */
  static void show(Window owner, Derivations derivations, Supplier<List<String>> shown,
      Consumer<String> defined) {
    Dialog<ButtonType> dialog = new Dialog<>();
    dialog.initOwner(owner);
    dialog.setTitle(Texts.get("derive.title"));
    dialog.getDialogPane().setId("derived-dialog");
    dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
    dialog.getDialogPane().lookupButton(ButtonType.CLOSE).setId("derived-close");
    VBox list = new VBox(4);
    list.setId("derived-list");
    TextField name = new TextField();
    name.setId("derived-name");
    name.setPromptText("spread");
    TextField formula = new TextField();
    formula.setId("derived-formula");
    formula.setPromptText(Texts.get("derive.formulaPrompt"));
    formula.setPrefColumnCount(36);
    TextField unit = new TextField();
    unit.setId("derived-unit");
    unit.setPrefColumnCount(6);
    ComboBox<SeriesKind> chart = new ComboBox<>();
    chart.getItems().setAll(SeriesKind.SENSOR, SeriesKind.STOCK);
    chart.setValue(SeriesKind.STOCK);
    chart.setConverter(new javafx.util.StringConverter<>() {
      @Override
      public String toString(SeriesKind k) {
        return k == null ? ""
            : Texts.get(k == SeriesKind.STOCK ? "chart.markets" : "chart.sensors");
      }

      @Override
      public SeriesKind fromString(String s) {
        return null;
      }
    });
    Label problem = new Label();
    problem.setId("derived-problem");
    problem.getStyleClass().add("danger-text");
    problem.setWrapText(true);
    problem.setMaxWidth(560);
    Button add = new Button(Texts.get("derive.add"), new FontIcon(Feather.PLUS));
    add.setId("derived-add");
    add.setDefaultButton(true);
    Runnable refresh = () -> showDefined(list, derivations);
    add.setOnAction(e -> {
      try {
        DerivedSeries series = new DerivedSeries(name.getText(), formula.getText(),
            unit.getText(), chart.getValue());
        derivations.define(series, shown.get());
        defined.accept(series.name());
        problem.setText("");
        name.clear();
        formula.clear();
        unit.clear();
        refresh.run();
      } catch (InvalidInputException ex) {
        problem.setText(Texts.of(ex.reason()));
      }
    });
    GridPane form = new GridPane();
    form.setHgap(8);
    form.setVgap(8);
    form.addRow(0, label("derive.name"), name);
    form.addRow(1, label("derive.formula"), formula);
    HBox unitAndChart = new HBox(8, unit, label("derive.chart"), chart);
    unitAndChart.setAlignment(Pos.CENTER_LEFT);
    form.addRow(2, label("derive.unit"), unitAndChart);
    GridPane.setHgrow(formula, Priority.ALWAYS);
    Label help = new Label(Texts.get("derive.help"));
    help.getStyleClass().add("muted");
    help.setWrapText(true);
    help.setMaxWidth(560);
    help.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    HBox actions = new HBox(8, add);
    actions.setAlignment(Pos.CENTER_RIGHT);
    refresh.run();
    dialog.getDialogPane().setContent(new VBox(10, list, form, help, problem, actions));
    dialog.show();
  }

  /** A label never cut ("Fórmula" is wider than "Formula"). */
  private static Label label(String key) {
    Label l = new Label(Texts.get(key));
    l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    return l;
  }

  private static void showDefined(VBox list, Derivations derivations) {
    list.getChildren().clear();
    for (DerivedSeries d : derivations.defined()) {
      Label what = new Label(d.name() + " = " + d.formula()
          + (d.unit().isEmpty() ? "" : "  [" + d.unit() + "]"));
      Button remove = new Button(null, new FontIcon(Feather.TRASH_2));
      remove.setId("derived-remove-" + d.name());
      remove.getStyleClass().addAll("flat", "small");
      remove.setTooltip(new javafx.scene.control.Tooltip(Texts.get("derive.remove", d.name())));
      remove.setOnAction(e -> {
        derivations.remove(d.name());
        showDefined(list, derivations);
      });
      HBox row = new HBox(8, what, remove);
      row.setAlignment(Pos.CENTER_LEFT);
      list.getChildren().add(row);
    }
    if (list.getChildren().isEmpty()) {
      Label none = new Label(Texts.get("derive.none"));
      none.getStyleClass().add("muted");
      list.getChildren().add(none);
    }
  }
}
