package org.livedash.ui;

import java.util.List;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;

/**
 * The two charts on a window too short for both: they take turns, the one shown with a switch
 * where its title was ("Sensors | Markets"), so each keeps a plot tall enough to read. A feed
 * with one kind of series shows its one chart either way.
 */
final class ChartStack {
  private final List<ChartPanel> panels;
  private final boolean[] available = {true, true};
  private final ToggleGroup group = new ToggleGroup();
  private final HBox switcher = new HBox();
  private boolean stacked;
  private int shown;
  /** The chart given the whole dashboard, or -1. */
  private int maximised = -1;
  /** What a maximised chart takes the room of besides the other chart: the tiles, a pane. */
  private List<javafx.scene.Node> around = List.of();
  /** Whether each of {@link #around} was shown before a chart was maximised. */
  private final java.util.Map<javafx.scene.Node, Boolean> shownBefore = new java.util.HashMap<>();

  ChartStack(ChartPanel sensors, ChartPanel markets) {
    panels = List.of(sensors, markets);
    for (int i = 0; i < 2; i++) {
      ChartPanel p = panels.get(i);
      ToggleButton b = new ToggleButton(p.title());
      b.setId("show-" + (i == 0 ? "sensors" : "markets"));
      b.getStyleClass().addAll("small", i == 0 ? "left-pill" : "right-pill");
      b.setToggleGroup(group);
      int which = i;
      b.setOnAction(e -> {
        // A segmented switch: pressing the one shown keeps it shown.
        b.setSelected(true);
        show(which);
      });
      switcher.getChildren().add(b);
    }
    ((ToggleButton) switcher.getChildren().get(0)).setSelected(true);
  }

  /** What a chart maximised takes the room of, besides the other chart. */
  void around(javafx.scene.Node... nodes) {
    around = List.of(nodes);
  }

  /** Gives {@code panel} the dashboard's whole room, or, maximised already, gives it back. */
  void maximise(ChartPanel panel) {
    int which = panels.indexOf(panel);
    boolean was = maximised >= 0;
    maximised = maximised == which ? -1 : which;
    panels.forEach(p -> p.showMaximised(panels.indexOf(p) == maximised));
    for (javafx.scene.Node n : around) {
      if (maximised >= 0 && !was) {
        shownBefore.put(n, n.isVisible());
      }
      boolean show = maximised < 0 && shownBefore.getOrDefault(n, n.isVisible());
      n.setVisible(show);
      n.setManaged(show);
    }
    arrange();
  }

  /** Whether a chart has the dashboard's whole room. */
  boolean maximised() {
    return maximised >= 0;
  }

  /** Whether the charts take turns (a short window) or stand one above the other. */
  void setStacked(boolean stacked) {
    if (this.stacked != stacked) {
      this.stacked = stacked;
      arrange();
    }
  }

  boolean stacked() {
    return stacked;
  }

  /** Whether the feed has series for a chart: one it has none for is not shown. */
  void setAvailable(ChartPanel panel, boolean has) {
    available[panels.indexOf(panel)] = has;
    arrange();
  }

  /** Shows {@code panel} (a tile of its kind was clicked), in turn with the other if stacked. */
  void show(ChartPanel panel) {
    show(panels.indexOf(panel));
  }

  private void show(int which) {
    if (shown != which) {
      shown = which;
      ((ToggleButton) switcher.getChildren().get(which)).setSelected(true);
      arrange();
    }
  }

  private void arrange() {
    boolean turns = stacked && available[0] && available[1];
    // The switch leaves a header before it joins another, titles back first.
    panels.forEach(p -> p.setHeading(null));
    for (int i = 0; i < 2; i++) {
      ChartPanel p = panels.get(i);
      boolean visible = maximised >= 0 ? i == maximised
          : available[i] && (!turns || i == shown);
      p.setVisible(visible);
      p.setManaged(visible);
    }
    if (turns) {
      panels.get(shown).setHeading(switcher);
    }
  }
}
