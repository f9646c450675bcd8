package org.livedash.ui.chart;

import java.util.Arrays;
import java.util.function.LongConsumer;
import org.livedash.model.SeriesRing;

/** Source times of the samples a chart is about to draw for the first time; reused per frame. */
final class NewSamples {
  private long[] times = new long[64];
  private int count;

  /** Notes the newest {@code n} samples of the ring. Call with the store's lock held. */
  void add(SeriesRing ring, long n) {
    int k = (int) Math.min(n, ring.size());
    if (times.length < count + k) {
      times = Arrays.copyOf(times, Math.max(count + k, times.length * 2));
    }
    for (int i = ring.size() - k; i < ring.size(); i++) {
      times[count++] = ring.timeAt(i);
    }
  }

  void drain(LongConsumer consumer) {
    for (int i = 0; i < count; i++) {
      consumer.accept(times[i]);
    }
    count = 0;
  }
}
