package org.livedash.ui;

import java.time.ZoneId;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.livedash.i18n.Texts;
import org.livedash.ui.chart.SeriesDecimals;

/**
 * One series' newest value, big — read across a room (a plant's pressure on a wall screen, the
 * price a trader watches): the last tile dropped on it.
 */
final class NumberPane extends ValuePane {
  private final Label value = new Label("–");
  private final Label unit = new Label();
  private final Label name = new Label(Texts.get("pane.dropHintOne"));
  private final Label time = new Label();
  private final Label age = new Label();

  NumberPane(String key, String title, SeriesDecimals decimals, ZoneId zone) {
    super(key, title, decimals, zone);
    value.getStyleClass().add("big-number");
    value.setId(key + "-value");
    value.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    unit.getStyleClass().add("big-number-unit");
    name.getStyleClass().add("drop-hint");
    name.setWrapText(true);
    time.getStyleClass().add("muted");
    HBox reading = new HBox(8, value, unit);
    reading.setAlignment(Pos.BASELINE_CENTER);
    age.getStyleClass().add("tile-age");
    age.setId(key + "-age");
    VBox body = new VBox(4, name, reading, time, age);
    body.setAlignment(Pos.CENTER);
    VBox.setVgrow(body, Priority.ALWAYS);
    getChildren().add(body);
  }

  @Override
  int capacity() {
    return 1;
  }

  @Override
  void layOut(List<String> ids) {
    String id = ids.isEmpty() ? null : ids.get(0);
    name.setText(id == null ? Texts.get("pane.dropHintOne") : nameOf(id));
    unit.setText(id == null ? "" : unitOf(id));
    value.setText(id == null ? "" : "–");
    if (id != null) {
      value.setTextFill(colorOf(id));
    }
    time.setText("");
  }

  @Override
  void showStale(int i, boolean stale, String old) {
    value.setOpacity(stale ? 0.55 : 1);
    age.setText(old);
  }

  @Override
  void show(int i, String shown, String at) {
    value.setText(shown);
    time.setText(at.isEmpty() ? "" : Texts.get("pane.at", at));
  }
}
