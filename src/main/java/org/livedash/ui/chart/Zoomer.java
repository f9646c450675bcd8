package org.livedash.ui.chart;

import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * Zooms a chart: the wheel around the cursor; shift-dragging (or right-dragging) a box to its
 * time span, and to its values when it is taller than a few pixels; + and - with the focus.
 */
final class Zoomer implements ChartPlugin {
  static final double ZOOM_STEP = 1.25;
  /** A box narrower (or flatter) than this, in pixels, zooms nothing that way. */
  static final double MIN_BOX_PX = 4;
  private ChartView view;
  private double pressX = Double.NaN;
  private double pressY = Double.NaN;
  private final ChartHandlers handlers = new ChartHandlers();

  @Override
  public void attach(ChartView v) {
    view = v;
    handlers.add(v.canvas(), ScrollEvent.SCROLL, this::onScroll);
    handlers.add(v.canvas(), MouseEvent.MOUSE_PRESSED, this::onPressed);
    handlers.add(v.canvas(), MouseEvent.MOUSE_DRAGGED, this::onDragged);
    handlers.add(v.canvas(), MouseEvent.MOUSE_RELEASED, this::onReleased);
    handlers.add(v.chart(), KeyEvent.KEY_PRESSED, this::onKey);
  }

  @Override
  public void detach() {
    handlers.removeAll();
  }

  private void onScroll(ScrollEvent e) {
    if (e.getDeltaY() == 0) {
      return;
    }
    view.viewport().zoom(e.getDeltaY() > 0 ? 1 / ZOOM_STEP : ZOOM_STEP, view.fractionAt(e.getX()),
        view.latestMicros());
    view.viewChanged();
    e.consume();
  }

  private void onKey(KeyEvent e) {
    switch (e.getCode()) {
      case PLUS, ADD, EQUALS -> view.viewport().zoom(1 / ZOOM_STEP, 1, view.latestMicros());
      case MINUS, SUBTRACT -> view.viewport().zoom(ZOOM_STEP, 1, view.latestMicros());
      default -> {
        return;
      }
    }
    view.viewChanged();
    e.consume();
  }

  private void onPressed(MouseEvent e) {
    if (e.isShiftDown() || e.getButton() == MouseButton.SECONDARY) {
      pressX = e.getX();
      pressY = e.getY();
    }
  }

  private void onDragged(MouseEvent e) {
    if (Double.isNaN(pressX)) {
      return;
    }
    ChartState s = view.state();
    s.boxFrom = pressX;
    s.boxTo = e.getX();
    s.boxFromY = pressY;
    s.boxToY = e.getY();
    view.viewChanged();
  }

  private void onReleased(MouseEvent e) {
    if (Double.isNaN(pressX)) {
      return;
    }
    if (Math.abs(e.getX() - pressX) > MIN_BOX_PX) {
      view.viewport().zoomTo(view.timeAt(pressX), view.timeAt(e.getX()));
    }
    if (Math.abs(e.getY() - pressY) > MIN_BOX_PX) {
      view.zoomValues(pressY, e.getY());
    }
    ChartState s = view.state();
    s.boxFrom = Double.NaN;
    s.boxTo = Double.NaN;
    s.boxFromY = Double.NaN;
    s.boxToY = Double.NaN;
    pressX = Double.NaN;
    view.viewChanged();
  }
}
