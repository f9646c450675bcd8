package org.livedash.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.livedash.feed.FeedCodec;
import org.livedash.feed.FrameWriter;
import org.livedash.feed.Update;
import org.livedash.model.FeedMode;
import org.livedash.model.FeedStats;
import org.livedash.model.SeriesKind;
import org.livedash.model.SeriesMeta;
import org.livedash.model.SeriesStore;
import org.livedash.client.FeedPipeline;
import org.livedash.client.AppContext;

/** The ingest path keeps constant memory however long it runs: rings and histograms are fixed. */
class MemoryBoundTest {

  @Test
  void heapStaysFlatWhileMillionsOfUpdatesPassThrough() {
    SeriesStore store = new SeriesStore(AppContext.RING_CAPACITY);
    List<SeriesMeta> catalogue = new ArrayList<>();
    for (int s = 0; s < 12; s++) {
      catalogue.add(SeriesMeta.of("s" + s, "S" + s, "u", SeriesKind.SENSOR, 0, 1));
    }
    store.setCatalogue(catalogue);
    FeedStats stats = new FeedStats();
    FeedPipeline pipeline = new FeedPipeline(store, stats, System::nanoTime, Clock.systemUTC());
    pipeline.onModeEntered(FeedMode.WS, null);
    FeedCodec codec = new FeedCodec();
    FrameWriter frames = new FrameWriter();
    long[] seq = {0};

    Runnable batchOfAHundred = () -> {
      List<String> encoded = new ArrayList<>(100);
      for (int i = 0; i < 100; i++) {
        seq[0]++;
        encoded.add(frames.encodeUpdate(Update.of(seq[0], "s" + (seq[0] % 12),
            1_700_000_000_000_000L + seq[0] * 100, Math.sin(seq[0]))));
      }
      pipeline.onFrame(FeedMode.WS, codec.decode(frames.batchFrame(encoded, -1, false, -1, -1)),
          1_700_000_000_000_000L + seq[0] * 100 + 500);
    };
    // Fill every ring past its capacity first, so what follows only overwrites.
    for (int i = 0; i < 6_000; i++) {
      batchOfAHundred.run();
    }
    long warm = usedHeapAfterGc();
    for (int i = 0; i < 20_000; i++) {
      batchOfAHundred.run();
    }
    long after = usedHeapAfterGc();
    assertThat(stats.of(FeedMode.WS).snapshot(System.nanoTime()).updates()).isEqualTo(2_600_000);
    assertThat(after - warm).as("heap growth in bytes over 2 million more updates")
        .isLessThan(4_000_000);
  }

  private static long usedHeapAfterGc() {
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      System.gc();
      best = Math.min(best,
          ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }
    return best;
  }
}
