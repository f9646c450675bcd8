package org.livedash.ui.chart;

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
   * Builds the candles of the samples between {@code startMicros} and {@code endMicros}. Call
   * with the ring's lock held.
   */
  public void build(SeriesRing ring, long startMicros, long endMicros, long interval) {
    intervalMicros = interval;
    count = 0;
    if (ring.isEmpty() || interval <= 0) {
      return;
    }
    long first = Math.floorDiv(startMicros, interval) * interval;
    int capacity = (int) Math.min(100_000, (endMicros - first) / interval + 1);
    ensure(capacity);
    for (int i = ring.firstIndexAtOrAfter(first); i < ring.size(); i++) {
      long t = ring.timeAt(i);
      if (t > endMicros) {
        break;
      }
      long bucket = Math.floorDiv(t, interval) * interval;
      double v = ring.valueAt(i);
      double vol = ring.volumeAt(i);
      if (count == 0 || start[count - 1] != bucket) {
        if (count == capacity) {
          break;
        }
        start[count] = bucket;
        open[count] = v;
        high[count] = v;
        low[count] = v;
        volume[count] = 0;
        count++;
      }
      int c = count - 1;
      high[c] = Math.max(high[c], v);
      low[c] = Math.min(low[c], v);
      close[c] = v;
      if (!Double.isNaN(vol)) {
        volume[c] += vol;
      }
    }
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
