package org.livedash.ui.chart;

import org.livedash.model.SeriesRing;

/**
 * Every sample of a window, each placed in its pixel column: the undecimated reference drawing
 * that M4 must match pixel for pixel, and the baseline of the render benchmark.
 */
final class PointBuffer {
  int[] column = new int[0];
  double[] value = new double[0];
  boolean[] breakBefore = new boolean[0];
  int count;
  double before = Double.NaN;
  double after = Double.NaN;

  /** Call with the ring's lock held. */
  void fill(SeriesRing ring, long startMicros, long endMicros, int columns, long gapMicros) {
    count = 0;
    before = Double.NaN;
    after = Double.NaN;
    if (columns <= 0 || ring.isEmpty() || endMicros <= startMicros) {
      return;
    }
    int from = ring.firstIndexAtOrAfter(startMicros);
    long previous = Long.MIN_VALUE;
    if (from > 0) {
      previous = ring.timeAt(from - 1);
      before = ring.valueAt(from - 1);
    }
    double perMicro = columns / (double) (endMicros - startMicros);
    int i = from;
    for (; i < ring.size() && ring.timeAt(i) <= endMicros; i++) {
      long t = ring.timeAt(i);
      ensure(count + 1);
      column[count] = Math.min(columns - 1, (int) ((t - startMicros) * perMicro));
      value[count] = ring.valueAt(i);
      breakBefore[count] = previous != Long.MIN_VALUE
          && (t - previous > gapMicros || ring.breakBefore(i));
      if (count == 0 && breakBefore[0]) {
        before = Double.NaN;
      }
      count++;
      previous = t;
    }
    if (i < ring.size() && previous != Long.MIN_VALUE && ring.timeAt(i) - previous <= gapMicros
        && !ring.breakBefore(i)) {
      after = ring.valueAt(i);
    }
  }

  /** Every value as its % change from the window's first (or the one before it); the base. */
  double asPercentChange() {
    double base = !Double.isNaN(before) ? before : count > 0 ? value[0] : Double.NaN;
    before = PercentChange.of(before, base);
    after = PercentChange.of(after, base);
    for (int i = 0; i < count; i++) {
      value[i] = PercentChange.of(value[i], base);
    }
    return base;
  }

  private void ensure(int n) {
    if (column.length < n) {
      int size = Math.max(n, column.length * 2 + 16);
      column = java.util.Arrays.copyOf(column, size);
      value = java.util.Arrays.copyOf(value, size);
      breakBefore = java.util.Arrays.copyOf(breakBefore, size);
    }
  }
}
