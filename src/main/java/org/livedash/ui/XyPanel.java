package org.livedash.ui;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.livedash.i18n.Texts;
import org.livedash.model.SeriesMeta;
import org.livedash.model.StoreView;
import org.livedash.ui.chart.ChartPalette;
import org.livedash.ui.chart.XyChart;

/**
 * The X–Y pane, shown from the ⋯ menu or split from a pane: one series against another, each
 * chosen from the series shown, with a fading trail of the last pairs ({@link XyChart}).
 */
final class XyPanel extends VBox {
  private final XyChart chart = new XyChart();
  private final ComboBox<String> x = new ComboBox<>();
  private final ComboBox<String> y = new ComboBox<>();
  private final javafx.scene.control.MenuButton menu = new javafx.scene.control.MenuButton(null,
      new org.kordamp.ikonli.javafx.FontIcon(org.kordamp.ikonli.feather.Feather.MORE_VERTICAL));

  XyPanel() {
    setId("xy-panel");
    getStyleClass().add("chart-panel");
    setSpacing(6);
    Label title = new Label(Texts.get("xy.title"));
    title.getStyleClass().add("chart-title");
    x.setId("xy-x");
    y.setId("xy-y");
    x.setPromptText(Texts.get("xy.x"));
    y.setPromptText(Texts.get("xy.y"));
    x.setOnAction(e -> chart.setSeries(x.getValue(), y.getValue()));
    y.setOnAction(e -> chart.setSeries(x.getValue(), y.getValue()));
    javafx.scene.layout.Region spacer = new javafx.scene.layout.Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    menu.setId("xy-options");
    menu.getStyleClass().addAll("small", "flat");
    menu.setTooltip(new javafx.scene.control.Tooltip(Texts.get("chart.options.tip")));
    HBox header = new HBox(8, title, new Label(Texts.get("xy.x")), x,
        new Label(Texts.get("xy.y")), y, spacer, menu);
    header.setAlignment(Pos.CENTER_LEFT);
    VBox.setVgrow(chart, Priority.ALWAYS);
    getChildren().addAll(header, chart);
    setMinHeight(200);
    show(false);
  }

  /** Adds the arrangement's items (split, maximise, close) to the pane's menu. */
  void addPaneItems(List<javafx.scene.control.MenuItem> items) {
    menu.getItems().addAll(items);
  }

  /** Shows the pane, or hides it (then it reads nothing). */
  void show(boolean shown) {
    setVisible(shown);
  }

  /** The series that may be paired, as shown; a choice no longer shown is kept for its return. */
  void setCatalogue(List<SeriesMeta> catalogue) {
    List<String> ids = catalogue.stream().map(SeriesMeta::id).toList();
    if (!ids.equals(x.getItems())) {
      String xs = x.getValue();
      String ys = y.getValue();
      x.getItems().setAll(ids);
      y.getItems().setAll(ids);
      x.setValue(xs);
      y.setValue(ys);
    }
  }

  String chosenX() {
    return x.getValue();
  }

  String chosenY() {
    return y.getValue();
  }

  /** Plots {@code ys} against {@code xs} (ids as shown). */
  void plot(String xs, String ys) {
    x.setValue(xs);
    y.setValue(ys);
    chart.setSeries(xs, ys);
  }

  /** Reads what is new while shown; call inside the store's read. */
  void prepare(StoreView r) {
    if (isVisible()) {
      chart.prepare(r);
    }
  }

  void render() {
    if (isVisible()) {
      chart.render();
    }
  }

  void setPalette(ChartPalette palette) {
    chart.setPalette(palette);
  }

  XyChart chart() {
    return chart;
  }
}
