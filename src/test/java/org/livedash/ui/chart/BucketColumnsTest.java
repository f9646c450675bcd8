package org.livedash.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.livedash.model.SeriesRing;

/**
 * A chart's window wider than its ring holds: the day before the ring's first sample is drawn
 * from the ring's ten-second buckets, the ring's own samples after it, and a hole as a hole.
 */
class BucketColumnsTest {
  private static final long S = 1_000_000L;

  private static ChartState dayOf(SeriesRing ring) {
    ChartState state = new ChartState();
    state.zone = ZoneOffset.UTC;
    state.plotted.add(new PlottedSeries("s", javafx.scene.paint.Color.RED));
    state.startMicros = 0;
    state.endMicros = 86_400 * S;
    return state;
  }

  @Test
  void aDayIsDrawnFromTheBucketsBeforeTheRingAndFromTheRingAfter() {
    // A reading a second for a day; the ring keeps the last hour. An hour without data at noon.
    SeriesRing ring = new SeriesRing(3_600).keepingBuckets();
    for (long i = 0; i < 86_400; i++) {
      if (i >= 43_200 && i < 46_800) {
        continue;
      }
      ring.append(i * S, i < 43_200 ? 10 + i % 7 : 50 + i % 3, Double.NaN, i == 46_800);
    }
    ChartState state = dayOf(ring);
    state.fill(new SeriesRing[] {ring}, 864, 1_000_000L);
    ColumnBuffer c = state.plotted.get(0).columns;
    // 100 s a column: every column but the hour at noon (432..467) has data.
    int present = 0;
    for (int i = 0; i < 864; i++) {
      present += c.present(i) ? 1 : 0;
    }
    assertThat(present).isEqualTo(864 - 36);
    assertThat(c.present(100)).isTrue();
    assertThat(c.min(100)).isEqualTo(10);
    assertThat(c.max(100)).isEqualTo(16);
    assertThat(c.present(450)).isFalse();
    assertThat(c.breakBefore(468)).as("the hole is drawn as one").isTrue();
    assertThat(c.min(500)).isEqualTo(50);
    assertThat(c.max(863)).isEqualTo(52);
    state.crosshairMicros = 45_000 * S;
    state.fill(new SeriesRing[] {ring}, 864, 1_000_000L);
    assertThat(state.plotted.get(0).crosshairValue).as("in the hole: the value before it")
        .isEqualTo(10 + 43_199 % 7);
    assertThat(c.lowest()).isEqualTo(10);
    assertThat(c.highest()).isEqualTo(52);
  }

  @Test
  void whereAColumnIsNarrowerThanABucketOnlyTheRingIsDrawn() {
    SeriesRing ring = new SeriesRing(100).keepingBuckets();
    for (long i = 0; i < 1_000; i++) {
      ring.append(i * S, i);
    }
    ChartState state = dayOf(ring);
    state.endMicros = 1_000 * S;
    // 1 s a column: a bucket would be ten columns wide, so none is drawn.
    state.fill(new SeriesRing[] {ring}, 1_000, 1_000_000L);
    ColumnBuffer c = state.plotted.get(0).columns;
    assertThat(c.present(500)).isFalse();
    assertThat(c.present(950)).isTrue();
  }
}
