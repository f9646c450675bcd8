package org.livedash.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.livedash.model.InvalidInputException;
import org.livedash.model.SeriesKind;
import org.livedash.model.SeriesMeta;
import org.livedash.model.SeriesStore;
import org.livedash.record.FeedRecorder;
import org.livedash.server.FeedSource;
import org.livedash.server.Reading;

/**
 * A recording played back: every reading with its recorded time, at the recorded pace times the
 * speed, by a play clock that reads the recording's times; its holes issued again.
 */
class ReplaySourceTest {
  private static final long START = 1_796_000_000_000_000L;
  @TempDir
  Path dir;

  /**
   * Two seconds of two series, a reading every 10 ms (each with the message it came in), and a
   * hole of 5 after the first second.
   */
  private Path recording() throws Exception {
    SeriesStore store = new SeriesStore(10_000, () -> START + 60_000_000L);
    store.setCatalogue(List.of(
        SeriesMeta.of("temperature", "Temperature", "°C", SeriesKind.SENSOR, 0, 50),
        SeriesMeta.of("ACME", "Acme Corp", "USD", SeriesKind.STOCK, 0, 500)));
    Path file = dir.resolve("feed.mcap");
    FeedRecorder recorder = FeedRecorder.start(file, "test", System::nanoTime);
    store.tap(recorder);
    for (long s = 1; s <= 200; s++) {
      if (s > 100 && s <= 105) {
        continue;
      }
      long seq = s;
      store.write(w -> {
        // The message as received is kept too; it is not played again as readings.
        w.received("{\"value\":999,\"t\":" + seq + "}");
        w.offer(seq % 2 == 0 ? "temperature" : "ACME", seq, START + seq * 10_000,
            20 + seq / 10.0);
      });
    }
    recorder.close();
    return file;
  }

  /** What the source hands the server. */
  private static final class Sink implements FeedSource.ReadingSink {
    final List<Reading> readings = new ArrayList<>();
    final List<long[]> missed = new ArrayList<>();

    @Override
    public void publish(List<Reading> batch) {
      readings.addAll(batch);
    }

    @Override
    public void missed(long count, long fromMicros, long toMicros) {
      missed.add(new long[] {count, fromMicros, toMicros});
    }
  }

  @Test
  void playsAtTheRecordedPaceTimesTheSpeedWithTheRecordedTimes() throws Exception {
    AtomicLong nanos = new AtomicLong(5_000_000_000L);
    ReplaySource replay = new ReplaySource(recording(), 10, nanos::get);
    Sink sink = new Sink();
    replay.playTo(sink); // ticked by hand
    replay.tick();
    assertThat(sink.readings).hasSize(1);
    assertThat(sink.readings.get(0).timeMicros()).isEqualTo(START + 10_000);
    assertThat(replay.playClock().getAsLong()).isEqualTo(START + 10_000);
    // 50 ms later at 10×: half a second of the recording, 50 readings in all.
    nanos.addAndGet(50_000_000L);
    replay.tick();
    assertThat(sink.readings).hasSize(51);
    assertThat(replay.playClock().getAsLong()).isEqualTo(START + 10_000 + 500_000);
    assertThat(sink.readings.get(50).timeMicros()).isEqualTo(START + 510_000);
    assertThat(sink.missed).isEmpty();
    nanos.addAndGet(200_000_000L);
    replay.tick();
    assertThat(sink.readings).hasSize(195);
    assertThat(sink.missed).hasSize(1);
    assertThat(sink.missed.get(0)[0]).isEqualTo(5);
    assertThat(replay.describe("ACME").unit()).isEqualTo("USD");
    assertThat(replay.describe("ACME").kind()).isEqualTo(SeriesKind.STOCK);
    replay.close();
  }

  @Test
  void heldItsPlayClockStandsAndItPlaysOnFromThereAtTheSpeedAsked() throws Exception {
    AtomicLong nanos = new AtomicLong(5_000_000_000L);
    ReplaySource replay = new ReplaySource(recording(), 1, nanos::get);
    Sink sink = new Sink();
    replay.playTo(sink);
    replay.tick();
    nanos.addAndGet(100_000_000L);
    replay.tick();
    assertThat(sink.readings).hasSize(11);
    replay.pause(true);
    assertThat(replay.paused()).isTrue();
    nanos.addAndGet(5_000_000_000L);
    replay.tick();
    assertThat(sink.readings).as("nothing while held").hasSize(11);
    assertThat(replay.playClock().getAsLong()).isEqualTo(START + 110_000);
    replay.pause(false);
    replay.speed(10);
    assertThat(replay.playClock().getAsLong()).as("on from where it was held")
        .isEqualTo(START + 110_000);
    nanos.addAndGet(10_000_000L);
    replay.tick();
    assertThat(replay.playClock().getAsLong()).isEqualTo(START + 210_000);
    assertThat(sink.readings).hasSize(21);
    assertThat(replay.ended()).isFalse();
    replay.speed(Double.POSITIVE_INFINITY);
    replay.tick();
    assertThat(replay.ended()).isTrue();
    assertThat(sink.readings).hasSize(195);
    nanos.addAndGet(60_000_000_000L);
    assertThat(replay.playClock().getAsLong()).as("played out, it stands at its end")
        .isEqualTo(START + 2_000_000);
    replay.close();
  }

  @Test
  void playedFromAMomentItBeginsThereAndKnowsItsWholeSpan() throws Exception {
    AtomicLong nanos = new AtomicLong();
    ReplaySource replay = new ReplaySource(recording(), ReplaySource.speed("max"),
        START + 1_500_000, nanos::get);
    assertThat(replay.span()).isEqualTo(
        new org.livedash.record.McapReader.Span(START + 10_000, START + 2_000_000));
    Sink sink = new Sink();
    replay.playTo(sink);
    replay.tick();
    replay.close();
    assertThat(sink.readings).hasSize(51);
    assertThat(sink.readings.get(0).timeMicros()).isEqualTo(START + 1_500_000);
    assertThat(sink.missed).as("the hole was before it").isEmpty();
  }

  @Test
  void playedFromAMomentOfALongRecordingItReadsNoChunkBeforeThat() throws Exception {
    // An hour, a chunk each 30 s of the recording (the recorder's clock driven by the test).
    AtomicLong recorderNanos = new AtomicLong();
    java.util.concurrent.atomic.AtomicLong now = new java.util.concurrent.atomic.AtomicLong();
    SeriesStore store = new SeriesStore(100, now::get);
    store.setCatalogue(List.of(
        SeriesMeta.of("temperature", "Temperature", "°C", SeriesKind.SENSOR, 0, 50)));
    Path file = dir.resolve("hour.mcap");
    FeedRecorder recorder = FeedRecorder.start(file, "test", recorderNanos::get);
    store.tap(recorder);
    for (long s = 1; s <= 3_600; s++) {
      long seq = s;
      now.set(START + seq * 1_000_000L);
      store.write(w -> w.offer("temperature", seq, START + seq * 1_000_000L, seq));
      if (s % 30 == 0) {
        long written = s;
        await().atMost(Duration.ofSeconds(10)).until(() -> recorder.recorded() == written);
        recorderNanos.addAndGet(1_000_000_000L);
        await().atMost(Duration.ofSeconds(10)).until(() -> recorder.chunks() >= written / 30);
      }
    }
    recorder.close();
    assertThat(recorder.chunks()).isGreaterThanOrEqualTo(100);
    // The second chunk damaged: played from the start, the replay breaks on it...
    damageSecondChunk(file);
    ReplaySource whole = new ReplaySource(file, ReplaySource.speed("max"), System::nanoTime);
    whole.playTo(new Sink());
    assertThatThrownBy(whole::tick).isInstanceOf(Exception.class);
    whole.close();
    // ...played from 50 min in, it never reads it.
    ReplaySource replay = new ReplaySource(file, ReplaySource.speed("max"),
        START + 3_000_000_000L, System::nanoTime);
    Sink sink = new Sink();
    replay.playTo(sink);
    replay.tick();
    replay.close();
    assertThat(sink.readings).hasSize(601);
    assertThat(sink.readings.get(0).value()).isEqualTo(3_000);
    assertThat(replay.span().firstMicros()).isEqualTo(START + 1_000_000L);
  }

  /** Names the file's second chunk's compression as one no reader knows. */
  private static void damageSecondChunk(Path file) throws Exception {
    byte[] bytes = java.nio.file.Files.readAllBytes(file);
    java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(bytes)
        .order(java.nio.ByteOrder.LITTLE_ENDIAN);
    int at = 8;
    int chunks = 0;
    while (at + 9 <= bytes.length) {
      int op = bytes[at] & 0xFF;
      long length = b.getLong(at + 1);
      if (op == 0x06 && ++chunks == 2) {
        // After its times, uncompressed size and CRC: the compression's name, "lz4".
        assertThat(b.getInt(at + 9 + 28)).isEqualTo(3);
        java.util.Arrays.fill(bytes, at + 9 + 32, at + 9 + 35, (byte) 'z');
        java.nio.file.Files.write(file, bytes);
        return;
      }
      at += 9 + (int) length;
    }
    throw new AssertionError("no second chunk");
  }

  @Test
  void atFullSpeedEverythingComesAsFastAsItIsRead() throws Exception {
    ReplaySource replay = new ReplaySource(recording(), ReplaySource.speed("max"),
        System::nanoTime);
    Sink sink = new Sink();
    var timer = java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
    try {
      replay.start(readings -> {
        synchronized (sink) {
          sink.publish(readings);
        }
      }, timer);
      await().atMost(Duration.ofSeconds(10)).until(() -> {
        synchronized (sink) {
          return sink.readings.size() == 195;
        }
      });
      assertThat(replay.playClock().getAsLong()).isEqualTo(START + 2_000_000);
    } finally {
      replay.close();
      timer.shutdownNow();
    }
  }

  @Test
  void readingsTheRecorderCouldNotKeepAreAHoleInWhatItPlays() throws Exception {
    SeriesStore store = new SeriesStore(1_000, () -> START + 60_000_000L);
    store.setCatalogue(List.of(
        SeriesMeta.of("temperature", "Temperature", "°C", SeriesKind.SENSOR, 0, 50)));
    Path file = dir.resolve("behind.mcap");
    FeedRecorder recorder = FeedRecorder.start(file, "test", System::nanoTime);
    store.tap(recorder);
    store.write(w -> w.offer("temperature", 1, START + 1, 20.5));
    store.write(w -> {
      for (long s = 2; s <= 600_001; s++) {
        w.offer("temperature", s, START + s, 20.5);
      }
    });
    store.write(w -> w.offer("temperature", 600_002, START + 600_002, 21.5));
    recorder.close();
    ReplaySource replay = new ReplaySource(file, ReplaySource.speed("max"), System::nanoTime);
    Sink sink = new Sink();
    replay.playTo(sink);
    replay.tick();
    replay.close();
    assertThat(sink.readings).extracting(Reading::value).containsExactly(20.5, 21.5);
    assertThat(sink.missed).hasSize(1);
    assertThat(sink.missed.get(0)[0]).isEqualTo(600_000);
    assertThat(sink.missed.get(0)[1]).as("where it happened").isEqualTo(START + 1);
  }

  /** Another tool's recording: a JSON channel of its own shape, and one in another encoding. */
  static Path foreignRecording(Path file) throws Exception {
    try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(file);
        org.livedash.record.McapWriter mcap = new org.livedash.record.McapWriter(out, "",
            "another tool")) {
      int imu = mcap.channel(mcap.schema("imu.Imu", "jsonschema", "{}".getBytes()), "/imu",
          "json", java.util.Map.of());
      int camera = mcap.channel(mcap.schema("sensor_msgs/Image", "ros1msg", new byte[0]),
          "/camera", "ros1", java.util.Map.of());
      for (int i = 0; i < 3; i++) {
        byte[] data = ("{\"accel\":{\"x\":" + (1.5 + i) + ",\"y\":-0.25},\"temp\":30,"
            + "\"frame\":\"base\"}").getBytes();
        mcap.message(imu, i, (START + i * 100_000) * 1000, 0, data, data.length);
        mcap.message(camera, i, (START + i * 100_000) * 1000, 0, new byte[] {1, 2}, 2);
      }
      byte[] broken = "{not json".getBytes();
      mcap.message(imu, 9, (START + 400_000) * 1000, 0, broken, broken.length);
    }
    return file;
  }

  @Test
  void anotherToolsJsonChannelPlaysEachNumberAsASeries() throws Exception {
    ReplaySource replay = new ReplaySource(foreignRecording(dir.resolve("other.mcap")),
        ReplaySource.speed("max"), System::nanoTime);
    Sink sink = new Sink();
    replay.playTo(sink);
    replay.tick();
    replay.close();
    assertThat(sink.readings).extracting(Reading::seriesId).containsExactly(
        "imu:accel.x", "imu:accel.y", "imu:temp", "imu:accel.x", "imu:accel.y", "imu:temp",
        "imu:accel.x", "imu:accel.y", "imu:temp");
    assertThat(sink.readings.get(3).value()).isEqualTo(2.5);
    assertThat(sink.readings.get(3).timeMicros()).as("its log time").isEqualTo(START + 100_000);
    assertThat(replay.describe("imu:temp").name()).isEqualTo("imu:temp");
  }

  @Test
  void anotherToolsJsonChannelIsInTheCsvOfARecordingToo() throws Exception {
    Path file = foreignRecording(dir.resolve("other.mcap"));
    java.io.StringWriter csv = new java.io.StringWriter();
    try (var in = java.nio.file.Files.newInputStream(file)) {
      org.livedash.record.RecordingCsv.write(in, null, null, java.util.Set.of("imu:accel.x"),
          csv);
    }
    assertThat(csv.toString().lines()).containsExactly("time,series,value,volume,seq",
        "2026-11-30T00:53:20.000000Z,imu:accel.x,1.5,,0",
        "2026-11-30T00:53:20.100000Z,imu:accel.x,2.5,,1",
        "2026-11-30T00:53:20.200000Z,imu:accel.x,3.5,,2");
  }

  @Test
  void aSpeedOrAFileThatCannotBePlayedIsOneLine() {
    assertThatThrownBy(() -> ReplaySource.speed("3")).isInstanceOf(InvalidInputException.class)
        .hasMessage("--speed '3' is not 1, 10, 100 or max");
    assertThatThrownBy(() -> new ReplaySource(dir.resolve("none.mcap"), 1, System::nanoTime))
        .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("no recording at");
  }
}
