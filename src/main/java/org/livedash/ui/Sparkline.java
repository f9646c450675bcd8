package org.livedash.ui;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.livedash.model.SeriesRing;
import org.livedash.ui.chart.ColumnBuffer;
import org.livedash.ui.chart.M4Decimator;

/**
 * The small trend line in a tile: always the minute up to the series' newest reading, decimated
 * to the canvas width and filled below the line. Reuses its buffers, so a frame allocates nothing.
 */
final class Sparkline extends Canvas {
  private static final long WINDOW_MICROS = 60_000_000L;
  private final ColumnBuffer columns = new ColumnBuffer();
  /** What was drawn last: the same ring, samples, colour and size need no new drawing. */
  private SeriesRing drawnRing;
  private long drawnAppended = -1;
  private Color drawnColor;
  private double drawnWidth;
  private double drawnHeight;

  Sparkline(double width, double height) {
    super(width, height);
  }

  /** Reads the ring (store lock held) and draws; false when nothing changed since last time. */
  boolean draw(SeriesRing ring, Color color) {
    GraphicsContext g = getGraphicsContext2D();
    double w = getWidth();
    double h = getHeight();
    if (ring == drawnRing && ring.appended() == drawnAppended && color.equals(drawnColor)
        && w == drawnWidth && h == drawnHeight) {
      return false;
    }
    drawnRing = ring;
    drawnAppended = ring.appended();
    drawnColor = color;
    drawnWidth = w;
    drawnHeight = h;
    g.clearRect(0, 0, w, h);
    if (ring.isEmpty()) {
      return true;
    }
    long end = ring.lastTime();
    // Always a minute across the width: a young series fills only its right part, so two
    // tiles' trends are read on the same time scale. Holes over a second are left open.
    long start = end - WINDOW_MICROS;
    int cols = (int) w;
    M4Decimator.decimate(ring, start, end, cols, 1_000_000L, columns);
    if (!columns.hasData()) {
      return true;
    }
    double lo = columns.lowest();
    double hi = columns.highest();
    double span = hi - lo < 1e-9 ? 1 : hi - lo;
    // One filled stroke per stretch without a hole: a hole stays a hole.
    int from = -1;
    for (int i = 0; i <= cols; i++) {
      boolean ends = i == cols || from >= 0 && columns.present(i) && columns.breakBefore(i);
      if (ends && from >= 0) {
        stretch(g, from, i, lo, span, h, color);
        from = -1;
      }
      if (i < cols && columns.present(i) && from < 0) {
        from = i;
      }
    }
    return true;
  }

  private void stretch(GraphicsContext g, int from, int to, double lo, double span, double h,
      Color color) {
    g.beginPath();
    double lastX = from + 0.5;
    for (int i = from; i < to; i++) {
      if (!columns.present(i)) {
        continue;
      }
      double x = i + 0.5;
      double yMax = 2 + (h - 4) * (1 - (columns.max(i) - lo) / span);
      double yMin = 2 + (h - 4) * (1 - (columns.min(i) - lo) / span);
      if (i == from) {
        g.moveTo(x, yMin);
      } else {
        g.lineTo(x, yMin);
      }
      g.lineTo(x, yMax);
      lastX = x;
    }
    g.setStroke(color);
    g.setLineWidth(1.4);
    g.stroke();
    g.lineTo(lastX, h);
    g.lineTo(from + 0.5, h);
    g.closePath();
    g.setFill(color.deriveColor(0, 1, 1, 0.16));
    g.fill();
  }
}
