package org.livedash.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.livedash.feed.FeedCodec;
import org.livedash.feed.FeedEndpoints;
import org.livedash.model.FeedMode;
import org.livedash.model.WireCount;
import org.livedash.server.DemoFeedConfig;
import org.livedash.server.FeedServer;
import org.livedash.transport.polling.PollingTransport;
import org.livedash.transport.websocket.WebSocketClients;
import org.livedash.transport.websocket.WebSocketTransport;

/**
 * The bytes the server counts on each connection (Jetty's traffic listener) against the
 * client's own estimate of the same spans, in every mode: the estimate must stay within 2 %.
 */
class CountedTrafficTest {
  private FeedServer server;
  private FeedEndpoints endpoints;
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
  private final ExecutorService connector = Executors.newSingleThreadExecutor();
  private final WebSocketClients wsClient = new WebSocketClients(5_000, TlsTrust.standard());
  private final HttpClient http = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1).build();

  @BeforeEach
  void start() throws Exception {
    server = new FeedServer(DemoFeedConfig.defaults().withRate(20)).start();
    endpoints = FeedEndpoints.fromUrl(server.url());
  }

  @AfterEach
  void stop() throws Exception {
    wsClient.shutdown();
    timer.shutdownNow();
    connector.shutdownNow();
    server.close();
  }

  /** Sums what the server counted, and the client's estimate of the same spans. */
  static final class Counts extends TransportsAgainstDemoServerTest.Recorder {
    private WireCount counted = WireCount.NONE;
    private int reports;

    @Override
    public synchronized void onCounted(WireCount span) {
      counted = counted.plus(span);
      reports++;
    }

    synchronized WireCount counted() {
      return counted;
    }

    synchronized int reports() {
      return reports;
    }
  }

  @Test
  void aLaterTransportOnTheSameKeepAliveConnectionCountsOnlyWhatItCarried() {
    for (boolean longPoll : new boolean[] {false, true}) {
      Counts c = new Counts();
      // Both share one HTTP client, and so its pooled connection: the second must not be
      // charged with the first one's polls.
      PollingTransport t = new PollingTransport(http, endpoints, new FeedCodec(), timer,
          Clock.systemUTC(), Duration.ofMillis(50), Duration.ofSeconds(5), longPoll,
          Credentials.NONE);
      t.start(c::resumePoint, c);
      await().atMost(Duration.ofSeconds(20)).until(() -> c.reports() >= 4
          && c.counted().updates() > 50);
      t.close();
      assertThat(Math.abs(c.counted().estimateError())).as("long-poll %s", longPoll)
          .isLessThan(0.02);
    }
  }

  @ParameterizedTest
  @CsvSource({"WS, false", "POLL, false", "LONGPOLL, false", "POLL, true", "LONGPOLL, true"})
  void theEstimateIsWithinTwoPercentOfWhatTheServerCounted(FeedMode mode, boolean browser) {
    Counts c = new Counts();
    FeedTransport t = mode == FeedMode.WS
        ? new WebSocketTransport(wsClient, endpoints, new FeedCodec(), connector, timer,
            Clock.systemUTC(), Duration.ofSeconds(5), Credentials.NONE)
        : new PollingTransport(http, endpoints, new FeedCodec(), timer, Clock.systemUTC(),
            Duration.ofMillis(50), Duration.ofSeconds(5), mode == FeedMode.LONGPOLL,
            Credentials.NONE).withBrowserHeaders(() -> browser);
    t.start(c::resumePoint, c);
    // Heartbeats report once a second; polls on every answer.
    await().atMost(Duration.ofSeconds(20)).until(() -> c.reports() >= 4
        && c.counted().updates() > 200);
    t.close();
    WireCount w = c.counted();
    assertThat(c.failure).isNull();
    assertThat(w.countedIn()).isPositive();
    assertThat(w.countedOut()).isPositive();
    // Within 2 % each way, and the whole estimate too.
    assertThat((double) w.estimatedIn()).isCloseTo(w.countedIn(),
        org.assertj.core.data.Percentage.withPercentage(2));
    assertThat((double) w.estimatedOut()).isCloseTo(w.countedOut(),
        org.assertj.core.data.Percentage.withPercentage(2));
    assertThat(Math.abs(w.estimateError())).isLessThan(0.02);
  }
}
