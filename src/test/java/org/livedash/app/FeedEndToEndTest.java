package org.livedash.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.livedash.feed.CatalogueCodec;
import org.livedash.feed.FeedEndpoints;
import org.livedash.model.ConnectionState;
import org.livedash.model.FeedMode;
import org.livedash.model.SeriesKind;
import org.livedash.model.SeriesMeta;
import org.livedash.model.StatsSnapshot;
import org.livedash.server.DemoFeedConfig;
import org.livedash.server.FeedServer;
import org.livedash.client.FeedPipeline;
import org.livedash.client.FeedAccess;
import org.livedash.client.LaunchOptions;
import org.livedash.client.AppContext;

/** The whole client pipeline (supervisor, transports, codec, store, stats) against servers. */
class FeedEndToEndTest {

  private static LaunchOptions options(String url, FeedMode mode) {
    return new LaunchOptions(FeedEndpoints.fromUrl(url), mode, Duration.ofMillis(100),
        LaunchOptions.Theme.DARK, 10, null, null, true, false,
        FeedAccess.standard(), null, null);
  }

  private static StatsSnapshot stats(AppContext c, FeedMode mode) {
    return c.stats().of(mode).snapshot(System.nanoTime());
  }

  @Test
  void switchingModeBackAndForthLosesAndRepeatsNothing() throws Exception {
    try (FeedServer server = new FeedServer(DemoFeedConfig.defaults().withRate(100))
            .start();
        AppContext c = AppContext.start(options(server.url(), FeedMode.WS))) {
      await().until(() -> stats(c, FeedMode.WS).updates() > 300);
      c.supervisor().switchMode(FeedMode.POLL, Duration.ofMillis(100));
      await().until(() -> stats(c, FeedMode.POLL).updates() > 300);
      c.supervisor().switchMode(FeedMode.WS, Duration.ofMillis(100));
      long wsBefore = stats(c, FeedMode.WS).updates();
      await().until(() -> stats(c, FeedMode.WS).updates() > wsBefore + 300);
      for (FeedMode m : FeedMode.values()) {
        assertThat(stats(c, m).gaps()).as("missed in %s", m).isZero();
        assertThat(stats(c, m).duplicates()).as("repeated in %s", m).isZero();
        assertThat(stats(c, m).rejected()).isZero();
      }
      assertThat(stats(c, FeedMode.POLL).requests()).isPositive();
      assertThat(stats(c, FeedMode.WS).latencyP50Ms())
          .isLessThan(stats(c, FeedMode.POLL).latencyP50Ms());
    }
  }

  @Test
  void reconnectsVisiblyWhenTheServerDiesAndComesBack() throws Exception {
    FeedServer first = new FeedServer(DemoFeedConfig.defaults().withRate(50)).start();
    int port = first.port();
    try (AppContext c = AppContext.start(options(first.url(), FeedMode.WS))) {
      await().until(() -> c.supervisor().status().state() == ConnectionState.LIVE
          && stats(c, FeedMode.WS).updates() > 50);
      first.close();
      await().atMost(Duration.ofSeconds(10))
          .until(() -> c.supervisor().status().state() == ConnectionState.RECONNECTING);
      try (FeedServer second = new FeedServer(
          DemoFeedConfig.defaults().withRate(50).withPort(port)).start()) {
        long before = stats(c, FeedMode.WS).updates();
        await().atMost(Duration.ofSeconds(10))
            .until(() -> c.supervisor().status().state() == ConnectionState.LIVE
                && stats(c, FeedMode.WS).updates() > before + 50);
        // The new server numbers from 1 again: a restart, not a run of duplicates.
        assertThat(stats(c, FeedMode.WS).duplicates()).isZero();
      }
    }
  }

  @Test
  void whatWaitedForTheConnectionToOpenIsNotCountedAsPushLatency() {
    org.livedash.model.FeedStats stats = new org.livedash.model.FeedStats();
    org.livedash.model.SeriesStore store = new org.livedash.model.SeriesStore(100);
    FeedPipeline pipeline = new FeedPipeline(store, stats, System::nanoTime,
        java.time.Clock.systemUTC());
    pipeline.onCatalogue(List.of(org.livedash.model.SeriesMeta.of("a", "A", "",
        org.livedash.model.SeriesKind.SENSOR, Double.NaN, Double.NaN)));
    // Push entered at 1 s; the handshake took 400 ms; the server sends what was made meanwhile.
    stats.enter(FeedMode.WS, null, 1, 1_000_000);
    org.livedash.feed.FeedCodec codec = new org.livedash.feed.FeedCodec();
    org.livedash.feed.FrameWriter w = new org.livedash.feed.FrameWriter();
    pipeline.onFrame(FeedMode.WS, codec.decode("{\"type\":\"hello\",\"stream\":\"s\","
        + "\"last\":0}"), 1_400_000);
    pipeline.onTraffic(FeedMode.WS, 600, 0, 0, false);
    pipeline.onFrame(FeedMode.WS, codec.decode(w.batchFrame(List.of(
        w.encodeUpdate(org.livedash.feed.Update.of(1, "a", 1_100_000, 1)),
        w.encodeUpdate(org.livedash.feed.Update.of(2, "a", 1_300_000, 2))), -1, false, -1, -1)),
        1_401_000);
    pipeline.onTraffic(FeedMode.WS, 90, 0, 0, false);
    pipeline.onFrame(FeedMode.WS, codec.decode(w.batchFrame(List.of(
        w.encodeUpdate(org.livedash.feed.Update.of(3, "a", 1_450_000, 3))), -1, false, -1, -1)),
        1_452_000);
    StatsSnapshot s = stats.of(FeedMode.WS).snapshot(2);
    assertThat(s.updates()).isEqualTo(3);
    assertThat(s.caughtUp()).as("made while the connection opened").isEqualTo(2);
    assertThat(s.latencyMaxMs()).as("push's own delivery: 2 ms").isLessThan(3);
    // The bytes that brought history are traffic, not push's cost per live update.
    assertThat(s.bytesIn()).isEqualTo(690);
    assertThat(s.historyBytesIn()).isEqualTo(600);
    assertThat(s.bytesPerUpdate()).isEqualTo(90);
    assertThat(s.liveBytesInSoFar()).isEqualTo(90);
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.EnumSource(FeedMode.class)
  void aFirstConnectionFillsTheChartsFromHistoryWithoutCountingItAsLatency(FeedMode mode)
      throws Exception {
    try (FeedServer server = new FeedServer(DemoFeedConfig.defaults().withRate(300))
        .start()) {
      await().until(() -> server.lastSeq() >= 600);
      long kept = server.lastSeq();
      try (AppContext c = AppContext.start(options(server.url(), mode))) {
        await().until(() -> c.store().resumePoint().afterSeq() >= kept);
        StatsSnapshot s = stats(c, mode);
        assertThat(s.caughtUp()).as("delivered from history").isGreaterThanOrEqualTo(kept);
        assertThat(s.historyBytesIn()).as("the bytes that brought it").isPositive()
            .isLessThanOrEqualTo(s.bytesIn());
        assertThat(s.gaps()).isZero();
        assertThat(s.duplicates()).isZero();
        // History is seconds old: had it been counted, the latency would say so.
        assertThat(Double.isNaN(s.latencyMaxMs()) || s.latencyMaxMs() < 1500)
            .as("max latency %s ms", s.latencyMaxMs()).isTrue();
        c.store().read(r -> {
          long samples = 0;
          for (int i = 0; i < r.seriesCount(); i++) {
            samples += r.ring(i).size();
          }
          assertThat(samples).isGreaterThanOrEqualTo(kept);
        });
      }
    }
  }

  /**
   * The server's reports are left out of the counted figures, as the protocol asks, yet they
   * cross the wire: what a counting proxy saw is the counts plus the reports' own bytes.
   */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.EnumSource(FeedMode.class)
  void whatMeasuringCostsIsSaidBesideWhatWasCounted(FeedMode mode) throws Exception {
    try (FeedServer server = new FeedServer(DemoFeedConfig.defaults().withRate(100)).start();
        TcpProxy proxy = new TcpProxy(server.port());
        AppContext c = AppContext.start(options(
            server.url().replace(":" + server.port(), ":" + proxy.port()), mode))) {
      await().atMost(Duration.ofSeconds(30))
          .until(() -> stats(c, mode).wire().countedBytes() > 20_000);
      // From one report to another, so the first answer, the catalogue and the clock's
      // exchanges (crossing the proxy, counted by no report) stay out of the comparison. Over
      // some twelve seconds: at each end, frames the proxy has passed may still wait to be
      // decoded (a busy machine's quarter second is 2 % of six seconds).
      long[] from = atReport(c, mode, proxy);
      await().atMost(Duration.ofSeconds(60))
          .until(() -> stats(c, mode).wire().countedBytes() > from[1] + 1_200_000);
      long[] to = atReport(c, mode, proxy);
      org.livedash.model.WireCount w = stats(c, mode).wire();
      long moved = to[0] - from[0];
      long said = to[1] - from[1];
      long reports = to[2] - from[2];
      assertThat(reports).as("the reports' own bytes").isPositive();
      assertThat((double) Math.abs(moved - said) / moved).as("%s: %d moved, %d counted with "
          + "%d of reports", mode, moved, said, reports).isLessThan(0.02);
      if (mode != FeedMode.WS) {
        // A header on every answer: a share of the traffic worth saying.
        assertThat(w.reportsShare()).isGreaterThan(0.005);
      }
    }
  }

  /** Right after a report: the bytes the proxy moved, counted plus reports, and reports. */
  private static long[] atReport(AppContext c, FeedMode mode, TcpProxy proxy) {
    long reportedBefore = stats(c, mode).wire().nanos();
    await().pollInterval(Duration.ofMillis(1)).atMost(Duration.ofSeconds(5))
        .until(() -> stats(c, mode).wire().nanos() != reportedBefore);
    org.livedash.model.WireCount w = stats(c, mode).wire();
    return new long[] {proxy.bytesMoved(), w.countedBytes() + w.reportsIn(), w.reportsIn()};
  }

  @Test
  void anotherServerStartsFromEmptyChartsAndItsOwnPosition() throws Exception {
    try (FeedServer a = new FeedServer(DemoFeedConfig.defaults().withRate(50)).start();
        FeedServer b = new FeedServer(DemoFeedConfig.defaults().withRate(50)).start();
        AppContext c = AppContext.start(options(a.url(), FeedMode.WS))) {
      await().until(() -> stats(c, FeedMode.WS).updates() > 200);
      // B has run as long as A: with the old position, its first numbers would be skipped.
      c.supervisor().connect(FeedEndpoints.fromUrl(b.url()), FeedMode.WS, Duration.ofSeconds(1));
      await().until(() -> b.streamId().equals(c.store().resumePoint().stream())
          && c.store().resumePoint().afterSeq() > 0
          && c.store().resumePoint().afterSeq() <= b.lastSeq());
      long before = stats(c, FeedMode.WS).updates();
      await().until(() -> stats(c, FeedMode.WS).updates() > before + 100);
      // B's whole history comes (it starts at 1): every sample held is one of B's updates.
      c.store().read(r -> {
        long samples = 0;
        for (int i = 0; i < r.seriesCount(); i++) {
          samples += r.ring(i).size();
        }
        assertThat(samples).as("no sample of server A kept")
            .isEqualTo(c.store().resumePoint().afterSeq());
      });
      assertThat(stats(c, FeedMode.WS).gaps()).isZero();
      assertThat(stats(c, FeedMode.WS).duplicates()).isZero();
      assertThat(c.stats().restarts()).isZero();
    }
  }

  @Test
  void malformedMessagesAreCountedAndTheFeedContinues() throws Exception {
    String catalogue = new CatalogueCodec().encode(
        List.of(SeriesMeta.of("a", "A", "u", SeriesKind.SENSOR, 0, 10)));
    List<String> script = List.of(
        "{\"type\":\"hello\",\"last\":0,\"heartbeatMs\":1000}",
        "{\"type\":\"batch\",\"updates\":[{\"seq\":1,\"id\":\"a\",\"t\":1,\"v\":1.0}]}",
        "{this is not json",
        "{\"type\":\"batch\",\"updates\":[{\"seq\":2,\"id\":\"a\",\"t\":1,\"v\":\"NaN\"},"
            + "{\"seq\":3,\"id\":\"a\",\"t\":1,\"v\":3.0}]}",
        "{\"type\":\"batch\",\"updates\":[{\"seq\":3,\"id\":\"a\",\"t\":1,\"v\":3.0}]}",
        "{\"type\":\"batch\",\"updates\":[{\"seq\":4,\"id\":\"ghost\",\"t\":1,\"v\":3.0}]}",
        "{\"type\":\"surprise\"}",
        "{\"type\":\"batch\",\"updates\":[{\"seq\":5,\"id\":\"a\",\"t\":1,\"v\":5.0}]}");
    try (ScriptedFeedServer server = new ScriptedFeedServer(catalogue, script, "{}");
        AppContext c = AppContext.start(options(server.url(), FeedMode.WS))) {
      await().until(() -> c.store().resumePoint().afterSeq() == 5);
      StatsSnapshot s = stats(c, FeedMode.WS);
      assertThat(s.updates()).isEqualTo(3);
      // Not JSON, v "NaN", an unknown series, an unknown frame type.
      assertThat(s.rejected()).isEqualTo(4);
      assertThat(s.duplicates()).isEqualTo(1);
      assertThat(s.gaps()).isEqualTo(1);
      assertThat(c.stats().lastProblem()).startsWith("rejected:");
      assertThat(c.supervisor().status().state()).isEqualTo(ConnectionState.LIVE);
    }
  }
}
