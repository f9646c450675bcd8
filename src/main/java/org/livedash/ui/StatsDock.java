package org.livedash.ui;

import javafx.geometry.Pos;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * Where the push-vs-polling panel goes: docked at the right of a wide window, floated over the
 * charts as a drawer on a narrow one; the bar's toggle shows or hides it. Crossing the width
 * opens the panel when docking and closes it when it becomes a drawer.
 */
final class StatsDock {
  /** From this width the stats panel is docked at the right; below it, it is a drawer. */
  static final double DOCK_WIDTH = 1340;

  private final BorderPane window;
  private final StackPane body;
  private final ToggleButton toggle;
  private final ScrollPane scroll;
  /** Whether the window was wide enough to dock the panel, at the last layout. */
  private Boolean docked;

  StatsDock(BorderPane window, StackPane body, ToggleButton toggle, Region panel) {
    this.window = window;
    this.body = body;
    this.toggle = toggle;
    scroll = LiveScroll.around(panel);
    scroll.setId("stats-scroll");
    scroll.setFitToWidth(true);
    scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    scroll.getStyleClass().add("stats-scroll");
    scroll.setMaxWidth(Region.USE_PREF_SIZE);
    StackPane.setAlignment(scroll, Pos.TOP_RIGHT);
    toggle.selectedProperty().addListener((o, a, b) -> place());
    window.widthProperty().addListener((o, a, w) -> place());
  }

  void place() {
    double width = window.getWidth();
    boolean wide = width <= 0 || width >= DOCK_WIDTH;
    if (docked == null || docked != wide) {
      docked = wide;
      toggle.setSelected(wide);
    }
    boolean shown = toggle.isSelected();
    scroll.getStyleClass().remove("drawer");
    body.getChildren().remove(scroll);
    window.setRight(null);
    if (shown && wide) {
      window.setRight(scroll);
    } else if (shown) {
      scroll.getStyleClass().add("drawer");
      body.getChildren().add(scroll);
    }
  }

  /** Whether the panel is on screen, docked or as a drawer. */
  boolean shown() {
    return scroll.getParent() != null;
  }

  /** Whether it floats over the charts (Escape closes it then). */
  boolean isDrawer() {
    return shown() && window.getRight() == null;
  }

  void toggle() {
    toggle.setSelected(!toggle.isSelected());
  }
}
