package org.livedash.bench.jmh;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.livedash.feed.DecodedFrame;
import org.livedash.feed.FeedCodec;
import org.livedash.feed.FrameWriter;
import org.livedash.feed.Update;
import org.livedash.feed.UpdateBatch;
import org.livedash.feed.Utf8;
import org.livedash.model.FeedStats;
import org.livedash.model.FeedMode;
import org.livedash.model.ModeStats;
import org.livedash.model.SeriesKind;
import org.livedash.model.SeriesMeta;
import org.livedash.model.SeriesStore;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The client's ingest path one stage at a time, per update: decoding a pushed batch of 1 000
 * updates (as a fast feed sends them), storing it in the series rings, and recording its
 * latency in the statistics. What the ingest benchmark measures end to end, split up.
 *
 * <p>{@code mvn -B -Pbench compile exec:exec@ingest-jmh}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class IngestJmh {
  private static final int UPDATES = 1_000;
  private static final int SERIES = 12;

  private final FeedCodec codec = new FeedCodec();
  private String frame;
  private DecodedFrame decoded;
  private SeriesStore store;
  private ModeStats stats;
  private long seq;
  private long time;

  @Setup
  public void setUp() {
    FrameWriter writer = new FrameWriter();
    List<String> encoded = new ArrayList<>();
    List<SeriesMeta> catalogue = new ArrayList<>();
    for (int s = 0; s < SERIES; s++) {
      catalogue.add(SeriesMeta.of("sensor-" + s, "sensor " + s, "°C", SeriesKind.SENSOR, 0, 100));
    }
    long t = 1_764_590_000_000_000L;
    for (int i = 0; i < UPDATES; i++) {
      encoded.add(writer.encodeUpdate(
          Update.of(1 + i, "sensor-" + i % SERIES, t + i, 20 + Math.sin(i) * 3.7)));
    }
    frame = writer.batchFrame(encoded, List.of(), null, -1, false, -1, -1);
    decoded = codec.decode(frame);
    store = new SeriesStore(36_000);
    store.setCatalogue(catalogue);
    FeedStats feedStats = new FeedStats();
    feedStats.enter(FeedMode.WS, System.nanoTime(), t);
    stats = feedStats.of(FeedMode.WS);
    time = t;
  }

  /** What the WebSocket transport does with a received frame: counts its bytes, decodes it. */
  @Benchmark
  @OperationsPerInvocation(UPDATES)
  public DecodedFrame decode() {
    long bytes = Utf8.length(frame);
    DecodedFrame decoded = codec.decode(frame);
    return bytes < 0 ? null : decoded;
  }

  @Benchmark
  @OperationsPerInvocation(UPDATES)
  public Object store() {
    UpdateBatch updates = decoded.updates();
    return store.write(w -> {
      for (int i = 0; i < UPDATES; i++) {
        seq++;
        time++;
        w.offer(updates.seriesId(i), seq, time, updates.value(i));
      }
    });
  }

  @Benchmark
  @OperationsPerInvocation(UPDATES)
  public void recordLatency() {
    for (int i = 0; i < UPDATES; i++) {
      stats.recordUpdate(time, time + 1_500 + i);
    }
  }
}
