package org.livedash.transport.polling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import org.livedash.model.Reason;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.livedash.feed.DecodedFrame;
import org.livedash.feed.FeedCodec;
import org.livedash.feed.FeedEndpoints;
import org.livedash.transport.Credentials;
import org.livedash.transport.FeedListener;
import org.livedash.transport.FollowedPosition;

/**
 * A long-poll that comes back at once with nothing new — a relay lagging behind the position
 * it names, a server that ignores {@code wait} — is asked again after a growing pause, never in
 * a loop as fast as the network goes; one that brings data is asked again at once.
 */
class LongPollPacingTest {
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
  private HttpServer server;

  @AfterEach
  void stop() {
    timer.shutdownNow();
    if (server != null) {
      server.stop(0);
    }
  }

  @Test
  void anAnswerThatBringsNothingAtOnceIsAskedAgainAfterAGrowingPause() throws Exception {
    AtomicInteger polls = new AtomicInteger();
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    // Always where it stood: never newer, never held.
    byte[] answer = "{\"type\":\"batch\",\"stream\":\"s\",\"last\":5,\"more\":false,\"updates\":[]}"
        .getBytes(StandardCharsets.UTF_8);
    server.createContext("/api/updates", exchange -> {
      polls.incrementAndGet();
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, answer.length);
      exchange.getResponseBody().write(answer);
      exchange.close();
    });
    server.start();
    FollowedPosition position = new FollowedPosition();
    FeedListener listener = new FeedListener() {
      @Override
      public void onFrame(DecodedFrame frame, long receivedMicros) {
        position.follow(frame);
      }

      @Override
      public void onFailure(Reason reason, Throwable cause) {}
    };
    PollingTransport longPoll = new PollingTransport(HttpClient.newHttpClient(),
        FeedEndpoints.fromUrl("http://127.0.0.1:" + server.getAddress().getPort()),
        new FeedCodec(), timer, Clock.systemUTC(), Duration.ofSeconds(1), Duration.ofSeconds(5),
        true, Credentials.NONE);
    longPoll.start(position, listener);
    await().until(() -> polls.get() >= 3);
    int before = polls.get();
    // 100, 200, 400, 800 ms, then every 2 s: a handful in 3 s, not thousands.
    await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(4))
        .until(() -> polls.get() - before <= 6);
    longPoll.close();
    assertThat(polls.get() - before).as("still asking").isPositive();
  }
}
