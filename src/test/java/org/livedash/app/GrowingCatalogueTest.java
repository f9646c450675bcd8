package org.livedash.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.livedash.feed.FeedEndpoints;
import org.livedash.model.FeedMode;
import org.livedash.model.StatsSnapshot;
import org.livedash.server.FeedServer;
import org.livedash.server.HandFedSource;
import org.livedash.server.Reading;
import org.livedash.server.ServerAccess;
import org.livedash.server.ServerConfig;
import org.livedash.client.FeedAccess;
import org.livedash.client.LaunchOptions;
import org.livedash.client.AppContext;

/**
 * A server whose series arrive while it runs (a relay of a broker): every client, pushed or
 * polling, places each update in a described series, whether the series came before it
 * connected or after (protocol 1.2).
 */
class GrowingCatalogueTest {

  @ParameterizedTest
  @EnumSource(FeedMode.class)
  void seriesMetBeforeAndAfterConnectingAreDescribedAndKeepEveryValue(FeedMode mode)
      throws Exception {
    HandFedSource source = new HandFedSource();
    try (FeedServer server = new FeedServer(ServerConfig.defaults(), source, ServerAccess.open())
        .start()) {
      source.publish(Reading.of("line1/temp", 1_000_000, 20.5));
      LaunchOptions options = new LaunchOptions(FeedEndpoints.fromUrl(server.url()), mode,
          Duration.ofMillis(100), LaunchOptions.Theme.DARK, 10, null, null, true, false,
          FeedAccess.standard(), null, null);
      try (AppContext c = AppContext.start(options)) {
        await().until(() -> MqttRelayTest.values(c, "line1/temp").size() == 1);
        source.publish(Reading.of("line2/temp", 2_000_000, 21.25),
            Reading.of("line1/temp", 2_000_001, 20.75));
        await().until(() -> MqttRelayTest.values(c, "line2/temp").size() == 1
            && MqttRelayTest.values(c, "line1/temp").size() == 2);
        assertThat(MqttRelayTest.values(c, "line1/temp")).containsExactly(20.5, 20.75);
        assertThat(MqttRelayTest.values(c, "line2/temp")).containsExactly(21.25);
        c.store().read(r -> {
          assertThat(r.meta(r.indexOf("line2/temp")).name()).isEqualTo("name of line2/temp");
          assertThat(r.meta(r.indexOf("line2/temp")).unit()).isEqualTo("°C");
        });
        StatsSnapshot s = c.stats().of(mode).snapshot(System.nanoTime());
        assertThat(s.rejected()).isZero();
        assertThat(s.gaps()).isZero();
      }
    }
  }
}
