package org.livedash.ui;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.HPos;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import org.livedash.i18n.Texts;
import org.livedash.ui.chart.SeriesDecimals;

/**
 * A table of series' last values — name, value, unit and the time it was read — for many
 * series at a glance beside a chart: a row for each tile dropped on it.
 */
final class TablePane extends ValuePane {
  private static final int MOST = 64;
  private final GridPane grid = new GridPane();
  private final Label hint = new Label(Texts.get("pane.dropHint"));
  private final List<Label> values = new ArrayList<>();
  private final List<Label> times = new ArrayList<>();
  private final List<List<javafx.scene.Node>> rows = new ArrayList<>();

  TablePane(String key, String title, SeriesDecimals decimals, ZoneId zone) {
    super(key, title, decimals, zone);
    grid.getStyleClass().add("value-table");
    grid.setHgap(14);
    grid.setVgap(4);
    ColumnConstraints name = new ColumnConstraints();
    name.setHgrow(Priority.ALWAYS);
    ColumnConstraints value = new ColumnConstraints();
    value.setHalignment(HPos.RIGHT);
    grid.getColumnConstraints().addAll(name, value, new ColumnConstraints(),
        new ColumnConstraints());
    hint.getStyleClass().add("drop-hint");
    hint.setWrapText(true);
    ScrollPane scroll = new ScrollPane(grid);
    scroll.setFitToWidth(true);
    scroll.getStyleClass().add("edge-to-edge");
    VBox.setVgrow(scroll, Priority.ALWAYS);
    getChildren().addAll(hint, scroll);
  }

  @Override
  int capacity() {
    return MOST;
  }

  @Override
  void layOut(List<String> ids) {
    grid.getChildren().clear();
    values.clear();
    times.clear();
    rows.clear();
    hint.setVisible(ids.isEmpty());
    hint.setManaged(ids.isEmpty());
    if (ids.isEmpty()) {
      return;
    }
    grid.addRow(0, title("pane.column.series"), title("pane.column.value"),
        title("pane.column.unit"), title("pane.column.at"));
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      Circle dot = new Circle(4, colorOf(id));
      Label name = new Label(nameOf(id));
      name.setMinWidth(0);
      StatusLine.withTooltip(name);
      HBox named = new HBox(6, dot, name);
      named.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
      Label value = new Label("–");
      value.getStyleClass().add("value-cell");
      value.setId(key() + "-value-" + id);
      value.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
      Label time = new Label();
      time.getStyleClass().add("muted");
      values.add(value);
      times.add(time);
      Label unit = new Label(unitOf(id));
      grid.addRow(i + 1, named, value, unit, time);
      rows.add(List.of(named, value, unit, time));
      MenuItem remove = new MenuItem(Texts.get("pane.removeOne", nameOf(id)));
      remove.setOnAction(e -> remove(id));
      ContextMenu menu = new ContextMenu(remove);
      named.setOnContextMenuRequested(e -> menu.show(named, e.getScreenX(), e.getScreenY()));
    }
  }

  private static Label title(String key) {
    Label l = new Label(Texts.get(key));
    l.getStyleClass().add("column-title");
    return l;
  }

  @Override
  void showStale(int i, boolean stale, String age) {
    rows.get(i).forEach(n -> n.setOpacity(stale ? 0.55 : 1));
    times.get(i).setTooltip(stale ? new Tooltip(age) : null);
  }

  @Override
  void show(int i, String value, String time) {
    values.get(i).setText(value);
    times.get(i).setText(time);
  }
}
