package org.livedash.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.livedash.feed.profile.Profile;
import org.livedash.feed.profile.ProfilePresets;
import org.livedash.server.FeedServer;
import org.livedash.server.ServerAccess;
import org.livedash.server.ServerConfig;
import org.livedash.relay.ProfileSource;
import org.livedash.client.AppContext;

/**
 * A relay of a public JSON feed, read with a client profile: one upstream connection, however
 * many dashboards; each of them gets the venue's values exactly, numbered by the relay.
 */
class ProfileRelayTest {

  @Test
  void oneUpstreamConnectionServesEveryDashboardTheVenuesValues() throws Exception {
    List<String> script = List.of(
        "{\"stream\":\"btcusdt@trade\",\"data\":{\"e\":\"trade\",\"s\":\"BTCUSDT\","
            + "\"t\":1,\"p\":\"16541.17\",\"T\":1672515782136}}",
        "{\"stream\":\"ethusdt@trade\",\"data\":{\"e\":\"trade\",\"s\":\"ETHUSDT\","
            + "\"t\":7,\"p\":\"1201.5\",\"T\":1672515782200}}");
    try (VenueServer venue = new VenueServer(script, 0)) {
      Profile binance = ProfilePresets.named("Binance trades");
      Profile local = binance.withUrl(binance.url().replaceFirst("^wss?://[^/?]+",
          venue.origin()));
      try (FeedServer relay = new FeedServer(ServerConfig.defaults(),
              new ProfileSource(local, name -> null), ServerAccess.open()).start();
          AppContext first = AppContext.start(MqttRelayTest.options(relay.url()));
          AppContext second = AppContext.start(MqttRelayTest.options(relay.url()))) {
        for (AppContext c : List.of(first, second)) {
          await().atMost(Duration.ofSeconds(10))
              .until(() -> MqttRelayTest.values(c, "ETHUSDT").size() == 1);
          assertThat(MqttRelayTest.values(c, "BTCUSDT")).containsExactly(16541.17);
          assertThat(MqttRelayTest.values(c, "ETHUSDT")).containsExactly(1201.5);
          c.store().read(r -> assertThat(r.ring(r.indexOf("BTCUSDT")).lastTime())
              .isEqualTo(1_672_515_782_136_000L));
        }
        assertThat(venue.requests).containsExactly("/stream?streams=btcusdt@trade/ethusdt@trade");
        assertThat(relay.sourceDescription().english()).contains("Binance trades");
        assertThat(MqttRelayTest.health(relay)).contains("\"status\":\"ok\"");
      }
    }
  }

  @Test
  void aVenueThatDropsTheRelaysConnectionLeavesAHoleEveryDashboardCounts() throws Exception {
    List<String> script = List.of(
        "{\"stream\":\"btcusdt@trade\",\"data\":{\"e\":\"trade\",\"s\":\"BTCUSDT\","
            + "\"t\":1,\"p\":\"16541.17\",\"T\":1672515782136}}");
    // The venue sends its trade and closes: the relay reconnects, and what the venue sent in
    // between (it replays nothing) is a hole.
    try (VenueServer venue = new VenueServer(script, 0, 1001)) {
      Profile binance = ProfilePresets.named("Binance trades");
      Profile local = binance.withUrl(binance.url().replaceFirst("^wss?://[^/?]+",
          venue.origin()));
      try (FeedServer relay = new FeedServer(ServerConfig.defaults(),
              new ProfileSource(local, name -> null), ServerAccess.open()).start();
          AppContext dashboard = AppContext.start(MqttRelayTest.options(relay.url()))) {
        await().atMost(Duration.ofSeconds(15)).until(() ->
            MqttRelayTest.health(relay).matches(".*\"declaredLost\":[1-9].*")
                && dashboard.stats().of(org.livedash.model.FeedMode.WS)
                    .snapshot(System.nanoTime()).gaps() > 0);
      }
    }
  }

  @Test
  void aVenueOutOfReachIsToldToEveryDashboardAsTheSourcesTroubleNotTheLinks() throws Exception {
    List<String> script = List.of(
        "{\"stream\":\"btcusdt@trade\",\"data\":{\"e\":\"trade\",\"s\":\"BTCUSDT\","
            + "\"t\":1,\"p\":\"16541.17\",\"T\":1672515782136}}");
    VenueServer venue = new VenueServer(script, 0);
    Profile binance = ProfilePresets.named("Binance trades");
    Profile local = binance.withUrl(binance.url().replaceFirst("^wss?://[^/?]+",
        venue.origin()));
    try (FeedServer relay = new FeedServer(ServerConfig.defaults(),
            new ProfileSource(local, name -> null), ServerAccess.open()).start();
        AppContext dashboard = AppContext.start(MqttRelayTest.options(relay.url()))) {
      await().atMost(Duration.ofSeconds(10))
          .until(() -> MqttRelayTest.values(dashboard, "BTCUSDT").size() == 1);
      // The relay's supervisor marks the venue's connection live on its own thread, a moment
      // after the first trade may have gone out; the next status check clears the trouble.
      await().atMost(Duration.ofSeconds(5))
          .until(() -> dashboard.stats().serverTrouble() == null);
      String venueAddress = venue.origin().replaceFirst("^\\w+://", "");
      venue.close();
      await().atMost(Duration.ofSeconds(15)).until(() -> {
        var trouble = dashboard.stats().serverTrouble();
        return trouble != null && trouble.code().equals("source")
            && trouble.message().contains(venueAddress);
      });
      // The dashboard's own link to the relay is live: the trouble is the venue's.
      assertThat(dashboard.supervisor().status().state())
          .isEqualTo(org.livedash.model.ConnectionState.LIVE);
      // However many times the relay tries the venue again (0.5 s, 1 s, 2 s, …), the time away
      // is one hole.
      await().atMost(Duration.ofSeconds(10))
          .until(() -> MqttRelayTest.health(relay).contains("\"declaredLost\":1"));
      await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(6))
          .until(() -> MqttRelayTest.health(relay).contains("\"declaredLost\":1"));
    }
  }
}
