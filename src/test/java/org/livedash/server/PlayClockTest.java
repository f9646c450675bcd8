package org.livedash.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;

/**
 * A server playing a recording tells the recording's time as its own — in {@code /api/time} and
 * in its heartbeats — so a client on another machine lines its clock up with the readings'
 * recorded times; a live source's server tells this machine's.
 */
class PlayClockTest {
  private static final long RECORDED = 1_700_000_000_000_000L;

  @Test
  void aPlayedRecordingsServerTellsItsPlayClockAndALiveOneItsOwn() throws Exception {
    HandFedSource replay = new HandFedSource() {
      @Override
      public LongSupplier playClock() {
        return () -> RECORDED;
      }
    };
    HttpClient http = HttpClient.newHttpClient();
    try (FeedServer played = new FeedServer(new ServerConfig("127.0.0.1", 0, 1_000, 200),
        replay, ServerAccess.open()).start();
        FeedServer live = new FeedServer(new ServerConfig("127.0.0.1", 0, 1_000, 200),
            new HandFedSource(), ServerAccess.open()).start()) {
      assertThat(time(http, played)).isEqualTo("{\"t\":" + RECORDED + "}");
      long now = System.currentTimeMillis() * 1000;
      long told = Long.parseLong(time(http, live).replaceAll("\\D", ""));
      assertThat(told).isBetween(now - 60_000_000, now + 60_000_000);
      WholeTextMessages received = new WholeTextMessages();
      List<String> frames = received.messages();
      http.newWebSocketBuilder().buildAsync(URI.create(played.url()), received)
          .get(5, TimeUnit.SECONDS);
      await().atMost(Duration.ofSeconds(5)).until(() -> frames.stream()
          .anyMatch(f -> f.contains("\"type\":\"heartbeat\"")
              && f.contains(Long.toString(RECORDED))));
    }
  }

  private static String time(HttpClient http, FeedServer server) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
        + "/api/time")).build(), HttpResponse.BodyHandlers.ofString()).body();
  }
}
