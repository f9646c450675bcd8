package org.livedash.ui.chart;

import java.util.Arrays;

/**
 * One series reduced to pixel columns: for each column the first, lowest, highest and last value
 * of the samples that fall in it (the M4 aggregate), and whether a break in the data precedes
 * it. Reused frame after frame so drawing allocates nothing.
 */
public final class ColumnBuffer {
  double[] first = new double[0];
  double[] min = new double[0];
  double[] max = new double[0];
  double[] last = new double[0];
  boolean[] present = new boolean[0];
  boolean[] breakBefore = new boolean[0];
  int columns;
  /** Value of the last sample before the window (joins the line to the left edge), or NaN. */
  double before = Double.NaN;
  /** Value of the first sample after the window, or NaN. */
  double after = Double.NaN;
  double lowest;
  double highest;
  double latest = Double.NaN;

  void reset(int newColumns) {
    if (first.length < newColumns) {
      first = new double[newColumns];
      min = new double[newColumns];
      max = new double[newColumns];
      last = new double[newColumns];
      present = new boolean[newColumns];
      breakBefore = new boolean[newColumns];
    }
    columns = newColumns;
    Arrays.fill(present, 0, newColumns, false);
    Arrays.fill(breakBefore, 0, newColumns, false);
    before = Double.NaN;
    after = Double.NaN;
    lowest = Double.POSITIVE_INFINITY;
    highest = Double.NEGATIVE_INFINITY;
    latest = Double.NaN;
  }

  /** One column's M4 values. */
  void set(int c, double firstValue, double minValue, double maxValue, double lastValue,
      boolean breakBeforeIt) {
    present[c] = true;
    first[c] = firstValue;
    min[c] = minValue;
    max[c] = maxValue;
    last[c] = lastValue;
    breakBefore[c] = breakBeforeIt;
  }

  /**
   * One column's M4 values of data that comes before what the column holds already, if it holds
   * anything (samples recorded before a ring's first): its first and its break go in front, its
   * last stays.
   */
  void putBefore(int c, double firstValue, double minValue, double maxValue, double lastValue,
      boolean breakBeforeIt) {
    if (present[c]) {
      set(c, firstValue, Math.min(minValue, min[c]), Math.max(maxValue, max[c]), last[c],
          breakBeforeIt);
    } else {
      set(c, firstValue, minValue, maxValue, lastValue, breakBeforeIt);
    }
  }

  /** After the columns are filled: the lowest, highest and latest value over all of them. */
  void finish() {
    for (int c = 0; c < columns; c++) {
      if (present[c]) {
        lowest = Math.min(lowest, min[c]);
        highest = Math.max(highest, max[c]);
        latest = last[c];
      }
    }
  }

  /**
   * Turns every value into its % change from the window's first (the last one before the window
   * when there is one); returns that base, NaN when there is none or it is zero.
   */
  double asPercentChange() {
    double base = before;
    for (int c = 0; c < columns && Double.isNaN(base); c++) {
      if (present[c]) {
        base = first[c];
      }
    }
    before = PercentChange.of(before, base);
    after = PercentChange.of(after, base);
    lowest = Double.POSITIVE_INFINITY;
    highest = Double.NEGATIVE_INFINITY;
    latest = Double.NaN;
    for (int c = 0; c < columns; c++) {
      if (present[c]) {
        first[c] = PercentChange.of(first[c], base);
        min[c] = PercentChange.of(min[c], base);
        max[c] = PercentChange.of(max[c], base);
        last[c] = PercentChange.of(last[c], base);
        present[c] = !Double.isNaN(first[c]);
      }
    }
    finish();
    return base;
  }

  public int columns() {
    return columns;
  }

  /** Whether the line must not be joined from the previous column to this one (a hole). */
  public boolean breakBefore(int column) {
    return breakBefore[column];
  }

  public boolean present(int column) {
    return present[column];
  }

  public double min(int column) {
    return min[column];
  }

  public double max(int column) {
    return max[column];
  }

  /** Whether any sample fell in the window. */
  public boolean hasData() {
    return lowest <= highest;
  }

  /** The lowest value in the window (infinite when empty). */
  public double lowest() {
    return lowest;
  }

  public double highest() {
    return highest;
  }

  /** The most recent value in the window, NaN when empty. */
  public double latest() {
    return latest;
  }
}
