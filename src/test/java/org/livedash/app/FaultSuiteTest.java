package org.livedash.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import org.livedash.i18n.Texts;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.livedash.feed.FeedEndpoints;
import org.livedash.model.ConnectionState;
import org.livedash.model.FeedMode;
import org.livedash.model.StatsSnapshot;
import org.livedash.server.DemoFeedConfig;
import org.livedash.server.FeedServer;
import org.livedash.client.LaunchOptions;
import org.livedash.client.AppContext;
import org.livedash.client.FeedAccess;

/**
 * Faults a real network and real servers produce, on loopback, in every mode: the server away
 * and back, a path that stalls, a server restarted with a new stream that has already passed the
 * client's position. The client is always told the truth and never loses, repeats or mixes.
 */
class FaultSuiteTest {
  private FeedServer server;
  private TcpProxy proxy;

  @AfterEach
  void stop() throws Exception {
    if (proxy != null) {
      proxy.close();
    }
    if (server != null) {
      server.close();
    }
  }

  private AppContext connectThroughProxy(FeedMode mode, double rate) throws Exception {
    return connect(DemoFeedConfig.defaults().withRate(rate), mode);
  }

  private AppContext connect(DemoFeedConfig config, FeedMode mode) throws Exception {
    server = new FeedServer(config).start();
    proxy = new TcpProxy(server.port());
    LaunchOptions options = new LaunchOptions(
        FeedEndpoints.fromUrl("ws://127.0.0.1:" + proxy.port() + "/feed"), mode,
        Duration.ofMillis(100), LaunchOptions.Theme.DARK, 10, null, null, true, false,
        FeedAccess.standard(), null, null);
    AppContext c = AppContext.start(options);
    await().atMost(Duration.ofSeconds(10)).until(() -> state(c) == ConnectionState.LIVE
        && stats(c, mode).updates() > 100);
    return c;
  }

  private static ConnectionState state(AppContext c) {
    return c.supervisor().status().state();
  }

  private static StatsSnapshot stats(AppContext c, FeedMode mode) {
    return c.stats().of(mode).snapshot(System.nanoTime());
  }

  /** Live again, caught up with the server, with every number once. */
  private void assertCaughtUpWithNothingMissed(AppContext c, FeedMode mode) {
    long target = server.lastSeq();
    await().atMost(Duration.ofSeconds(10)).until(() -> state(c) == ConnectionState.LIVE
        && c.store().resumePoint().afterSeq() >= target);
    StatsSnapshot s = stats(c, mode);
    assertThat(s.gaps()).as("missed updates").isZero();
    assertThat(s.duplicates()).as("repeated updates").isZero();
    assertThat(s.rejected()).isZero();
  }

  @ParameterizedTest
  @EnumSource(FeedMode.class)
  void aServerAwayAndBackIsResumedWithNothingMissing(FeedMode mode) throws Exception {
    try (AppContext c = connectThroughProxy(mode, 50)) {
      proxy.stopListening();
      await().atMost(Duration.ofSeconds(10))
          .until(() -> state(c) == ConnectionState.RECONNECTING);
      long away = server.lastSeq();
      await().until(() -> server.lastSeq() > away + 300);
      proxy.startListening();
      assertCaughtUpWithNothingMissed(c, mode);
      assertThat(c.stats().restarts()).isZero();
      // What waited for the outage is delivered from history, counted, but it is not latency.
      assertThat(c.stats().of(mode).caughtUp()).isGreaterThanOrEqualTo(300);
    }
  }

  @ParameterizedTest
  @EnumSource(FeedMode.class)
  void aStalledPathIsDetectedAndTheFeedResumes(FeedMode mode) throws Exception {
    try (AppContext c = connectThroughProxy(mode, 50)) {
      proxy.stall();
      await().atMost(Duration.ofSeconds(12))
          .until(() -> state(c) == ConnectionState.RECONNECTING);
      assertThat(Texts.of(c.supervisor().status().detail())).isNotBlank();
      proxy.unstall();
      assertCaughtUpWithNothingMissed(c, mode);
    }
  }

  @ParameterizedTest
  @EnumSource(FeedMode.class)
  void aRestartedServerAheadOfTheClientIsARestartNotAContinuation(FeedMode mode)
      throws Exception {
    try (AppContext c = connectThroughProxy(mode, 20)) {
      proxy.stopListening();
      long clientAt = c.store().resumePoint().afterSeq();
      int port = server.port();
      server.close();
      // The new server numbers from 1 again, and runs past the client's old position before the
      // client can reach it: only its stream id tells the two apart.
      server = new FeedServer(DemoFeedConfig.defaults().withRate(400).withPort(port))
          .start();
      await().atMost(Duration.ofSeconds(20)).until(() -> server.lastSeq() > clientAt + 2_000);
      proxy.startListening();
      assertCaughtUpWithNothingMissed(c, mode);
      assertThat(c.stats().restarts()).isEqualTo(1);
      assertThat(c.stats().lastProblem()).contains("feed restarted");
      assertThat(c.store().resumePoint().stream()).isEqualTo(server.streamId());
      c.store().read(r -> assertThat(r.feedMarkCount()).isEqualTo(1));
    }
  }

  @Test
  void aSlowClientIsClosedByTheServerAndResumesWithoutLoss() throws Exception {
    // A long history, so the client's position is still held when it comes back.
    DemoFeedConfig config = DemoFeedConfig.defaults().withRate(2_000).withHistory(1_000_000);
    try (AppContext c = connect(config, FeedMode.WS)) {
      proxy.throttle(20_000);
      await().atMost(Duration.ofSeconds(60)).until(() -> server.slowClientsClosed() > 0);
      // What the network path still holds drains, then the client sees the connection end.
      proxy.throttle(0);
      await().atMost(Duration.ofSeconds(20)).until(() -> proxy.connections() >= 2);
      assertCaughtUpWithNothingMissed(c, FeedMode.WS);
    }
  }
}
