package org.livedash.ui;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/**
 * A scroll pane around content that changes while it is shown (charts, tiles, figures), without
 * the bitmap cache JavaFX's skin keeps of its viewport: with it, every change inside re-renders
 * the whole viewport into the cache before the part that changed is drawn — the whole dashboard
 * for a chart's beat, the whole statistics panel for its clock each second.
 */
final class LiveScroll {
  private LiveScroll() {}

  /** The dashboard's tiles, charts and logs, scrolling only when too short; never sideways. */
  static ScrollPane center(javafx.scene.layout.VBox center) {
    center.getStyleClass().add("center");
    center.setPadding(new javafx.geometry.Insets(12));
    ScrollPane centerScroll = around(center);
    centerScroll.setId("center-scroll");
    centerScroll.setFitToWidth(true);
    centerScroll.setFitToHeight(true);
    centerScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    centerScroll.setFocusTraversable(false);
    centerScroll.getStyleClass().add("center-scroll");
    return centerScroll;
  }

  /** A scroll pane around {@code content}, its viewport not cached. */
  static ScrollPane around(Node content) {
    ScrollPane scroll = new ScrollPane(content);
    scroll.skinProperty().addListener((o, before, skin) -> {
      Node viewport = scroll.lookup(".viewport");
      if (viewport != null) {
        viewport.setCache(false);
      }
    });
    return scroll;
  }
}
