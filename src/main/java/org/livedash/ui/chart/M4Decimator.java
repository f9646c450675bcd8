package org.livedash.ui.chart;

import org.livedash.model.SeriesRing;

/**
 * Reduces the samples of a time window to at most four values per pixel column (first, min,
 * max, last: the M4 scheme of Jugel et al., VLDB 2014). A line drawn through them covers the same
 * pixels as a line through every sample, so drawing costs follow the chart's width, not the
 * number of points retained.
 */
public final class M4Decimator {
  private M4Decimator() {}

  /**
   * Fills {@code out} from the samples of {@code ring} between {@code startMicros} and {@code
   * endMicros}, in {@code columns} equal slices. Consecutive samples further apart than {@code
   * gapMicros}, or with missed updates between them, mark a break, so a hole in the data is
   * drawn as one, not bridged by a line.
   * Call with the ring's lock held.
   */
  public static void decimate(SeriesRing ring, long startMicros, long endMicros, int columns,
      long gapMicros, ColumnBuffer out) {
    out.reset(Math.max(columns, 0));
    if (columns <= 0 || ring.isEmpty() || endMicros <= startMicros) {
      return;
    }
    // Columns per microsecond: one multiplication a sample (PointBuffer places samples alike).
    double perMicro = columns / (double) (endMicros - startMicros);
    int from = ring.firstIndexAtOrAfter(startMicros);
    long previousTime = Long.MIN_VALUE;
    if (from > 0) {
      previousTime = ring.timeAt(from - 1);
      out.before = ring.valueAt(from - 1);
    }
    int n = ring.size();
    int i = from;
    if (from < n) {
      // Straight over the ring's arrays, with the current column in registers: this loop sees
      // every sample of every visible window. Times only grow, so each column is one run.
      long[] times = ring.timeSlots();
      double[] values = ring.valueSlots();
      boolean[] breaks = ring.breakSlots();
      int slot = ring.slotOf(from);
      int column = -1;
      double first = 0;
      double min = 0;
      double max = 0;
      double last = 0;
      boolean breakBefore = false;
      for (; i < n; i++) {
        long t = times[slot];
        if (t > endMicros) {
          break;
        }
        double v = values[slot];
        boolean gap = previousTime != Long.MIN_VALUE
            && (t - previousTime > gapMicros || breaks[slot]);
        if (++slot == times.length) {
          slot = 0;
        }
        int c = Math.min(columns - 1, (int) ((t - startMicros) * perMicro));
        if (c != column) {
          if (column >= 0) {
            out.set(column, first, min, max, last, breakBefore);
          }
          column = c;
          first = v;
          min = v;
          max = v;
          breakBefore = gap;
          if (gap && i == from) {
            out.before = Double.NaN;
          }
        } else if (v < min) {
          // A break inside a column cannot be shown at this zoom; the column still spans both.
          min = v;
        } else if (v > max) {
          max = v;
        }
        last = v;
        previousTime = t;
      }
      if (column >= 0) {
        out.set(column, first, min, max, last, breakBefore);
      }
    }
    out.finish();
    if (i < n && previousTime != Long.MIN_VALUE && ring.timeAt(i) - previousTime <= gapMicros
        && !ring.breakBefore(i)) {
      out.after = ring.valueAt(i);
    }
  }
}
