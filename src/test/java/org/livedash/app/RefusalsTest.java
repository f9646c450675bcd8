package org.livedash.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import org.livedash.i18n.Texts;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.livedash.feed.CatalogueCodec;
import org.livedash.feed.FeedEndpoints;
import org.livedash.model.ConnectionState;
import org.livedash.model.ConnectionStatus;
import org.livedash.model.FeedMode;
import org.livedash.model.SeriesKind;
import org.livedash.model.SeriesMeta;
import org.livedash.client.FeedAccess;
import org.livedash.client.LaunchOptions;
import org.livedash.client.AppContext;

/**
 * What a server's refusals mean to the user: every close code and HTTP status gives a status
 * line in words and the right reaction, retrying with backoff, or stopping and saying why when
 * the server refuses this client's credentials (retrying would knock on a locked door).
 */
class RefusalsTest {
  private static final String CATALOGUE = new CatalogueCodec().encode(
      List.of(SeriesMeta.of("a", "A", "u", SeriesKind.SENSOR, 0, 10)));

  private static AppContext start(ScriptedFeedServer server, FeedMode mode) throws Exception {
    return AppContext.start(new LaunchOptions(FeedEndpoints.fromUrl(server.url()), mode,
        Duration.ofMillis(100), LaunchOptions.Theme.DARK, 10, null, null, true, false,
        FeedAccess.standard(), null, null));
  }

  @ParameterizedTest
  @CsvSource({
      "1001, going away",
      "1008, policy violation",
      "1011, server error",
      "1013, try again later"})
  void aCloseCodeIsRetriedWithBackoffAndSaidInWords(int code, String words) throws Exception {
    List<String> hello = List.of("{\"type\":\"hello\",\"stream\":\"s\",\"last\":0}");
    try (ScriptedFeedServer server = new ScriptedFeedServer(CATALOGUE, hello, code, 200, "{}");
        AppContext c = start(server, FeedMode.WS)) {
      await().atMost(Duration.ofSeconds(10)).until(() -> {
        ConnectionStatus s = c.supervisor().status();
        return s.state() == ConnectionState.RECONNECTING && Texts.of(s.detail()).contains(words)
            && Texts.of(s.detail()).contains(Integer.toString(code));
      });
      await().atMost(Duration.ofSeconds(10)).until(() -> c.supervisor().status().attempt() >= 2);
    }
  }

  @ParameterizedTest
  @CsvSource({
      "401, false, needs credentials",
      "403, false, access refused",
      "404, true, no feed at this address",
      "500, true, server error",
      "503, true, busy"})
  void anHttpStatusOnPollingIsSaidInWordsAndRetriedUnlessAccessIsRefused(int status,
      boolean retried, String words) throws Exception {
    try (ScriptedFeedServer server = new ScriptedFeedServer(CATALOGUE, List.of(), 0, status,
        "{\"type\":\"error\",\"code\":\"x\",\"message\":\"no\"}");
        AppContext c = start(server, FeedMode.POLL)) {
      ConnectionState expected = retried ? ConnectionState.RECONNECTING : ConnectionState.DOWN;
      await().atMost(Duration.ofSeconds(10)).until(() -> {
        ConnectionStatus s = c.supervisor().status();
        return s.state() == expected && Texts.of(s.detail()).contains(words)
            && Texts.of(s.detail()).contains(Integer.toString(status));
      });
      assertThat(c.supervisor().isRunning()).isEqualTo(retried);
      assertThat(c.supervisor().status().refusal()).as("shown as refused, not as stopped")
          .isEqualTo(!retried);
    }
  }

  @Test
  void aFeedWithASlowHeartbeatIsNotDroppedBetweenTwoHeartbeats() throws Exception {
    // A 4 s heartbeat: the link may stay silent for 12 s before it is presumed dead.
    List<String> hello = List.of("{\"type\":\"hello\",\"stream\":\"s\",\"last\":0,"
        + "\"heartbeatMs\":4000}");
    try (ScriptedFeedServer server = new ScriptedFeedServer(CATALOGUE, hello, 0, 200, "{}");
        AppContext c = start(server, FeedMode.WS)) {
      await().atMost(Duration.ofSeconds(10))
          .until(() -> c.supervisor().status().state() == ConnectionState.LIVE);
      await().during(Duration.ofSeconds(7)).atMost(Duration.ofSeconds(9))
          .until(() -> c.supervisor().status().state() == ConnectionState.LIVE);
    }
  }
}
