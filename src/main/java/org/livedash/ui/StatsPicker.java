package org.livedash.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.livedash.i18n.Texts;

/**
 * The push-vs-polling panel of the feed chosen: the first feed's, or, while feeds are shown
 * beside it, any of theirs, picked above the figures. Each feed's figures are read from its own
 * {@link DashboardViewModel}, as its chip's state is.
 */
final class StatsPicker extends VBox {
  private final StatsPanel first;
  private final ChoiceBox<String> feed = new ChoiceBox<>();
  private final HBox row;
  private final Map<String, StatsPanel> beside = new LinkedHashMap<>();
  private final String firstName = Texts.get("stats.feed.first");

  StatsPicker(StatsPanel first) {
    this.first = first;
    feed.setId("stats-feed");
    feed.getStyleClass().add("small");
    feed.getItems().add(firstName);
    feed.setValue(firstName);
    feed.valueProperty().addListener((o, was, now) -> showPanel());
    Label label = new Label(Texts.get("stats.feed"));
    label.getStyleClass().add("muted");
    row = new HBox(8, label, feed);
    row.setAlignment(Pos.CENTER_LEFT);
    row.getStyleClass().add("stats-feed-row");
    getChildren().addAll(row, first);
    row.setVisible(false);
    row.setManaged(false);
  }

  /**
   * The feeds shown beside the first now, by name, with the models their figures are read from;
   * a feed removed while chosen gives its place back to the first.
   */
  void offer(Map<String, DashboardViewModel> models) {
    List<String> names = new ArrayList<>(models.keySet());
    if (names.equals(new ArrayList<>(beside.keySet()))) {
      return;
    }
    beside.keySet().retainAll(names);
    models.forEach((name, vm) -> beside.computeIfAbsent(name, n -> new StatsPanel(vm)));
    List<String> items = new ArrayList<>(List.of(firstName));
    items.addAll(names);
    String chosen = feed.getValue();
    feed.getItems().setAll(items);
    feed.setValue(items.contains(chosen) ? chosen : firstName);
    row.setVisible(!names.isEmpty());
    row.setManaged(!names.isEmpty());
    showPanel();
  }

  private void showPanel() {
    StatsPanel shown = beside.getOrDefault(feed.getValue(), first);
    if (getChildren().get(1) != shown) {
      getChildren().set(1, shown);
    }
  }
}
