package org.livedash.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.livedash.model.SeriesKind;
import org.livedash.model.SeriesMeta;
import org.livedash.model.SeriesRing;
import org.livedash.model.SeriesStore;

/** A series' samples read back from a run's recordings over a span, its holes as breaks. */
class RecordedSamplesTest {
  private static final long START = 1_796_000_000_000_000L;
  @TempDir
  Path dir;

  @Test
  void aSpanOfOneSeriesIsReadBackInOrderWithItsHoles() throws Exception {
    // Received as they happened: a reading's time is its receive time.
    java.util.concurrent.atomic.AtomicLong now = new java.util.concurrent.atomic.AtomicLong();
    SeriesStore store = new SeriesStore(100, now::get);
    store.setCatalogue(List.of(
        SeriesMeta.of("temperature", "Temperature", "°C", SeriesKind.SENSOR, 0, 50),
        SeriesMeta.of("ACME", "Acme", "USD", SeriesKind.STOCK, 0, 500)));
    Path file = dir.resolve("run.mcap");
    FeedRecorder recorder = FeedRecorder.start(file, "test", System::nanoTime);
    store.tap(recorder);
    for (long s = 1; s <= 3_000; s++) {
      if (s > 1_000 && s <= 1_010) {
        continue;
      }
      long seq = s;
      now.set(START + seq * 100_000);
      store.write(w -> {
        if (seq == 1_011) {
          w.skipTo(1_010);
        }
        w.offer("temperature", seq, START + seq * 100_000, seq / 10.0);
        w.offer("ACME", seq, START + seq * 100_000, 100 + seq);
      });
    }
    recorder.close();
    SeriesRing read = RecordedSamples.read(List.of(file, dir.resolve("gone.mcap")),
        "temperature", START + 50_000_000L, START + 150_000_000L);
    // 100 s at ten a second, the ten of the hole missing: the ring kept only the last 100.
    assertThat(read.size()).isEqualTo(1_001 - 10);
    assertThat(read.timeAt(0)).isEqualTo(START + 50_000_000L);
    assertThat(read.valueAt(0)).isEqualTo(50.0);
    int afterHole = read.firstIndexAtOrAfter(START + 101_100_000L);
    assertThat(read.valueAt(afterHole)).isEqualTo(101.1);
    assertThat(read.breakBefore(afterHole)).as("the hole is a break").isTrue();
    assertThat(read.breakBefore(afterHole + 1)).isFalse();
    assertThat(RecordedSamples.read(List.of(file), "nothing", START, START + 1).isEmpty())
        .isTrue();
  }
}
