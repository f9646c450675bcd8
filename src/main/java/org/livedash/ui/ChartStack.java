package org.livedash.ui;

import java.util.List;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;

/**
 * The two charts on a window too short for both: they take turns, the one shown with a switch
 * where its title was ("Sensors | Markets"), so each keeps a plot tall enough to read. A feed
 * with one kind of series shows its one chart either way. A chart not shown is hidden; the
 * {@link PaneArea} gives its room to the panes beside it.
 */
final class ChartStack {
  private final List<ChartPanel> panels;
  private final boolean[] available = {true, true};
  private final ToggleGroup group = new ToggleGroup();
  private final HBox switcher = new HBox();
  private boolean stacked;
  private int shown;
  /** Whether the panes stand as first shown; arranged by the user, the charts never take turns. */
  private boolean standard = true;

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

  /** Whether the panes stand as first shown (the two charts alone, one above the other). */
  void setStandard(boolean standard) {
    if (this.standard != standard) {
      this.standard = standard;
      arrange();
    }
  }

  /** Whether the charts take turns (a short window) or stand one above the other. */
  void setStacked(boolean stacked) {
    if (this.stacked != stacked) {
      this.stacked = stacked;
      arrange();
    }
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
    boolean turns = stacked && standard && available[0] && available[1];
    // The switch leaves a header before it joins another, titles back first.
    panels.forEach(p -> p.setHeading(null));
    for (int i = 0; i < 2; i++) {
      ChartPanel p = panels.get(i);
      p.setVisible(available[i] && (!turns || i == shown));
    }
    if (turns) {
      panels.get(shown).setHeading(switcher);
    }
  }
}
