package org.livedash.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.livedash.model.EpochMicros;

/**
 * A source that recovers between two of the server's status checks: its first readings reach a
 * client after the client was told the trouble ended, never while it still reads "degraded".
 */
class StatusBeforeReadingsTest {

  @Test
  void theFirstReadingsAfterATroubleComeAfterTheOkThatEndsIt() throws Exception {
    HandFedSource source = new HandFedSource();
    source.problem("broker mqtt://plant:1883 unreachable (test)");
    WholeTextMessages received = new WholeTextMessages();
    List<String> frames = received.messages();
    HttpClient http = HttpClient.newHttpClient();
    try (FeedServer server = new FeedServer(new ServerConfig("127.0.0.1", 0, 1_000, 1_000),
        source, ServerAccess.open()).start()) {
      WebSocket ws = http.newWebSocketBuilder().buildAsync(URI.create(server.url()
          + "?status=1"), received).get(5, TimeUnit.SECONDS);
      await().atMost(Duration.ofSeconds(5)).until(() -> frames.stream()
          .anyMatch(f -> f.contains("\"type\":\"status\"") && f.contains("degraded")));
      // Recovered and publishing at once, well inside the 250 ms between status checks.
      source.problem(null);
      source.publish(org.livedash.server.Reading.of("t1", EpochMicros.now(
          java.time.Clock.systemUTC()), 21.5));
      await().atMost(Duration.ofSeconds(5)).until(() -> frames.stream()
          .anyMatch(f -> f.contains("\"type\":\"batch\"")));
      int ok = indexOf(frames, "\"state\":\"ok\"");
      int batch = indexOf(frames, "\"type\":\"batch\"");
      assertThat(ok).as("the ok in %s", frames).isNotNegative().isLessThan(batch);
      ws.abort();
    }
  }

  private static int indexOf(List<String> frames, String part) {
    for (int i = 0; i < frames.size(); i++) {
      if (frames.get(i).contains(part)) {
        return i;
      }
    }
    return -1;
  }
}
