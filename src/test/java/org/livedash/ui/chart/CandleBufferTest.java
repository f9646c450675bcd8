package org.livedash.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.livedash.model.SeriesRing;

class CandleBufferTest {
  private static final long S = 1_000_000L;

  @Test
  void aggregatesTicksIntoAlignedOhlcCandlesWithVolume() {
    SeriesRing ring = new SeriesRing(100, true);
    ring.append(10 * S, 100, 5);
    ring.append(11 * S, 103, 1);
    ring.append(12 * S, 98, 2);
    ring.append(14 * S, 101, 3);
    ring.append(15 * S, 104, 7);
    ring.append(19 * S, 102, 1);
    CandleBuffer c = new CandleBuffer();
    c.build(ring, 9 * S, 20 * S, 5 * S);
    assertThat(c.count()).isEqualTo(2);
    assertThat(c.startAt(0)).isEqualTo(10 * S);
    assertThat(new double[] {c.open(0), c.high(0), c.low(0), c.close(0), c.volume(0)})
        .containsExactly(100, 103, 98, 101, 11);
    assertThat(c.startAt(1)).isEqualTo(15 * S);
    assertThat(new double[] {c.open(1), c.high(1), c.low(1), c.close(1), c.volume(1)})
        .containsExactly(104, 104, 102, 102, 8);
  }

  @Test
  void leavesOutTicksBeyondTheWindow() {
    SeriesRing ring = new SeriesRing(10, true);
    ring.append(1 * S, 1, 1);
    ring.append(30 * S, 2, 1);
    CandleBuffer c = new CandleBuffer();
    c.build(ring, 0, 10 * S, S);
    assertThat(c.count()).isEqualTo(1);
  }

  @Test
  void beforeTheRingMinuteCandlesComeFromItsBucketsWithNoVolumeKnown() {
    // Two hours of a price a second, with a volume each; the ring keeps the last ten minutes.
    SeriesRing ring = new SeriesRing(600, true).keepingBuckets();
    long s = 1_000_000L;
    for (long t = 0; t < 7_200; t++) {
      ring.append(t * s, 100 + t % 60, 2);
    }
    CandleBuffer c = new CandleBuffer();
    c.build(ring, 0, 7_200 * s, 60 * s);
    assertThat(c.count()).isEqualTo(120);
    // A minute from buckets: its open, high, low and close as the samples had them.
    assertThat(new double[] {c.open(10), c.high(10), c.low(10), c.close(10)})
        .containsExactly(100, 159, 100, 159);
    assertThat(c.volume(10)).as("not kept in buckets").isNaN();
    assertThat(c.volume(119)).as("from the ring").isEqualTo(120);
    // Candles of five seconds are not a whole number of buckets: only the ring's.
    c.build(ring, 0, 7_200 * s, 5 * s);
    assertThat(c.startAt(0)).isEqualTo(6_600 * s);
  }
}
