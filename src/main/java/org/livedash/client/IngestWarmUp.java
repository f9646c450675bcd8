package org.livedash.client;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.livedash.feed.FeedCodec;
import org.livedash.feed.FrameWriter;
import org.livedash.feed.Update;
import org.livedash.feed.Utf8;
import org.livedash.model.EpochMicros;
import org.livedash.model.FeedMode;
import org.livedash.model.FeedStats;
import org.livedash.model.SeriesKind;
import org.livedash.model.SeriesMeta;
import org.livedash.model.SeriesStore;

/**
 * Runs the ingest path (a pushed batch counted, decoded, stored and measured) over synthetic
 * frames as the client starts, so that the compilers have made it fast before a fast feed's
 * first frames arrive; without it those frames queue behind the interpreter for the first
 * seconds. Into a scratch store and statistics of its own: nothing reaches the feed's. Once a
 * process, in a headless run only: beside a window starting on two cores it delays the first
 * live point (by 0.7 s of 4.5 s, measured), which a window's user waits for and a slow feed
 * gains nothing from.
 */
public final class IngestWarmUp {
  private static final int FRAMES = 120;
  private static final int UPDATES = 500;
  private static final int SERIES = 16;
  private static final AtomicBoolean DONE = new AtomicBoolean();

  private IngestWarmUp() {}

  /** Warms the path, the first time it is called in this process. */
  public static void once() {
    if (DONE.compareAndSet(false, true)) {
      run(Clock.systemUTC());
    }
  }

  /** Warms the path; returns the updates the scratch statistics counted. */
  static long run(Clock clock) {
    SeriesStore store = new SeriesStore(UPDATES * FRAMES / SERIES);
    FeedStats stats = new FeedStats();
    List<SeriesMeta> catalogue = new ArrayList<>();
    for (int s = 0; s < SERIES; s++) {
      catalogue.add(SeriesMeta.of("warm-" + s, "warm " + s, "", SeriesKind.SENSOR, 0, 100));
    }
    store.setCatalogue(catalogue);
    FeedPipeline pipeline = new FeedPipeline(store, stats, System::nanoTime, clock);
    stats.enter(FeedMode.WS, System.nanoTime(), EpochMicros.now(clock));
    FeedCodec codec = new FeedCodec();
    FrameWriter writer = new FrameWriter();
    List<String> updates = new ArrayList<>(UPDATES);
    long seq = 0;
    for (int f = 0; f < FRAMES; f++) {
      long now = EpochMicros.now(clock);
      updates.clear();
      for (int u = 0; u < UPDATES; u++) {
        seq++;
        updates.add(writer.encodeUpdate(
            Update.of(seq, "warm-" + seq % SERIES, now - UPDATES + u, 20 + Math.sin(seq) * 3.7)));
      }
      String text = writer.batchFrame(updates, -1, false, -1, -1);
      pipeline.onTraffic(FeedMode.WS, Utf8.length(text), 0, 0, false);
      pipeline.onFrame(FeedMode.WS, codec.decode(text), EpochMicros.now(clock));
    }
    return stats.of(FeedMode.WS).snapshot(System.nanoTime()).updates();
  }
}
