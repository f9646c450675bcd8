package org.livedash.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.livedash.feed.FeedEndpoints;
import org.livedash.feed.profile.Profile;
import org.livedash.model.ConnectionState;
import org.livedash.model.FeedMode;
import org.livedash.model.SeriesKind;
import org.livedash.model.StatsSnapshot;
import org.livedash.client.FeedAccess;
import org.livedash.client.LaunchOptions;
import org.livedash.client.AppContext;

/**
 * A feed that does not speak the LiveDash protocol — trades in Binance's documented shape, a
 * subscription to send first — shown through a profile, end to end over a real WebSocket.
 */
class MappedFeedTest {
  private static final String PROFILE = """
      {"name": "Binance trades", "url": "%s", "kind": "stock",
       "subscribe": [
         "{\\"method\\":\\"SUBSCRIBE\\",\\"params\\":[\\"btcusdt@trade\\"],\\"id\\":1}"],
       "mapping": {"rules": [
         {"when": {"/e": "trade"}, "series": "{/s}", "values": {"price": "/p"},
          "time": {"field": "/T", "unit": "ms"}, "seq": {"field": "/t", "scope": "series"}}]}}
      """;

  private static String trade(long id, String price, long time) {
    return "{\"e\":\"trade\",\"E\":" + time + ",\"s\":\"BTCUSDT\",\"t\":" + id + ",\"p\":\""
        + price + "\",\"q\":\"0.001\",\"T\":" + time + ",\"m\":true,\"M\":true}";
  }

  @Test
  void aProfileMapsAForeignFeedIntoTilesWithExactValuesTimesAndHoles(@TempDir Path dir)
      throws Exception {
    List<String> frames = List.of(
        "{\"result\":null,\"id\":1}",
        trade(100, "67012.34000000", 1_700_000_000_100L),
        trade(101, "67012.35000000", 1_700_000_000_200L),
        "not json at all",
        trade(101, "67012.35000000", 1_700_000_000_200L),
        trade(104, "67013.00000000", 1_700_000_000_300L),
        trade(105, "abc", 1_700_000_000_400L));
    try (ScriptedFeedServer server = new ScriptedFeedServer("{}", frames, "{}")) {
      Path file = dir.resolve("binance.json");
      Files.writeString(file, PROFILE.formatted(server.url()));
      Profile profile = Profile.read(file);
      LaunchOptions options = new LaunchOptions(FeedEndpoints.fromUrl(profile.url()),
          FeedMode.WS, Duration.ofSeconds(1), LaunchOptions.Theme.DARK, 10, null, null, true,
          false, FeedAccess.standard(), profile, null);
      try (AppContext c = AppContext.start(options)) {
        await().atMost(Duration.ofSeconds(10)).until(() -> c.store().resumePoint().afterSeq() >= 0
            && stats(c).updates() == 3 && stats(c).rejected() == 2);
        assertThat(c.supervisor().status().state()).isEqualTo(ConnectionState.LIVE);
        c.store().read(r -> {
          assertThat(r.seriesCount()).isEqualTo(1);
          assertThat(r.meta(0).id()).isEqualTo("BTCUSDT");
          assertThat(r.meta(0).kind()).isEqualTo(SeriesKind.STOCK);
          var ring = r.ring(0);
          assertThat(ring.size()).isEqualTo(3);
          assertThat(ring.valueAt(0)).isEqualTo(67012.34);
          assertThat(ring.timeAt(0)).isEqualTo(1_700_000_000_100_000L);
          assertThat(ring.valueAt(2)).isEqualTo(67013.0);
          assertThat(ring.breakBefore(2)).as("trades 102 and 103 never came").isTrue();
        });
        StatsSnapshot s = stats(c);
        assertThat(s.duplicates()).isEqualTo(1);
        assertThat(s.gaps()).isEqualTo(2);
        assertThat(c.stats().lastProblem()).contains("'abc' is not a number");
        // The subscription reply matched no rule: counted, kept to be looked at.
        assertThat(c.mappingTally().unmatchedMessages()).isEqualTo(1);
        assertThat(c.mappingTally().lastUnmatched()).containsExactly("{\"result\":null,\"id\":1}");
      }
    }
  }

  private static StatsSnapshot stats(AppContext c) {
    return c.stats().of(FeedMode.WS).snapshot(System.nanoTime());
  }
}
