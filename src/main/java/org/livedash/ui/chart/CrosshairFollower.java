package org.livedash.ui.chart;

import javafx.event.EventHandler;
import javafx.scene.input.MouseEvent;

/** Shows the shared crosshair at the pointer's time while it moves over a chart, or drags. */
final class CrosshairFollower implements ChartPlugin {
  private final ChartHandlers handlers = new ChartHandlers();

  @Override
  public void attach(ChartView v) {
    EventHandler<MouseEvent> follow = e -> v.crosshair().show(v.timeAt(e.getX()));
    handlers.add(v.canvas(), MouseEvent.MOUSE_MOVED, follow);
    handlers.add(v.canvas(), MouseEvent.MOUSE_DRAGGED, follow);
    handlers.add(v.canvas(), MouseEvent.MOUSE_EXITED, e -> v.crosshair().hide());
  }

  @Override
  public void detach() {
    handlers.removeAll();
  }
}
