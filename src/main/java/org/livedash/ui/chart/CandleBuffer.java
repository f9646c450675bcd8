package org.livedash.ui.chart;

import org.livedash.model.BucketRing;
import org.livedash.model.SeriesRing;

/**
 * Ticks of one series aggregated into OHLC candles with volume, one per interval aligned to the
 * epoch (so a 1-minute candle starts on the minute). Reused across frames.
 */
public final class CandleBuffer {
  long[] start = new long[0];
  double[] open = new double[0];
  double[] high = new double[0];
  double[] low = new double[0];
  double[] close = new double[0];
  double[] volume = new double[0];
  int count;
  long intervalMicros;

  public int count() {
    return count;
  }

  public long startAt(int i) {
    return start[i];
  }

  public double open(int i) {
    return open[i];
  }

  public double high(int i) {
    return high[i];
  }

  public double low(int i) {
    return low[i];
  }

  public double close(int i) {
    return close[i];
  }

  public double volume(int i) {
    return volume[i];
  }

  /**
   * Builds the candles of the samples between {@code startMicros} and {@code endMicros}; before
   * the ring's first sample, from its ten-second buckets where a candle is a whole number of
   * them (their volume is not kept: NaN, drawn as none). Call with the ring's lock held.
   */
  public void build(SeriesRing ring, long startMicros, long endMicros, long interval) {
    intervalMicros = interval;
    count = 0;
    BucketRing buckets = ring.buckets();
    boolean fromBuckets = buckets != null && buckets.size() > 0
        && interval % BucketRing.BUCKET_MICROS == 0;
    if (ring.isEmpty() && !fromBuckets || interval <= 0) {
      return;
    }
    long first = Math.floorDiv(startMicros, interval) * interval;
    int capacity = (int) Math.min(100_000, (endMicros - first) / interval + 1);
    ensure(capacity);
    long until = ring.isEmpty() ? Long.MAX_VALUE : ring.timeAt(0);
    if (fromBuckets && until > first) {
      for (int i = buckets.firstEndingAtOrAfter(first); i < buckets.size()
          && buckets.firstTime(i) < until && buckets.firstTime(i) <= endMicros; i++) {
        if (!add(Math.floorDiv(buckets.firstTime(i), interval) * interval, buckets.first(i),
            buckets.max(i), buckets.min(i), buckets.last(i), Double.NaN, false, capacity)) {
          return;
        }
      }
    }
    for (int i = ring.firstIndexAtOrAfter(first); i < ring.size(); i++) {
      long t = ring.timeAt(i);
      double v = ring.valueAt(i);
      if (t > endMicros || !add(Math.floorDiv(t, interval) * interval, v, v, v, v,
          ring.volumeAt(i), true, capacity)) {
        break;
      }
    }
  }

  /**
   * Adds to the candle at {@code at} (opened if new), with its volume when {@code volumeKnown};
   * false when there is no room for another candle.
   */
  private boolean add(long at, double o, double h, double l, double c, double vol,
      boolean volumeKnown, int capacity) {
    if (count == 0 || start[count - 1] != at) {
      if (count == capacity) {
        return false;
      }
      start[count] = at;
      open[count] = o;
      high[count] = h;
      low[count] = l;
      // A candle begun from buckets has no volume known: NaN, whatever comes after in it.
      volume[count] = volumeKnown ? 0 : Double.NaN;
      count++;
    }
    int k = count - 1;
    high[k] = Math.max(high[k], h);
    low[k] = Math.min(low[k], l);
    close[k] = c;
    if (!Double.isNaN(vol) && !Double.isNaN(volume[k])) {
      volume[k] += vol;
    }
    return true;
  }

  private void ensure(int n) {
    if (start.length < n) {
      start = new long[n];
      open = new double[n];
      high = new double[n];
      low = new double[n];
      close = new double[n];
      volume = new double[n];
    }
  }
}
