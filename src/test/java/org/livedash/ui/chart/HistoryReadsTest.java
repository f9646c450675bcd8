package org.livedash.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.livedash.model.SeriesRing;

/**
 * A window held still before what the ring holds, narrower a column than a bucket: the samples
 * are read from the recording, once while the window stays inside what was read, and merged
 * before the ring's; another ring (another feed) reads again, and a live window reads only where
 * a column is a bucket wide and the buckets in memory do not reach back.
 */
class HistoryReadsTest {
  private static final long S = 1_000_000L;
  private final List<long[]> asked = new ArrayList<>();

  /** What a recording of a reading a second, value = its second, holds over a span. */
  private CompletableFuture<SeriesRing> recorded(String id, long from, long to, long column) {
    asked.add(new long[] {from, to, column});
    SeriesRing r = new SeriesRing(100_000);
    for (long t = Math.max(0, from / S); t * S <= to && t < 3_600; t++) {
      r.append(t * S, t);
    }
    return CompletableFuture.completedFuture(r);
  }

  private ChartState frozenOn(long start, long end) {
    ChartState state = new ChartState();
    state.zone = ZoneOffset.UTC;
    state.plotted.add(new PlottedSeries("s", javafx.scene.paint.Color.RED));
    state.startMicros = start;
    state.endMicros = end;
    state.frozen = true;
    state.history = new HistoryReads();
    state.history.use(this::recorded);
    return state;
  }

  private static SeriesRing lastHundredSeconds() {
    SeriesRing ring = new SeriesRing(100).keepingBuckets();
    for (long t = 0; t < 3_600; t++) {
      ring.append(t * S, t);
    }
    return ring;
  }

  @Test
  void whatTheRingNoLongerHoldsIsReadOnceAndDrawnBeforeIt() {
    SeriesRing ring = lastHundredSeconds();
    ChartState state = frozenOn(3_000 * S, 3_600 * S);
    state.fill(new SeriesRing[] {ring}, 600, 1_000_000L);
    ColumnBuffer c = state.plotted.get(0).columns;
    for (int i = 0; i < 600; i++) {
      assertThat(c.present(i)).as("column %d", i).isTrue();
      assertThat(c.first[i]).isEqualTo(3_000 + i);
    }
    assertThat(asked).hasSize(1);
    assertThat(asked.get(0)[0]).as("and a window's width before").isEqualTo(2_400 * S);
    assertThat(asked.get(0)[2]).as("for columns of a second").isEqualTo(S);
    // The crosshair over what was read tells its value, as over the ring's.
    state.crosshairMicros = 3_100 * S + S / 2;
    state.fill(new SeriesRing[] {ring}, 600, 1_000_000L);
    assertThat(state.plotted.get(0).crosshairValue).isEqualTo(3_100);
    state.crosshairMicros = Crosshair.NONE;
    // Drawn again, panned a little within what was read: nothing read again.
    state.startMicros -= 60 * S;
    state.endMicros -= 60 * S;
    state.fill(new SeriesRing[] {ring}, 600, 1_000_000L);
    assertThat(asked).hasSize(1);
    assertThat(c.first[0]).isEqualTo(2_940);
    // Another feed's ring: read again for it.
    state.fill(new SeriesRing[] {lastHundredSeconds()}, 600, 1_000_000L);
    assertThat(asked).hasSize(2);
    // Following live, nothing is read: what is before the ring stays empty.
    state.frozen = false;
    state.fill(new SeriesRing[] {lastHundredSeconds()}, 600, 1_000_000L);
    assertThat(asked).hasSize(2);
    assertThat(c.present(0)).isFalse();
    assertThat(c.present(599)).isTrue();
    // Live too, where a column is a bucket wide and the buckets in memory begin later (a
    // restart): read, for columns of 12 s, and drawn.
    state.startMicros = -3_600 * S;
    state.endMicros = 3_600 * S;
    SeriesRing restarted = lastHundredSeconds();
    state.fill(new SeriesRing[] {restarted}, 600, 1_000_000L);
    assertThat(asked).hasSize(3);
    assertThat(asked.get(2)[2]).isEqualTo(12 * S);
    state.fill(new SeriesRing[] {restarted}, 600, 1_000_000L);
    assertThat(asked).as("read once").hasSize(3);
    assertThat(c.present(300)).as("0 s to 12 s, from what was read").isTrue();
    // A series with no sample yet, its window moving on with the clock: read once, not a frame.
    SeriesRing empty = new SeriesRing(100).keepingBuckets();
    state.fill(new SeriesRing[] {empty}, 600, 1_000_000L);
    state.startMicros += 60 * S;
    state.endMicros += 60 * S;
    state.fill(new SeriesRing[] {empty}, 600, 1_000_000L);
    assertThat(asked).hasSize(4);
  }
}
