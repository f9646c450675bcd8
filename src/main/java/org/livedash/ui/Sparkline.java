package org.livedash.ui;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.livedash.model.SeriesRing;
import org.livedash.ui.chart.ColumnBuffer;
import org.livedash.ui.chart.M4Decimator;

/**
 * The small trend line in a tile: the last minute of a series, decimated to the canvas width and
 * filled below the line. Reuses its buffers, so a frame allocates nothing.
 */
final class Sparkline extends Canvas {
  private static final long WINDOW_MICROS = 60_000_000L;
  private final ColumnBuffer columns = new ColumnBuffer();

  Sparkline(double width, double height) {
    super(width, height);
  }

  /** Reads the ring (store lock held) and draws. */
  void draw(SeriesRing ring, Color color) {
    GraphicsContext g = getGraphicsContext2D();
    double w = getWidth();
    double h = getHeight();
    g.clearRect(0, 0, w, h);
    if (ring.isEmpty()) {
      return;
    }
    long end = ring.lastTime();
    // Up to a minute; a younger series spreads what it has across the width.
    long start = Math.max(end - WINDOW_MICROS, ring.timeAt(0));
    int cols = (int) w;
    M4Decimator.decimate(ring, start, Math.max(end, start + 1), cols, Long.MAX_VALUE, columns);
    if (!columns.hasData()) {
      return;
    }
    double lo = columns.lowest();
    double hi = columns.highest();
    double span = hi - lo < 1e-9 ? 1 : hi - lo;
    g.beginPath();
    double firstX = -1;
    double lastX = 0;
    for (int i = 0; i < cols; i++) {
      if (!columns.present(i)) {
        continue;
      }
      double x = i + 0.5;
      double yMax = 2 + (h - 4) * (1 - (columns.max(i) - lo) / span);
      double yMin = 2 + (h - 4) * (1 - (columns.min(i) - lo) / span);
      if (firstX < 0) {
        g.moveTo(x, yMin);
        firstX = x;
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
    g.lineTo(firstX, h);
    g.closePath();
    g.setFill(color.deriveColor(0, 1, 1, 0.16));
    g.fill();
  }
}
