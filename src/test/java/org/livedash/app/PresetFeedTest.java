package org.livedash.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import org.livedash.model.Reason;
import org.livedash.i18n.Texts;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.livedash.feed.FeedEndpoints;
import org.livedash.feed.profile.Profile;
import org.livedash.feed.profile.ProfilePresets;
import org.livedash.feed.profile.ResolvedProfile;
import org.livedash.model.FeedMode;
import org.livedash.model.SeriesRing;
import org.livedash.transport.Credentials;
import org.livedash.transport.TlsTrust;
import org.livedash.client.FeedAccess;
import org.livedash.client.LaunchOptions;
import org.livedash.client.AppContext;

/**
 * Each venue preset against a local server that speaks the venue's documented shapes
 * (src/test/resources/presets/): the client sends exactly the login and subscriptions the venue
 * expects, with its secrets escaped for where they go, and the messages become exactly the
 * expected updates — ids, values to the last digit, times to the microsecond, holes — while
 * acknowledgements and heartbeats are recognised, not counted as unmatched.
 */
class PresetFeedTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, String> SECRETS = Map.of(
      "token", "t0k&n=", "key", "AK\"1", "secret", "s\\ecret");

  record Expected(String series, String time, String value, boolean hole) {}

  @ParameterizedTest
  @ValueSource(strings = {"binance-trades", "binance-mini-ticker", "coinbase-ticker",
      "kraken-ticker", "finnhub-trades", "alpaca-stocks"})
  void aPresetsSampleMessagesBecomeExactlyTheExpectedUpdates(String preset) throws Exception {
    Profile profile = preset(preset);
    List<String> script = resource(preset + ".jsonl").lines().toList();
    List<Expected> expected = expected(preset);
    ResolvedProfile resolved = ResolvedProfile.of(profile, SECRETS::get);
    try (VenueServer venue = new VenueServer(script, resolved.openMessages().size())) {
      Profile local = profile.withUrl(profile.url().replaceFirst("^wss?://[^/?]+",
          venue.origin()));
      long before = System.currentTimeMillis() * 1000;
      try (AppContext c = start(local)) {
        await().atMost(Duration.ofSeconds(10)).until(() -> updates(c) >= expected.size());
        long after = System.currentTimeMillis() * 1000;
        assertThat(venue.received).as("what the client sent")
            .containsExactlyElementsOf(resolved.openMessages());
        java.net.URI asked = java.net.URI.create(ResolvedProfile.of(local, SECRETS::get).url());
        assertThat(venue.requests).as("the address is opened exactly as written")
            .containsExactly((asked.getRawPath().isEmpty() ? "/" : asked.getRawPath())
                + (asked.getRawQuery() == null ? "" : "?" + asked.getRawQuery()));
        Map<String, Integer> next = new HashMap<>();
        c.store().read(r -> {
          for (Expected e : expected) {
            int index = r.indexOf(e.series());
            assertThat(index).as("series " + e.series()).isGreaterThanOrEqualTo(0);
            SeriesRing ring = r.ring(index);
            int i = next.merge(e.series(), 1, Integer::sum) - 1;
            assertThat(ring.valueAt(i)).as(e.series() + " #" + i)
                .isEqualTo(Double.parseDouble(e.value()));
            if (e.time().equals("received")) {
              assertThat(ring.timeAt(i)).isBetween(before, after);
            } else {
              assertThat(ring.timeAt(i)).as(e.series() + " time").isEqualTo(
                  Long.parseLong(e.time()));
            }
            assertThat(ring.breakBefore(i)).as(e.series() + " hole before #" + i)
                .isEqualTo(e.hole());
          }
          next.forEach((id, n) -> assertThat(r.ring(r.indexOf(id)).size()).as(id).isEqualTo(n));
        });
        assertThat(c.mappingTally().unmatchedMessages()).as("acknowledgements are known")
            .isZero();
        assertThat(c.mappingTally().rejectedValues()).isZero();
      }
    }
  }

  @Test
  void secretsAreEscapedForWhereTheyGoAndNeverShown() throws Exception {
    Profile finnhub = preset("finnhub-trades");
    try (VenueServer venue = new VenueServer(List.of(), 2)) {
      Profile local = finnhub.withUrl(finnhub.url().replaceFirst("^wss?://[^/?]+",
          venue.origin()));
      try (AppContext c = start(local)) {
        await().atMost(Duration.ofSeconds(10)).until(() -> venue.received.size() == 2);
        assertThat(venue.requests).containsExactly("/?token=t0k%26n%3D");
        assertThat(venue.received).containsExactly(
            "{\"type\":\"subscribe\",\"symbol\":\"AAPL\"}",
            "{\"type\":\"subscribe\",\"symbol\":\"BINANCE:BTCUSDT\"}");
        assertThat(c.endpoints().websocket().toString()).isEqualTo(venue.origin()
            + "/?token=***");
        assertThat(Texts.of(c.supervisor().status().detail())).doesNotContain("t0k");
      }
    }
    // Where nothing listens: the failures are logged, with the address masked.
    java.util.List<String> logged = new java.util.concurrent.CopyOnWriteArrayList<>();
    java.util.logging.Handler capture = new java.util.logging.Handler() {
      @Override
      public void publish(java.util.logging.LogRecord r) {
        logged.add(String.valueOf(r.getMessage()));
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
    root.addHandler(capture);
    int closedPort;
    try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    try (AppContext c = start(finnhub.withUrl("ws://127.0.0.1:" + closedPort
        + "?token={secret:token}"))) {
      await().atMost(Duration.ofSeconds(10)).until(() -> logged.stream()
          .anyMatch(l -> l.contains("127.0.0.1:" + closedPort)));
      assertThat(logged).noneMatch(l -> l.contains("t0k")).anyMatch(l -> l.contains("***"));
    } finally {
      root.removeHandler(capture);
    }
    Profile alpaca = preset("alpaca-stocks");
    JsonNode login = JSON.readTree(ResolvedProfile.of(alpaca, SECRETS::get).openMessages().get(0));
    assertThat(login.get("key").asText()).isEqualTo("AK\"1");
    assertThat(login.get("secret").asText()).isEqualTo("s\\ecret");
  }

  @Test
  void aVenuesErrorReportIsShownInItsOwnWords() throws Exception {
    Profile alpaca = preset("alpaca-stocks");
    List<String> script = List.of("[{\"T\":\"success\",\"msg\":\"connected\"}]",
        "[{\"T\":\"error\",\"code\":402,\"msg\":\"auth failed\"}]");
    try (VenueServer venue = new VenueServer(script, 1)) {
      try (AppContext c = start(alpaca.withUrl(venue.origin() + "/v2/iex"))) {
        await().atMost(Duration.ofSeconds(10))
            .until(() -> c.stats().lastProblem().contains("the feed says: auth failed"));
        assertThat(c.mappingTally().feedErrors()).isEqualTo(1);
        assertThat(c.mappingTally().controlMessages()).isEqualTo(1);
      }
    }
  }

  @Test
  void aVenueThatCutsTheConnectionIsRejoinedAndWhatItSendsAgainIsNotDrawnTwice()
      throws Exception {
    Profile coinbase = preset("coinbase-ticker");
    List<String> script = resource("coinbase-ticker.jsonl").lines().toList();
    // Like Binance at 24 h: the venue says it is going away after its messages.
    try (VenueServer venue = new VenueServer(script, 1, 1001)) {
      try (AppContext c = start(coinbase.withUrl(venue.origin()))) {
        await().atMost(Duration.ofSeconds(15)).until(() -> venue.received.size() >= 3
            && stats(c).duplicates() >= 6);
        assertThat(venue.received).as("subscribed again on each connection")
            .allMatch(m -> m.startsWith("{\"type\":\"subscribe\""));
        c.store().read(r -> {
          assertThat(r.ring(r.indexOf("ETH-USD:price")).size())
              .as("the same two tickers, once each, however often they are sent").isEqualTo(2);
          assertThat(r.ring(r.indexOf("ETH-USD:bid")).size()).isEqualTo(2);
        });
        assertThat(stats(c).gaps()).isZero();
        assertThat(c.supervisor().status().detail() + c.stats().lastProblem())
            .doesNotContain("Exception");
      }
    }
  }

  private static org.livedash.model.StatsSnapshot stats(AppContext c) {
    return c.stats().of(FeedMode.WS).snapshot(System.nanoTime());
  }

  @Test
  void krakenIsPingedEveryPeriodAndItsPongsAreKnown() throws Exception {
    Profile kraken = preset("kraken-ticker");
    Profile quick = new Profile(kraken.name(), null, null, kraken.url(), kraken.symbols(), null,
        kraken.subscribe(), new Profile.Ping(kraken.ping().message(), 1), 10, kraken.kind(),
        null, null, kraken.mapping());
    List<String> script = List.of("{\"method\":\"pong\",\"req_id\":1,"
        + "\"time_in\":\"2023-09-24T14:10:23.799685Z\","
        + "\"time_out\":\"2023-09-24T14:10:23.799703Z\"}");
    try (VenueServer venue = new VenueServer(script, 1)) {
      try (AppContext c = start(quick.withUrl(venue.origin() + "/v2"))) {
        await().atMost(Duration.ofSeconds(10)).until(() -> venue.received.size() >= 3);
        assertThat(venue.received.subList(1, 3)).containsOnly("{\"method\":\"ping\",\"req_id\":1}");
        assertThat(c.mappingTally().controlMessages()).isGreaterThanOrEqualTo(1);
        assertThat(c.mappingTally().unmatchedMessages()).isZero();
      }
    }
  }

  private static AppContext start(Profile profile) throws Exception {
    FeedAccess access = new FeedAccess(Credentials.NONE, TlsTrust.standard(), SECRETS::get);
    ResolvedProfile r = ResolvedProfile.of(profile, SECRETS::get);
    return AppContext.start(new LaunchOptions(FeedEndpoints.exactly(r.shownUrl()), FeedMode.WS,
        Duration.ofSeconds(1), LaunchOptions.Theme.DARK, 10, null, null, true, false, access,
        profile, null));
  }

  private static long updates(AppContext c) {
    return c.stats().of(FeedMode.WS).snapshot(System.nanoTime()).updates();
  }

  private static Profile preset(String file) {
    String name = Profile.parse(resourceOf("/org/livedash/feed/profile/presets/" + file
        + ".json"), Reason.of("verbatim", file)).name();
    return ProfilePresets.named(name);
  }

  private static List<Expected> expected(String preset) {
    List<Expected> out = new ArrayList<>();
    for (String line : resource(preset + ".expected.tsv").lines().toList()) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      out.add(new Expected(f[0], f[1], f[2], f[3].equals("yes")));
    }
    return out;
  }

  private static String resource(String name) {
    return resourceOf("/presets/" + name);
  }

  private static String resourceOf(String path) {
    try (InputStream in = PresetFeedTest.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException(path + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
