package org.livedash.record;

import static org.assertj.core.api.Assertions.assertThat;

import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.livedash.model.SeriesKind;
import org.livedash.model.SeriesMeta;
import org.livedash.model.SeriesRing;
import org.livedash.model.SeriesStore;

/**
 * A series' samples read back from recordings over a span: its holes as breaks, only the feed
 * asked for, across runs, from a closed file's buckets where a column is a bucket wide.
 */
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
    FeedRecorder recorder = recording(store, file);
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
    SeriesRing read = RecordedSamples.read(List.of(file, dir.resolve("gone.mcap")), null,
        "temperature", START + 50_000_000L, START + 150_000_000L, 0);
    // 100 s at ten a second, the ten of the hole missing: the ring kept only the last 100.
    assertThat(read.size()).isEqualTo(1_001 - 10);
    assertThat(read.timeAt(0)).isEqualTo(START + 50_000_000L);
    assertThat(read.valueAt(0)).isEqualTo(50.0);
    int afterHole = read.firstIndexAtOrAfter(START + 101_100_000L);
    assertThat(read.valueAt(afterHole)).isEqualTo(101.1);
    assertThat(read.breakBefore(afterHole)).as("the hole is a break").isTrue();
    assertThat(read.breakBefore(afterHole + 1)).isFalse();
    assertThat(RecordedSamples.read(List.of(file), null, "nothing", START, START + 1, 0)
        .isEmpty()).isTrue();
  }

  /** Writes 100 s of temperature at ten a second from {@code from} s, valued base + second. */
  private static void hundredSeconds(SeriesStore store, AtomicLong now, long from, double base) {
    for (long i = 0; i < 1_000; i++) {
      long t = START + from * 1_000_000L + i * 100_000L;
      double v = base + i / 10.0;
      long seq = from * 10 + i + 1;
      now.set(t);
      store.write(w -> w.offer("temperature", seq, t, v));
    }
  }

  /** Binds {@code store} to a feed as a connection does: its catalogue after. */
  private static void bind(SeriesStore store, String endpoint, String view) {
    store.bindEndpoint(endpoint, view);
    store.setCatalogue(List.of(
        SeriesMeta.of("temperature", "Temperature", "°C", SeriesKind.SENSOR, 0, 5_000)));
  }

  /** A recorder to {@code file}, tapping {@code store}. */
  private static FeedRecorder recording(SeriesStore store, Path file) throws Exception {
    FeedRecorder recorder = FeedRecorder.start(file, "test", System::nanoTime);
    store.tap(recorder);
    return recorder;
  }

  private static SeriesStore store(AtomicLong now) {
    return new SeriesStore(100, now::get);
  }

  @Test
  void onlyTheFeedAskedForIsReadBackAcrossRunsAndADayStandsInItsBuckets() throws Exception {
    AtomicLong now = new AtomicLong(START);
    // Run one: the demo, another server's feed, the demo again.
    SeriesStore store = store(now);
    Path first = dir.resolve("livedash-one.mcap");
    FeedRecorder one = recording(store, first);
    bind(store, "ws://here/demo", "demo");
    hundredSeconds(store, now, 0, 0);
    bind(store, "ws://there", "url:ws://there");
    hundredSeconds(store, now, 100, 1_000);
    bind(store, "ws://here/demo", "demo");
    hundredSeconds(store, now, 200, 2_000);
    one.close();
    // Run two, after a minute: the demo again, still being written when read.
    store = store(now);
    Path second = dir.resolve("livedash-two.mcap");
    FeedRecorder two = recording(store, second);
    bind(store, "ws://here/demo", "demo");
    hundredSeconds(store, now, 360, 3_000);
    List<Path> files = List.of(first, second);
    long end = START + 460_000_000L;

    await().atMost(Duration.ofSeconds(10)).until(() ->
        RecordedSamples.read(files, "demo", "temperature", START, end, 0).size() == 3_000);
    SeriesRing demo = RecordedSamples.read(files, "demo", "temperature", START, end, 0);
    assertThat(values(demo)).allMatch(v -> v < 1_000 || v >= 2_000);
    assertThat(demo.breakBefore(demo.firstIndexAtOrAfter(START + 200_000_000L)))
        .as("the demo begun anew after another feed").isTrue();
    assertThat(demo.breakBefore(demo.firstIndexAtOrAfter(START + 360_000_000L)))
        .as("another run").isTrue();
    assertThat(demo.breakBefore(demo.firstIndexAtOrAfter(START + 50_000_000L))).isFalse();
    SeriesRing there = RecordedSamples.read(files, "url:ws://there", "temperature", START, end,
        0);
    assertThat(there.size()).isEqualTo(1_000);
    assertThat(values(there)).allMatch(v -> v >= 1_000 && v < 2_000);

    // Columns a minute wide: the closed run's buckets, the open run's readings.
    SeriesRing coarse = RecordedSamples.read(files, "demo", "temperature", START, end,
        60_000_000L);
    int open = coarse.firstIndexAtOrAfter(START + 360_000_000L);
    assertThat(open).as("four samples a bucket: 20 buckets").isEqualTo(80);
    assertThat(coarse.size() - open).as("the open file's every reading").isEqualTo(1_000);
    assertThat(values(coarse).subList(0, open)).allMatch(v -> v < 1_000 || v >= 2_000);
    // The second bucket: readings 10.0 to 19.9.
    assertThat(List.of(coarse.valueAt(4), coarse.valueAt(5), coarse.valueAt(6),
        coarse.valueAt(7))).containsExactly(10.0, 10.0, 19.9, 19.9);
    assertThat(coarse.timeAt(4)).isEqualTo(START + 10_000_000L);
    assertThat(coarse.timeAt(7)).isEqualTo(START + 19_900_000L);
    assertThat(coarse.breakBefore(40)).as("the demo begun anew, in buckets too").isTrue();
    assertThat(coarse.breakBefore(open)).isTrue();
    two.close();
  }

  @Test
  void aFeedWhoseAddressHoldsATokenIsNamedWithoutIt() throws Exception {
    AtomicLong now = new AtomicLong(START);
    SeriesStore store = store(now);
    Path file = dir.resolve("livedash-token.mcap");
    FeedRecorder recorder = recording(store, file);
    String view = "url:ws://reader:pa55word@there:8080/feed?token=s3cret";
    bind(store, "ws://there", view);
    hundredSeconds(store, now, 0, 0);
    recorder.close();
    String bytes = new String(java.nio.file.Files.readAllBytes(file),
        java.nio.charset.StandardCharsets.ISO_8859_1);
    assertThat(bytes).contains("url:ws://there:8080/feed#").doesNotContain("s3cret")
        .doesNotContain("pa55word");
    List<Path> files = List.of(file);
    assertThat(RecordedSamples.read(files, view, "temperature", START, START + 100_000_000L, 0)
        .size()).as("the same address: the same feed").isEqualTo(1_000);
    assertThat(RecordedSamples.read(files, view.replace("s3cret", "other"), "temperature",
        START, START + 100_000_000L, 60_000_000L).isEmpty()).as("another token").isTrue();
  }

  private static List<Double> values(SeriesRing ring) {
    List<Double> values = new java.util.ArrayList<>();
    for (int i = 0; i < ring.size(); i++) {
      values.add(ring.valueAt(i));
    }
    return values;
  }
}
