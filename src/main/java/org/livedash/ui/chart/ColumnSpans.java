package org.livedash.ui.chart;

import java.util.Arrays;
import javafx.scene.canvas.GraphicsContext;

/**
 * A chart line as the pixel columns see it: for each column, the vertical span the polyline
 * crosses inside it, filled as one bar of the line's width. A decimated line is nearly all
 * vertical runs, and the software rasteriser pays for every joint of a stroked path (a round
 * join is a few curves: most of a frame at 8 × 100 000 points); filling one bar per column costs
 * a rectangle. Because a column's bar depends only on the span inside it, the four M4 points of
 * a column give exactly the bar that every sample of it gives: a decimated drawing and the
 * drawing of every sample are the same pixels, not merely close.
 */
final class ColumnSpans {
  private double left;
  private int columns;
  private double[] lo = new double[0];
  private double[] hi = new double[0];
  private boolean[] used = new boolean[0];
  private double penX;
  private double penY;

  /** Starts over for {@code columns} columns, the first of which begins at {@code left}. */
  void reset(double newLeft, int newColumns) {
    left = newLeft;
    columns = Math.max(0, newColumns);
    if (used.length < columns) {
      lo = new double[columns];
      hi = new double[columns];
      used = new boolean[columns];
    }
    Arrays.fill(used, 0, columns, false);
  }

  /** Lifts the pen to ({@code x}, {@code y}); a point on its own is drawn as a dot. */
  void moveTo(double x, double y) {
    cover(column(x), y, y);
    penX = x;
    penY = y;
  }

  /** Draws from the pen to ({@code x}, {@code y}), {@code x} not left of the pen. */
  void lineTo(double x, double y) {
    if (x <= penX) {
      cover(column(x), Math.min(penY, y), Math.max(penY, y));
    } else {
      double slope = (y - penY) / (x - penX);
      int last = column(x);
      for (int c = column(penX); c <= last; c++) {
        double x0 = Math.max(penX, left + c);
        double x1 = Math.min(x, left + c + 1);
        double y0 = penY + (x0 - penX) * slope;
        double y1 = penY + (x1 - penX) * slope;
        cover(c, Math.min(y0, y1), Math.max(y0, y1));
      }
    }
    penX = x;
    penY = y;
  }

  /** Fills every column's bar, {@code width} wide and reaching half of it past each end. */
  void fill(GraphicsContext g, double width) {
    double half = width / 2;
    g.beginPath();
    for (int c = 0; c < columns; c++) {
      if (used[c]) {
        g.rect(left + c + 0.5 - half, lo[c] - half, width, hi[c] - lo[c] + width);
      }
    }
    g.fill();
  }

  private int column(double x) {
    return (int) Math.max(0, Math.min(columns - 1, Math.floor(x - left)));
  }

  private void cover(int c, double from, double to) {
    if (columns == 0) {
      return;
    }
    if (!used[c]) {
      used[c] = true;
      lo[c] = from;
      hi[c] = to;
    } else {
      lo[c] = Math.min(lo[c], from);
      hi[c] = Math.max(hi[c], to);
    }
  }
}
