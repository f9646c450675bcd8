package org.livedash.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A day of ten-second buckets beside a ring: M4 of each bucket, a day kept, late samples in. */
class BucketRingTest {
  private static final long S = 1_000_000L;

  @Test
  void eachBucketKeepsItsFirstLowestHighestAndLastWithTheirTimes() {
    SeriesRing ring = new SeriesRing(10).keepingBuckets();
    double[] values = {5, 1, 9, 4, 7, 3, 8, 2};
    for (int i = 0; i < values.length; i++) {
      // Four samples in each of two buckets.
      ring.append((i < 4 ? 100 + 3 * i : 110 + 3 * (i - 4)) * S, values[i]);
    }
    BucketRing b = ring.buckets();
    assertThat(b.size()).isEqualTo(2);
    assertThat(new double[] {b.first(0), b.min(0), b.max(0), b.last(0)})
        .containsExactly(5, 1, 9, 4);
    assertThat(new double[] {b.first(1), b.min(1), b.max(1), b.last(1)})
        .containsExactly(7, 2, 8, 2);
    assertThat(b.firstTime(0)).isEqualTo(100 * S);
    assertThat(b.lastTime(0)).isEqualTo(109 * S);
    assertThat(b.firstEndingAtOrAfter(110 * S)).isEqualTo(1);
    // A sample late into the first bucket: its lowest now, its last unchanged.
    assertThat(ring.insertInOrder(101 * S, -3, Double.NaN, false)).isTrue();
    assertThat(b.min(0)).isEqualTo(-3);
    assertThat(b.last(0)).isEqualTo(4);
    ring.clear();
    assertThat(b.size()).isZero();
  }

  @Test
  void aDayIsKeptWhateverTheRingHoldsAndAHoleIsABreak() {
    SeriesRing ring = new SeriesRing(100).keepingBuckets();
    long t = 0;
    for (int i = 0; i < 2 * 86_400; i++) {
      t = i * S;
      ring.append(t, i % 10, Double.NaN, i == 86_400);
    }
    BucketRing b = ring.buckets();
    assertThat(ring.size()).isEqualTo(100);
    assertThat(b.size()).isEqualTo(BucketRing.CAPACITY);
    assertThat(b.firstTime(0)).isEqualTo(t + S - 86_400 * S);
    assertThat(b.lastTime(b.size() - 1)).isEqualTo(t);
    assertThat(b.breakBefore(b.firstEndingAtOrAfter(86_400 * S))).isTrue();
    assertThat(b.breakBefore(b.firstEndingAtOrAfter(86_420 * S))).isFalse();
  }
}
