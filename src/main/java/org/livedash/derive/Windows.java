package org.livedash.derive;

import org.livedash.model.SeriesRing;

/**
 * What a window function makes of a series' readings over the window that ends at a moment:
 * their average, lowest, highest, or how much the reading changed (in all, or per second).
 */
final class Windows {
  private Windows() {}

  /**
   * Over the readings of {@code r} in the {@code window} µs that end at {@code t} (the last
   * at index {@code last}): NaN when there are none, or, for a change, when the series began
   * within the window.
   */
  static double over(SeriesRing r, int last, long t, long window, Formula.Over over) {
    long from = t - window;
    if (over == Formula.Over.CHANGE || over == Formula.Over.RATE) {
      int base = r.firstIndexAtOrAfter(from + 1) - 1;
      if (base < 0 || base >= last) {
        return Double.NaN;
      }
      double change = r.valueAt(last) - r.valueAt(base);
      double seconds = (r.timeAt(last) - r.timeAt(base)) / 1e6;
      return over == Formula.Over.CHANGE ? change : seconds > 0 ? change / seconds : Double.NaN;
    }
    int first = r.firstIndexAtOrAfter(from + 1);
    if (first > last) {
      return Double.NaN;
    }
    double sum = 0;
    double low = Double.POSITIVE_INFINITY;
    double high = Double.NEGATIVE_INFINITY;
    for (int k = first; k <= last; k++) {
      double v = r.valueAt(k);
      sum += v;
      low = Math.min(low, v);
      high = Math.max(high, v);
    }
    return switch (over) {
      case LOWEST -> low;
      case HIGHEST -> high;
      default -> sum / (last - first + 1);
    };
  }
}
