package org.livedash.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.livedash.model.SeriesKind;
import org.livedash.model.SeriesMeta;
import org.livedash.model.SeriesStore;

/**
 * A feed recorded to MCAP and read back by the reference reader ({@code @mcap/core}): every
 * reading the store took is in the file, on its series' channel, through the stream reader
 * (CRCs checked) and through the summary and indexes; a file cut short reads up to its cut; a
 * process killed with SIGKILL while recording 10 000 updates/s leaves a file that opens, with
 * every reading up to at most its last second.
 */
class FeedRecordingTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir
  Path dir;

  @BeforeEach
  void onlyWithTheReferenceReader() throws Exception {
    String why = McapReference.whyNotHere();
    Assumptions.assumeTrue(why == null, why);
  }

  /** What was offered to the store: series, number, time, value. */
  record Offered(String series, long seq, long t, double value) {}

  /**
   * Records three writes of a store (a stream, 2 999 readings of two series, a hole of one) in
   * three chunks to {@code file}; returns what the store took.
   */
  static List<Offered> recordThreeWrites(Path file, int chunksPerFile)
      throws Exception {
    return recordThreeWrites(file, chunksPerFile, next -> { });
  }

  /** As above, telling {@code nextFile} of each next file the run begins. */
  static List<Offered> recordThreeWrites(Path file, int chunksPerFile,
      java.util.function.Consumer<Path> nextFile) throws Exception {
    AtomicLong nanos = new AtomicLong();
    long start = 1_796_000_000_000_000L;
    SeriesStore store = new SeriesStore(10_000, () -> start + 60_000_000L);
    List<Offered> offered = new ArrayList<>();
    FeedRecorder recorder = FeedRecorder.start(file, "LiveDash test", nanos::get,
        chunksPerFile);
    recorder.onNextFile(nextFile);
    store.tap(recorder);
    store.bindEndpoint("ws://here", "demo");
    store.setCatalogue(List.of(
        SeriesMeta.of("temperature", "Temperature", "°C", SeriesKind.SENSOR, 0, 50),
        SeriesMeta.of("BTC-USD", "Bitcoin", "USD", SeriesKind.STOCK, 0, 1e6)));
    store.write(w -> w.announce("stream-1", 0, start));
    long seq = 0;
    for (int frame = 0; frame < 3; frame++) {
      long from = seq;
      store.write(w -> {
        for (long s = from + 1; s <= from + 1000; s++) {
          if (s == 1500) {
            continue; // a hole of one update
          }
          String id = s % 2 == 0 ? "temperature" : "BTC-USD";
          long t = start + s * 1000;
          double v = id.equals("temperature") ? 20 + (s % 100) / 10.0 : 60_000.5 + s;
          if (w.offer(id, s, t, v)) {
            offered.add(new Offered(id, s, t, v));
          }
        }
      });
      seq += 1000;
      long waited = offered.size();
      await().atMost(Duration.ofSeconds(10)).until(() -> recorder.recorded() >= waited);
      // Half a second later a chunk is closed: three writes, three chunks.
      nanos.addAndGet(TimeUnit.MILLISECONDS.toNanos(600));
      int chunks = frame + 1;
      await().atMost(Duration.ofSeconds(10)).until(() -> recorder.chunks() >= chunks);
    }
    recorder.close();
    assertThat(offered).hasSize(2999);
    assertThat(recorder.notRecorded()).isZero();
    return offered;
  }

  @Test
  void everyReadingStoredIsInTheFileAsTheReferenceReaderReadsIt() throws Exception {
    Path file = dir.resolve("feed.mcap");
    List<Offered> offered = recordThreeWrites(file, 10);
    for (String mode : List.of("stream", "indexed")) {
      JsonNode read = McapReference.read(file, mode);
      List<Offered> readings = new ArrayList<>();
      List<String> events = new ArrayList<>();
      for (JsonNode m : read.get("messages")) {
        JsonNode data = JSON.readTree(m.get("data").asText());
        if (m.get("topic").asText().equals(FeedRecorder.EVENTS_TOPIC)) {
          events.add(data.get("kind").asText());
          continue;
        }
        assertThat(m.get("publishTime").asLong()).isEqualTo(data.get("t").asLong() * 1000);
        readings.add(new Offered(m.get("topic").asText().substring(1), data.get("seq").asLong(),
            data.get("t").asLong(), data.get("value").asDouble()));
      }
      if (mode.equals("stream")) {
        assertThat(readings).as(mode).containsExactlyElementsOf(offered);
      } else {
        // Ordered by receive time, which a frame's readings share.
        assertThat(readings).as(mode).containsExactlyInAnyOrderElementsOf(offered);
      }
      assertThat(events).as(mode).containsExactly("stream", "hole");
      assertThat(read.get("schemas").findValuesAsText("encoding")).containsOnly("jsonschema");
      JsonNode btc = null;
      for (JsonNode c : read.get("channels")) {
        btc = c.get("topic").asText().equals("/BTC-USD") ? c : btc;
      }
      assertThat(btc).as("a channel of its own").isNotNull();
      assertThat(btc.get("metadata").get("unit").asText()).isEqualTo("USD");
      assertThat(btc.get("metadata").get("name").asText()).isEqualTo("Bitcoin");
      if (mode.equals("stream")) {
        assertThat(read.get("done").asBoolean()).as("read to its footer").isTrue();
      } else {
        assertThat(read.get("statistics").get("messageCount").asLong()).isEqualTo(3001);
        assertThat(read.get("chunks").asInt()).isEqualTo(3);
        assertThat(read.get("statistics").get("metadataCount").asInt()).isEqualTo(1);
        assertThat(read.get("statistics").get("attachmentCount").asInt()).isEqualTo(1);
      }
      // Which feed the readings are of, and their ten-second buckets, for reading them back.
      assertThat(read.get("metadata")).as(mode).hasSize(1);
      assertThat(read.get("metadata").get(0).get("name").asText())
          .isEqualTo(FeedRecorder.FEED_METADATA);
      assertThat(read.get("metadata").get(0).get("metadata").get("view").asText())
          .isEqualTo("demo");
      assertThat(read.get("attachments")).as(mode).hasSize(1);
      assertThat(read.get("attachments").get(0).get("name").asText())
          .isEqualTo(FileBuckets.NAME);
      assertThat(read.get("attachments").get(0).get("size").asInt()).isPositive();
    }
  }

  @Test
  void aLongRecordingGoesOnInTheNextFileEachWholeOnItsOwn() throws Exception {
    Path file = dir.resolve("feed.mcap");
    List<Path> begun = new java.util.concurrent.CopyOnWriteArrayList<>();
    List<Offered> offered = recordThreeWrites(file, 2, begun::add);
    assertThat(begun).as("told, so a retention is kept while it runs")
        .containsExactly(dir.resolve("feed-2.mcap"));
    JsonNode first = McapReference.read(file, "indexed");
    JsonNode second = McapReference.read(dir.resolve("feed-2.mcap"), "indexed");
    assertThat(first.get("chunks").asInt()).isEqualTo(2);
    assertThat(second.get("chunks").asInt()).isEqualTo(1);
    List<Long> seqs = new ArrayList<>();
    for (JsonNode read : List.of(first, second)) {
      for (JsonNode m : read.get("messages")) {
        if (!m.get("topic").asText().equals(FeedRecorder.EVENTS_TOPIC)) {
          seqs.add(JSON.readTree(m.get("data").asText()).get("seq").asLong());
        }
      }
    }
    assertThat(seqs).containsExactlyInAnyOrderElementsOf(
        offered.stream().map(Offered::seq).toList());
    assertThat(second.get("channels").findValuesAsText("topic"))
        .as("the next file describes its series again").contains("/temperature", "/BTC-USD");
    assertThat(second.get("metadata").get(0).get("metadata").get("view").asText())
        .as("and the feed they are of").isEqualTo("demo");
    assertThat(second.get("metadata").get(0).get("metadata").get("new").asText())
        .isEqualTo("false");
    assertThat(first.get("attachments")).hasSize(1);
    assertThat(second.get("attachments")).hasSize(1);
  }

  @Test
  void whatCannotWaitForTheDiskIsCountedAndSaidInTheFileNeverWaitedFor() throws Exception {
    long start = 1_796_000_000_000_000L;
    SeriesStore store = new SeriesStore(1_000, () -> start + 60_000_000L);
    store.setCatalogue(List.of(
        SeriesMeta.of("temperature", "Temperature", "°C", SeriesKind.SENSOR, 0, 50)));
    Path file = dir.resolve("behind.mcap");
    FeedRecorder recorder = FeedRecorder.start(file, "LiveDash test", System::nanoTime);
    store.tap(recorder);
    // One write of more readings than may wait for the disk: refused whole, and counted.
    store.write(w -> {
      for (long s = 1; s <= 600_000; s++) {
        w.offer("temperature", s, start + s, 20.5);
      }
    });
    store.write(w -> w.offer("temperature", 600_001, start + 600_001, 21.5));
    recorder.close();
    assertThat(recorder.notRecorded()).isEqualTo(600_000);
    assertThat(recorder.recorded()).isEqualTo(1);
    List<String> events = new ArrayList<>();
    for (JsonNode m : McapReference.read(file, "stream").get("messages")) {
      if (m.get("topic").asText().equals(FeedRecorder.EVENTS_TOPIC)) {
        events.add(m.get("data").asText());
      }
    }
    assertThat(events).containsExactly("{\"kind\":\"notRecorded\",\"readings\":600000}");
  }

  @Test
  void anAlarmBegunAndEndedIsAnEventWhereItHappened() throws Exception {
    long start = 1_796_000_000_000_000L;
    SeriesStore store = new SeriesStore(1_000, () -> start + 60_000_000L);
    store.setCatalogue(List.of(new SeriesMeta("boiler", "Boiler", "°C", SeriesKind.SENSOR, 0,
        100, Double.NaN, 70, Double.NaN, 90, 1)));
    Path file = dir.resolve("alarm.mcap");
    FeedRecorder recorder = FeedRecorder.start(file, "LiveDash test", System::nanoTime);
    store.tap(recorder);
    double[] values = {60, 91.5, 95, 80, 75};
    for (int i = 0; i < values.length; i++) {
      long seq = i + 1;
      double v = values[i];
      store.write(w -> w.offer("boiler", seq, start + seq * 1_000_000, v));
    }
    recorder.close();
    List<String> events = new ArrayList<>();
    List<Long> at = new ArrayList<>();
    for (JsonNode m : McapReference.read(file, "stream").get("messages")) {
      if (m.get("topic").asText().equals(FeedRecorder.EVENTS_TOPIC)) {
        events.add(m.get("data").asText());
        at.add(m.get("publishTime").asLong() / 1000);
      }
    }
    assertThat(events).hasSize(2);
    ObjectMapper json = new ObjectMapper();
    JsonNode raised = json.readTree(events.get(0));
    JsonNode cleared = json.readTree(events.get(1));
    assertThat(raised.path("kind").asText()).isEqualTo("alert");
    assertThat(raised.path("alert").path("state").asText()).isEqualTo("raised");
    assertThat(raised.path("alert").path("series").asText()).isEqualTo("boiler");
    assertThat(raised.path("alert").path("rule").path("kind").asText()).isEqualTo("LEVELS");
    assertThat(raised.path("alert").path("value").asDouble()).isEqualTo(91.5);
    assertThat(cleared.path("alert").path("state").asText()).isEqualTo("cleared");
    assertThat(cleared.path("alert").path("peak").asDouble()).isEqualTo(95);
    assertThat(cleared.path("alert").path("endedMicros").asLong()).isEqualTo(start + 4_000_000);
    assertThat(at).containsExactly(start + 2_000_000, start + 4_000_000);
  }

  @Test
  void aFeedsOwnMessagesAreKeptAsReceivedBeforeTheirReadings() throws Exception {
    long start = 1_796_000_000_000_000L;
    SeriesStore store = new SeriesStore(1_000, () -> start + 60_000_000L);
    store.setCatalogue(List.of(SeriesMeta.of("BTCUSDT", "BTCUSDT", "USD", SeriesKind.STOCK, 0,
        1)));
    Path file = dir.resolve("raw.mcap");
    FeedRecorder recorder = FeedRecorder.start(file, "LiveDash test", System::nanoTime);
    store.tap(recorder);
    List<String> sent = List.of("{\"s\":\"BTCUSDT\",\"p\":\"97000.5\",\"note\":\"é\"}",
        "[1,2,{\"p\":3}]");
    for (int i = 0; i < sent.size(); i++) {
      String text = sent.get(i);
      long seq = i + 1;
      store.write(w -> {
        w.received(text);
        w.offer("BTCUSDT", seq, start + seq * 1_000_000, 97_000 + seq);
      });
    }
    recorder.close();
    List<String> topics = new ArrayList<>();
    List<String> raw = new ArrayList<>();
    for (JsonNode m : McapReference.read(file, "stream").get("messages")) {
      topics.add(m.get("topic").asText());
      if (m.get("topic").asText().equals(FeedRecorder.RAW_TOPIC)) {
        raw.add(m.get("data").asText());
      }
    }
    assertThat(raw).as("every message, byte for byte").isEqualTo(sent);
    assertThat(topics).containsExactly(FeedRecorder.RAW_TOPIC, "/BTCUSDT", FeedRecorder.RAW_TOPIC,
        "/BTCUSDT");
  }

  @Test
  void aFileCutShortReadsUpToItsCut() throws Exception {
    Path file = dir.resolve("feed.mcap");
    recordThreeWrites(file, 10);
    // Cut anywhere, the file reads up to the cut: what it gives is the start of the rest.
    byte[] whole = Files.readAllBytes(file);
    Path cut = dir.resolve("cut.mcap");
    Files.write(cut, java.util.Arrays.copyOf(whole, whole.length * 3 / 5));
    JsonNode partial = McapReference.read(cut, "stream");
    assertThat(partial.get("done").asBoolean()).isFalse();
    int n = partial.get("messages").size();
    assertThat(n).isBetween(1000, 2500);
    JsonNode full = McapReference.read(file, "stream").get("messages");
    for (int i = 0; i < n; i++) {
      assertThat(partial.get("messages").get(i)).isEqualTo(full.get(i));
    }
  }

  @Test
  void aRunRecordingSaysSoBesideItsFeedAndItsFileHoldsWhatItStored() throws Exception {
    Path file = dir.resolve("run.mcap");
    long stored;
    try (org.livedash.client.AppContext c = org.livedash.client.AppContext.start(
        org.livedash.client.LaunchOptions.defaults().recordingTo(file))) {
      org.livedash.client.SupervisorControl control =
          new org.livedash.client.SupervisorControl(c);
      await().atMost(Duration.ofSeconds(15)).until(() -> c.recorder().recorded() > 50);
      assertThat(control.feedDescription()).endsWith(" · recording to run.mcap");
      stored = c.recorder().recorded();
    }
    JsonNode read = McapReference.read(file, "indexed");
    assertThat(read.get("statistics").get("messageCount").asLong()).isGreaterThan(stored);
  }

  @Test
  void aRecordingPlayedBackAsFastAsItReadsGivesEveryReadingAndItsHoleAgain() throws Exception {
    Path file = dir.resolve("feed.mcap");
    List<Offered> offered = recordThreeWrites(file, 10);
    Path stats = dir.resolve("stats.json");
    java.io.StringWriter out = new java.io.StringWriter();
    int exit = org.livedash.cli.Main.run(new java.io.PrintWriter(out, true),
        new java.io.PrintWriter(new java.io.StringWriter(), true), "--headless",
        "--exit-after", "4", "--replay", file.toString(), "--speed", "max",
        "--stats-out", stats.toString());
    assertThat(exit).as(out.toString()).isZero();
    JsonNode s = JSON.readTree(stats.toFile());
    assertThat(s.get("updates").asLong() + s.path("fromHistory").asLong(0))
        .as(s.toString()).isEqualTo(offered.size());
    assertThat(s.get("gaps").asLong()).as("the recorded hole").isEqualTo(1);
  }

  @Test
  void aProcessKilledWhileRecordingLeavesAFileWithAllButItsLastSecond() throws Exception {
    Path file = dir.resolve("killed.mcap");
    String classPath = System.getProperty("surefire.test.class.path",
        System.getProperty("java.class.path"));
    // The demo feed at 834 updates/s for each of its 12 series: 10 008 updates/s.
    Process app = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-cp", classPath, "org.livedash.cli.Main", "--headless",
        "--demo-rate", "834", "--record", file.toString())
        .redirectErrorStream(true).redirectOutput(dir.resolve("app.log").toFile()).start();
    long killedAtMillis;
    try {
      // Recording for a few seconds at the full rate: well past one chunk.
      await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
          .until(() -> Files.exists(file) && Files.size(file) > 600_000);
      // The size grows as a chunk lands: killed 1.3 s after one, a process that kept its
      // readings longer than a second before writing them would lose more than the last second.
      await().pollDelay(Duration.ofMillis(1_300)).until(() -> true);
      killedAtMillis = System.currentTimeMillis();
      app.destroyForcibly(); // SIGKILL: no shutdown hook, no summary, no footer
      assertThat(app.waitFor(10, TimeUnit.SECONDS)).isTrue();
    } finally {
      app.destroyForcibly();
    }
    JsonNode read = McapReference.read(file, "stream");
    List<Long> seqs = new ArrayList<>();
    long lastLogMillis = 0;
    for (JsonNode m : read.get("messages")) {
      if (!m.get("topic").asText().equals(FeedRecorder.EVENTS_TOPIC)) {
        seqs.add(JSON.readTree(m.get("data").asText()).get("seq").asLong());
        lastLogMillis = Math.max(lastLogMillis, m.get("logTime").asLong() / 1_000_000);
      }
    }
    assertThat(seqs).hasSizeGreaterThan(10_000);
    long first = seqs.stream().mapToLong(Long::longValue).min().orElseThrow();
    long last = seqs.stream().mapToLong(Long::longValue).max().orElseThrow();
    assertThat(seqs).as("nothing lost before the cut").hasSize((int) (last - first + 1))
        .doesNotHaveDuplicates();
    assertThat(killedAtMillis - lastLogMillis).as("ms lost at the end").isLessThan(1_000);
  }
}
