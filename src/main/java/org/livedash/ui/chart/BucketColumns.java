package org.livedash.ui.chart;

import org.livedash.model.BucketRing;

/**
 * Adds a series' ten-second buckets to the pixel columns its ring filled, for the part of the
 * window before the ring's first sample: each bucket's first, lowest, highest and last value in
 * the column its first sample falls in (M4 over buckets). Used only while a column is at least a
 * bucket wide, where a bucket is no wider than the pixel it is drawn in.
 */
final class BucketColumns {
  private BucketColumns() {}

  /**
   * Merges the buckets whose first sample is in [{@code startMicros}, {@code untilMicros}) into
   * {@code out} ({@code columns} over [{@code startMicros}, {@code endMicros}]); buckets further
   * apart than {@code gapMicros}, or with data missing between them, are a break, and so is the
   * joint with the ring's first sample at {@code untilMicros} when it is that far from the last.
   */
  static void merge(BucketRing buckets, long startMicros, long endMicros, long untilMicros,
      int columns, long gapMicros, ColumnBuffer out) {
    if (columns <= 0 || buckets.size() == 0 || endMicros <= startMicros) {
      return;
    }
    double perMicro = columns / (double) (endMicros - startMicros);
    int from = buckets.firstEndingAtOrAfter(startMicros);
    long previousTime = Long.MIN_VALUE;
    double before = Double.NaN;
    if (from > 0) {
      previousTime = buckets.lastTime(from - 1);
      before = buckets.last(from - 1);
    }
    int column = -1;
    double first = 0;
    double min = 0;
    double max = 0;
    double last = 0;
    boolean breakBefore = false;
    int n = buckets.size();
    int i = from;
    for (; i < n && buckets.firstTime(i) < untilMicros && buckets.firstTime(i) <= endMicros;
        i++) {
      long t = Math.max(startMicros, buckets.firstTime(i));
      boolean gap = previousTime != Long.MIN_VALUE
          && (buckets.firstTime(i) - previousTime > gapMicros || buckets.breakBefore(i));
      int c = Math.min(columns - 1, (int) ((t - startMicros) * perMicro));
      if (c != column) {
        if (column >= 0) {
          out.putBefore(column, first, min, max, last, breakBefore);
        }
        column = c;
        first = buckets.first(i);
        min = buckets.min(i);
        max = buckets.max(i);
        breakBefore = gap;
        if (gap && i == from) {
          before = Double.NaN;
        }
      } else {
        min = Math.min(min, buckets.min(i));
        max = Math.max(max, buckets.max(i));
      }
      last = buckets.last(i);
      previousTime = buckets.lastTime(i);
    }
    if (column < 0) {
      return;
    }
    out.putBefore(column, first, min, max, last, breakBefore);
    out.before = before;
    // The ring's first column: a break before it when the buckets end well before it begins.
    int ringColumn = (int) ((untilMicros - startMicros) * perMicro);
    if (untilMicros - previousTime > gapMicros && ringColumn > column && ringColumn < columns
        && out.present[ringColumn]) {
      out.breakBefore[ringColumn] = true;
    }
    out.finish();
  }
}
