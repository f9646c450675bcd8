package org.livedash.ui.chart;

import javafx.event.EventHandler;
import javafx.scene.input.MouseEvent;

/** Shows the shared crosshair at the pointer's time while it moves over a chart, or drags. */
final class CrosshairFollower implements ChartPlugin {
  private ChartView view;
  private final EventHandler<MouseEvent> move = e -> view.crosshair().show(view.timeAt(e.getX()));
  private final EventHandler<MouseEvent> exit = e -> view.crosshair().hide();

  @Override
  public void attach(ChartView v) {
    view = v;
    v.canvas().addEventHandler(MouseEvent.MOUSE_MOVED, move);
    v.canvas().addEventHandler(MouseEvent.MOUSE_DRAGGED, move);
    v.canvas().addEventHandler(MouseEvent.MOUSE_EXITED, exit);
  }

  @Override
  public void detach() {
    view.canvas().removeEventHandler(MouseEvent.MOUSE_MOVED, move);
    view.canvas().removeEventHandler(MouseEvent.MOUSE_DRAGGED, move);
    view.canvas().removeEventHandler(MouseEvent.MOUSE_EXITED, exit);
  }
}
