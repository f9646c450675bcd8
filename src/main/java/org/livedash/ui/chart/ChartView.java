package org.livedash.ui.chart;

import java.util.function.BiConsumer;
import java.util.function.LongSupplier;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;

/**
 * What a chart lets its interactions ({@link ChartPlugin}) see and do: where the pointer is in
 * time, the time window to move, the value boxes to zoom to, the shared crosshair; each change
 * is told back with {@link #viewChanged()}.
 */
interface ChartView {
  /** The canvas the chart draws on: its mouse events are the pointer's. */
  Canvas canvas();

  /** The chart itself: its key events are the keyboard's while it has the focus. */
  Region chart();

  /** The chart's time window. */
  TimeViewport viewport();

  /** The chart's view state (window, value zoom, the box being drawn). */
  ChartState state();

  /** The newest sample's time in epoch µs, what "live" follows. */
  long latestMicros();

  /** The crosshair shared with the other charts. */
  Crosshair crosshair();

  /** Zooms the values under the pointer's vertical span from {@code y0} to {@code y1}. */
  void zoomValues(double y0, double y1);

  /** To be called after an interaction changed the view: the chart redraws and tells. */
  void viewChanged();

  /** The time under x pixels from the canvas' left edge, within the visible window. */
  default long timeAt(double x) {
    double f = fractionAt(x);
    ChartState s = state();
    return s.startMicros + Math.round(s.windowMicros() * Math.max(0, Math.min(1, f)));
  }

  /** Where x pixels from the canvas' left edge falls in the plot, 0 at its left, 1 at its right. */
  default double fractionAt(double x) {
    double plot = ChartRenderer.plotWidth(canvas().getWidth());
    return plot <= 0 ? 1 : (x - ChartRenderer.LEFT) / plot;
  }

  /** The time one pixel of the plot spans, in µs. */
  default double microsPerPixel() {
    return state().windowMicros() / Math.max(1, ChartRenderer.plotWidth(canvas().getWidth()));
  }

  /** A chart's view from its parts, as {@link LiveChart} hands it to its plugins. */
  record Parts(Canvas canvas, Region chart, TimeViewport viewport, ChartState state,
      LongSupplier latest, Crosshair crosshair, BiConsumer<Double, Double> valueZoom,
      Runnable changed) implements ChartView {
    @Override
    public long latestMicros() {
      return latest.getAsLong();
    }

    @Override
    public void zoomValues(double y0, double y1) {
      valueZoom.accept(y0, y1);
    }

    @Override
    public void viewChanged() {
      changed.run();
    }
  }
}
