package org.livedash.ui;

import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Push against polling, side by side: the current mode's figures next to the previous mode's,
 * with a one-line verdict once both have been measured.
 */
final class StatsPanel extends VBox {
  StatsPanel(DashboardViewModel vm) {
    getStyleClass().add("stats-panel");
    setId("stats-panel");
    Label title = new Label("Push vs polling");
    title.getStyleClass().add("panel-title");
    Label hint = new Label("Measured live on this feed. Switch the mode to compare.");
    hint.getStyleClass().add("muted");
    hint.setWrapText(true);

    GridPane grid = new GridPane();
    grid.getStyleClass().add("stats-grid");
    grid.setHgap(12);
    grid.setVgap(6);
    ColumnConstraints labels = new ColumnConstraints();
    labels.setHgrow(Priority.SOMETIMES);
    labels.setMinWidth(Region.USE_PREF_SIZE);
    ColumnConstraints values = new ColumnConstraints(104);
    values.setHalignment(HPos.RIGHT);
    ColumnConstraints values2 = new ColumnConstraints(104);
    values2.setHalignment(HPos.RIGHT);
    grid.getColumnConstraints().addAll(labels, values, values2);

    grid.add(header(vm.currentStats(), "stats-now-title"), 1, 0);
    grid.add(header(vm.previousStats(), "stats-before-title"), 2, 0);
    int row = 1;
    for (StatsColumn.Row r : StatsColumn.Row.values()) {
      Label name = new Label(r.label());
      name.getStyleClass().add("stats-label");
      Label now = new Label();
      now.setId("stats-now-" + r.name().toLowerCase());
      now.textProperty().bind(vm.currentStats().cell(r));
      now.getStyleClass().addAll("stats-value", "now");
      Label before = new Label();
      before.setId("stats-before-" + r.name().toLowerCase());
      before.textProperty().bind(vm.previousStats().cell(r));
      before.getStyleClass().add("stats-value");
      grid.addRow(row++, name, now, before);
    }

    Label headline = new Label();
    headline.setId("stats-headline");
    headline.getStyleClass().add("headline");
    headline.setWrapText(true);
    headline.textProperty().bind(vm.headlineProperty());
    headline.visibleProperty().bind(vm.headlineProperty().isNotEmpty());
    headline.managedProperty().bind(headline.visibleProperty());

    getChildren().addAll(title, hint, grid, headline);
    setSpacing(10);
    setPrefWidth(380);
    setMinWidth(340);
  }

  private static Label header(StatsColumn column, String id) {
    Label l = new Label();
    l.setId(id);
    l.textProperty().bind(column.titleProperty());
    l.getStyleClass().add("stats-header");
    l.setWrapText(true);
    l.setMaxWidth(104);
    return l;
  }
}
