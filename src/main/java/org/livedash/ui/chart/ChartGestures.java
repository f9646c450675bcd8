package org.livedash.ui.chart;

import java.util.function.BiConsumer;
import java.util.function.LongSupplier;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * What the mouse and the keyboard do to a chart's time window: the wheel zooms around the
 * cursor, dragging pans, shift-dragging (or right-dragging) zooms to a box — its time span, and
 * its values when it is taller than a few pixels — and a double click goes back to live (and
 * to autoscale); with the chart focused, the arrow keys pan, + and - zoom, and Home goes back to
 * live. Moving the mouse shows the shared crosshair.
 */
final class ChartGestures {
  private static final double ZOOM_STEP = 1.25;
  /** A box narrower (or flatter) than this, in pixels, zooms nothing that way. */
  static final double MIN_BOX_PX = 4;
  /** One arrow key press pans by this fraction of the window. */
  private static final double PAN_STEP = 0.1;

  private final Canvas canvas;
  private final ChartState state;
  private final TimeViewport viewport;
  private final Crosshair crosshair;
  private final LongSupplier latestMicros;
  private final Runnable viewChanged;
  private final BiConsumer<Double, Double> zoomValues;
  private double pressX = Double.NaN;
  private double pressY = Double.NaN;
  private double lastDragX;
  private boolean boxDrag;

  ChartGestures(Canvas canvas, ChartState state, TimeViewport viewport, Crosshair crosshair,
      LongSupplier latestMicros, Runnable viewChanged, BiConsumer<Double, Double> zoomValues) {
    this.canvas = canvas;
    this.state = state;
    this.viewport = viewport;
    this.crosshair = crosshair;
    this.latestMicros = latestMicros;
    this.viewChanged = viewChanged;
    this.zoomValues = zoomValues;
    canvas.addEventHandler(ScrollEvent.SCROLL, this::onScroll);
    canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::onPressed);
    canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onDragged);
    canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::onReleased);
    canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
      if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
        viewport.backToLive();
        state.valueZoom.clear();
        viewChanged.run();
      }
    });
    canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> crosshair.show(timeAt(e.getX())));
    canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> crosshair.hide());
  }

  /** Handles a key pressed while the chart has the focus; returns whether it was used. */
  boolean onKey(KeyEvent e) {
    switch (e.getCode()) {
      case LEFT, KP_LEFT -> viewport.pan(-step(), latestMicros.getAsLong());
      case RIGHT, KP_RIGHT -> viewport.pan(step(), latestMicros.getAsLong());
      case PLUS, ADD, EQUALS -> viewport.zoom(1 / ZOOM_STEP, 1, latestMicros.getAsLong());
      case MINUS, SUBTRACT -> viewport.zoom(ZOOM_STEP, 1, latestMicros.getAsLong());
      case HOME -> {
        viewport.backToLive();
        state.valueZoom.clear();
      }
      default -> {
        return false;
      }
    }
    viewChanged.run();
    return true;
  }

  private long step() {
    return Math.round(state.windowMicros() * PAN_STEP);
  }

  /** The time under x pixels from the canvas' left edge, within the visible window. */
  long timeAt(double x) {
    double plot = ChartRenderer.plotWidth(canvas.getWidth());
    double f = plot <= 0 ? 1 : (x - ChartRenderer.LEFT) / plot;
    return state.startMicros + Math.round(state.windowMicros() * Math.max(0, Math.min(1, f)));
  }

  private void onScroll(ScrollEvent e) {
    if (e.getDeltaY() == 0) {
      return;
    }
    double plot = ChartRenderer.plotWidth(canvas.getWidth());
    double anchor = plot <= 0 ? 1 : (e.getX() - ChartRenderer.LEFT) / plot;
    viewport.zoom(e.getDeltaY() > 0 ? 1 / ZOOM_STEP : ZOOM_STEP, anchor,
        latestMicros.getAsLong());
    viewChanged.run();
    e.consume();
  }

  private void onPressed(MouseEvent e) {
    pressX = e.getX();
    pressY = e.getY();
    lastDragX = e.getX();
    boxDrag = e.isShiftDown() || e.getButton() == MouseButton.SECONDARY;
    // The chart takes the focus for its keys; a scrolling parent must not take it back.
    canvas.getParent().requestFocus();
    e.consume();
  }

  private void onDragged(MouseEvent e) {
    if (Double.isNaN(pressX)) {
      return;
    }
    if (boxDrag) {
      state.boxFrom = pressX;
      state.boxTo = e.getX();
      state.boxFromY = pressY;
      state.boxToY = e.getY();
    } else {
      double plot = ChartRenderer.plotWidth(canvas.getWidth());
      long delta = Math.round(-(e.getX() - lastDragX) * state.windowMicros() / Math.max(1, plot));
      viewport.pan(delta, latestMicros.getAsLong());
      lastDragX = e.getX();
    }
    crosshair.show(timeAt(e.getX()));
    viewChanged.run();
  }

  private void onReleased(MouseEvent e) {
    if (boxDrag && Math.abs(e.getX() - pressX) > MIN_BOX_PX) {
      viewport.zoomTo(timeAt(pressX), timeAt(e.getX()));
    }
    if (boxDrag && Math.abs(e.getY() - pressY) > MIN_BOX_PX) {
      zoomValues.accept(pressY, e.getY());
    }
    state.boxFrom = Double.NaN;
    state.boxTo = Double.NaN;
    state.boxFromY = Double.NaN;
    state.boxToY = Double.NaN;
    pressX = Double.NaN;
    boxDrag = false;
    viewChanged.run();
  }
}
