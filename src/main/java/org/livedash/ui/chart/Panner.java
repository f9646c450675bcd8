package org.livedash.ui.chart;

import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/** Pans a chart through time: dragging with the primary button; the arrow keys with the focus. */
final class Panner implements ChartPlugin {
  /** One arrow key press pans by this fraction of the window. */
  static final double PAN_STEP = 0.1;
  private ChartView view;
  private double lastDragX = Double.NaN;
  private final ChartHandlers handlers = new ChartHandlers();

  @Override
  public void attach(ChartView v) {
    view = v;
    handlers.add(v.canvas(), MouseEvent.MOUSE_PRESSED, this::onPressed);
    handlers.add(v.canvas(), MouseEvent.MOUSE_DRAGGED, this::onDragged);
    handlers.add(v.canvas(), MouseEvent.MOUSE_RELEASED, e -> lastDragX = Double.NaN);
    handlers.add(v.chart(), KeyEvent.KEY_PRESSED, this::onKey);
  }

  @Override
  public void detach() {
    handlers.removeAll();
  }

  private void onPressed(MouseEvent e) {
    boolean box = e.isShiftDown() || e.getButton() == MouseButton.SECONDARY;
    lastDragX = box ? Double.NaN : e.getX();
  }

  private void onDragged(MouseEvent e) {
    if (Double.isNaN(lastDragX)) {
      return;
    }
    view.viewport().pan(Math.round(-(e.getX() - lastDragX) * view.microsPerPixel()),
        view.latestMicros());
    lastDragX = e.getX();
    view.viewChanged();
  }

  private void onKey(KeyEvent e) {
    long step = Math.round(view.state().windowMicros() * PAN_STEP);
    switch (e.getCode()) {
      case LEFT, KP_LEFT -> view.viewport().pan(-step, view.latestMicros());
      case RIGHT, KP_RIGHT -> view.viewport().pan(step, view.latestMicros());
      default -> {
        return;
      }
    }
    view.viewChanged();
    e.consume();
  }
}
