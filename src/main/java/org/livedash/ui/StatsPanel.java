package org.livedash.ui;

import org.livedash.i18n.Texts;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import java.time.ZonedDateTime;
import org.livedash.report.ReportHeader;

/**
 * Push against polling, side by side: the current mode's figures next to the previous mode's,
 * with a one-line verdict once both have been measured.
 */
final class StatsPanel extends VBox {
  StatsPanel(DashboardViewModel vm) {
    getStyleClass().add("stats-panel");
    setId("stats-panel");
    Label title = new Label(Texts.get("stats.title"));
    title.getStyleClass().add("panel-title");
    Label hint = new Label(Texts.get("stats.hint"));
    hint.getStyleClass().add("muted");
    hint.setWrapText(true);

    GridPane grid = new GridPane();
    grid.getStyleClass().add("stats-grid");
    grid.setHgap(12);
    grid.setVgap(6);
    ColumnConstraints labels = new ColumnConstraints();
    // A row's name wraps to the room the two columns of figures leave, in any language, so
    // neither column is ever pushed out of the panel.
    labels.setHgrow(Priority.ALWAYS);
    labels.setMinWidth(0);
    ColumnConstraints values = new ColumnConstraints(96);
    values.setHalignment(HPos.RIGHT);
    ColumnConstraints values2 = new ColumnConstraints(96);
    values2.setHalignment(HPos.RIGHT);
    grid.getColumnConstraints().addAll(labels, values, values2);

    grid.add(header(vm.currentStats(), "stats-now-title"), 1, 0);
    grid.add(header(vm.previousStats(), "stats-before-title"), 2, 0);
    int row = 1;
    for (StatsColumn.Row r : StatsColumn.Row.values()) {
      Label name = new Label(r.label());
      name.getStyleClass().add("stats-label");
      name.setWrapText(true);
      name.setMinHeight(Region.USE_PREF_SIZE);
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

    Label clock = new Label();
    clock.setId("clock-offset");
    clock.getStyleClass().add("muted");
    clock.setWrapText(true);
    clock.textProperty().bind(vm.clockProperty());
    getChildren().addAll(title, hint, grid, clock, headline, compareControls(vm));
    setSpacing(10);
    setPrefWidth(380);
    setMinWidth(340);
  }

  /** Runs every mode in turn for a chosen time and shows the comparison. */
  private VBox compareControls(DashboardViewModel vm) {
    Label title = new Label(Texts.get("stats.compare.title"));
    title.getStyleClass().add("panel-title");
    Label explain = new Label();
    explain.setId("compare-explain");
    // A feed in its own shape is pushed only: say why there is nothing to compare.
    explain.textProperty().bind(javafx.beans.binding.Bindings.when(vm.pollableProperty())
        .then(Texts.get("stats.compare.explain"))
        .otherwise(Texts.get("stats.compare.pushOnly")));
    explain.getStyleClass().add("muted");
    explain.setWrapText(true);
    javafx.scene.control.ChoiceBox<String> each = new javafx.scene.control.ChoiceBox<>();
    each.getItems().addAll("5 s", "10 s", "30 s");
    each.setValue("10 s");
    each.setPrefWidth(80);
    javafx.scene.control.Button run =
        new javafx.scene.control.Button(Texts.get("stats.compare.run"));
    run.setId("compare-button");
    run.getStyleClass().add("accent");
    run.disableProperty().bind(vm.comparingProperty().or(vm.connectedProperty().not())
        .or(vm.pollableProperty().not()));
    run.setOnAction(e -> vm.startCompare(
        java.time.Duration.ofSeconds(Long.parseLong(each.getValue().split(" ")[0])),
        results -> CompareDialog.show(getScene().getWindow(), results, new ReportHeader(
            ZonedDateTime.now(),
            vm.feedDescriptionProperty().get() + " — " + vm.urlProperty().get(),
            Texts.get("compare.settings", vm.pollIntervalMillisProperty().get(),
                each.getValue())))));
    javafx.scene.control.ProgressBar progress = new javafx.scene.control.ProgressBar();
    progress.progressProperty().bind(vm.compareProgressProperty());
    progress.visibleProperty().bind(vm.comparingProperty());
    progress.setMaxWidth(Double.MAX_VALUE);
    Label phase = new Label();
    phase.textProperty().bind(vm.comparePhaseProperty());
    phase.getStyleClass().add("muted");
    javafx.scene.layout.HBox row = new javafx.scene.layout.HBox(8,
        new Label(Texts.get("stats.compare.each")), each, run);
    row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    VBox box = new VBox(8, title, explain, row, progress, phase);
    box.setPadding(new javafx.geometry.Insets(12, 0, 0, 0));
    return box;
  }

  private static Label header(StatsColumn column, String id) {
    Label l = new Label();
    l.setId(id);
    l.textProperty().bind(column.titleProperty());
    l.getStyleClass().add("stats-header");
    l.setWrapText(true);
    l.setMaxWidth(96);
    return l;
  }
}
