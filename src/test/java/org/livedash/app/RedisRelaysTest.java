package org.livedash.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import org.livedash.i18n.Texts;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.livedash.feed.FeedEndpoints;
import org.livedash.model.ConnectionState;
import org.livedash.model.FeedMode;
import org.livedash.model.StatsSnapshot;
import org.livedash.server.DemoFeedConfig;
import org.livedash.server.FeedServer;
import org.livedash.server.FeedSource;
import org.livedash.server.RedisFeedConfig;
import org.livedash.server.RedisServer;
import org.livedash.server.ServerAccess;
import org.livedash.server.ServerConfig;
import org.livedash.client.FeedAccess;
import org.livedash.client.LaunchOptions;
import org.livedash.client.AppContext;

/**
 * Two relays of one feed on a real Redis: they serve one stream; the desktop app, given both,
 * fails over from the one it is on to the other when it dies, with no number missed or repeated,
 * while the other takes over publishing the source.
 */
class RedisRelaysTest {
  private static final DemoFeedConfig DEMO = DemoFeedConfig.defaults().withRate(20);

  private static FeedServer relay(RedisServer redis, FeedSource source) throws Exception {
    return new FeedServer(ServerConfig.defaults(), source, ServerAccess.open(),
        new RedisFeedConfig(URI.create(redis.url()), "plant", null, 900)).start();
  }

  private static StatsSnapshot ws(AppContext c) {
    return c.stats().of(FeedMode.WS).snapshot(System.nanoTime());
  }

  @Test
  void theAppFailsOverToTheOtherRelayMissingAndRepeatingNothing(@TempDir Path dir)
      throws Exception {
    try (RedisServer redis = RedisServer.start(dir)) {
      FeedServer a = relay(redis, FeedServer.demoSource(DEMO));
      await().until(() -> a.lastSeq() > 20
          && a.sourceDescription().english().contains("publishing"));
      try (FeedServer b = relay(redis, FeedServer.demoSource(DEMO))) {
        assertThat(b.streamId()).isEqualTo(a.streamId());
        assertThat(b.sourceDescription().english()).contains("standing by");
        String urls = a.url() + "," + b.url();
        LaunchOptions options = new LaunchOptions(FeedEndpoints.fromUrls(urls), FeedMode.WS,
            Duration.ofMillis(100), LaunchOptions.Theme.DARK, 10, null, null, true, false,
            FeedAccess.standard(), null, null);
        try (AppContext c = AppContext.start(options)) {
          await().until(() -> c.supervisor().status().state() == ConnectionState.LIVE
              && ws(c).updates() > 100);
          assertThat(c.supervisor().relay().websocket().getPort()).isEqualTo(a.port());
          String stream = a.streamId();
          a.close();
          await().atMost(Duration.ofSeconds(10)).until(() -> b.sourceDescription().english()
              .contains("publishing"));
          long before = ws(c).updates();
          await().atMost(Duration.ofSeconds(10)).until(() ->
              c.supervisor().status().state() == ConnectionState.LIVE
                  && ws(c).updates() > before + 200);
          assertThat(c.supervisor().relay().websocket().getPort()).isEqualTo(b.port());
          assertThat(Texts.of(c.supervisor().status().detail())).contains(":" + b.port());
          assertThat(b.streamId()).isEqualTo(stream);
          assertThat(ws(c).gaps()).as("missed").isZero();
          assertThat(ws(c).duplicates()).as("repeated").isZero();
          assertThat(c.stats().restarts()).isZero();
          assertThat(c.store().resumePoint().afterSeq()).isGreaterThan(b.lastSeq() - 100);
        }
      }
    }
  }

  @Test
  void aRelayStartedWhileRedisIsAwayJoinsTheFeedWhenItComes(@TempDir Path dir)
      throws Exception {
    try (RedisServer redis = RedisServer.start(dir)) {
      redis.stop();
      try (FeedServer relay = relay(redis, FeedServer.demoSource(DEMO))) {
        assertThat(MqttRelayTest.health(relay)).contains("degraded").contains("unreachable");
        redis.resume();
        await().atMost(Duration.ofSeconds(10)).until(() ->
            MqttRelayTest.health(relay).contains("\"ok\"") && relay.lastSeq() > 20);
        assertThat(relay.sourceDescription().english()).contains("publishing");
      }
    }
  }

  @Test
  void aLiveDashProfileNamesRelaysToFailOverBetween() throws Exception {
    try (FeedServer one = new FeedServer(DEMO).start();
        AppContext c = AppContext.start(LaunchOptions.defaults())) {
      c.connect(org.livedash.feed.profile.Profile.liveDash("two relays",
          "ws://127.0.0.1:1/feed," + one.url()), name -> null, FeedMode.WS,
          Duration.ofSeconds(1), false);
      await().atMost(Duration.ofSeconds(10))
          .until(() -> c.supervisor().status().state() == ConnectionState.LIVE);
      assertThat(c.supervisor().endpoints().relays()).hasSize(2);
      assertThat(c.supervisor().relay().websocket().getPort()).isEqualTo(one.port());
    }
  }

  @Test
  void anOwnerCutOffFromRedisIsReplacedAndCannotAppendWhenItComesBack(@TempDir Path dir)
      throws Exception {
    try (RedisServer redis = RedisServer.start(dir); TcpProxy path = new TcpProxy(redis.port())) {
      FeedServer a = new FeedServer(ServerConfig.defaults(), FeedServer.demoSource(DEMO),
          ServerAccess.open(), new RedisFeedConfig(URI.create("redis://127.0.0.1:"
              + path.port()), "plant", null, 900)).start();
      try (FeedServer b = relay(redis, FeedServer.demoSource(DEMO))) {
        await().until(() -> a.sourceDescription().english().contains("publishing")
            && a.lastSeq() > 20);
        LaunchOptions options = new LaunchOptions(FeedEndpoints.fromUrls(a.url()), FeedMode.WS,
            Duration.ofMillis(100), LaunchOptions.Theme.DARK, 10, null, null, true, false,
            FeedAccess.standard(), null, null);
        try (AppContext c = AppContext.start(options)) {
          await().until(() -> ws(c).updates() > 50);
          path.stall();
          // A partition: the owner does not know it is cut off; its lease runs out.
          await().atMost(Duration.ofSeconds(5)).until(() -> b.sourceDescription().english()
              .contains("publishing"));
          long taken = b.lastSeq();
          await().until(() -> b.lastSeq() > taken + 100);
          path.unstall();
          await().atMost(Duration.ofSeconds(10)).until(() -> a.sourceDescription().english()
              .contains("standing by") && c.store().resumePoint().afterSeq() >= b.lastSeq() - 24);
          long before = b.lastSeq();
          await().until(() -> c.store().resumePoint().afterSeq() > before + 50);
          assertThat(a.streamId()).isEqualTo(b.streamId());
          assertThat(ws(c).gaps()).as("missed").isZero();
          assertThat(ws(c).duplicates()).as("repeated").isZero();
          assertThat(c.stats().restarts()).isZero();
        }
      } finally {
        a.close();
      }
    }
  }

  @Test
  void aRelayWithoutASourceServesTheHistoryAndRedisAwayIsSaidInItsHealth(@TempDir Path dir)
      throws Exception {
    try (RedisServer redis = RedisServer.start(dir)) {
      FeedServer first = relay(redis, FeedServer.demoSource(DEMO));
      await().until(() -> first.lastSeq() > 50);
      try (FeedServer reader = relay(redis, FeedSource.none())) {
        assertThat(reader.streamId()).isEqualTo(first.streamId());
        await().until(() -> reader.lastSeq() >= first.lastSeq() - 24 && reader.lastSeq() > 50);
        assertThat(MqttRelayTest.health(reader)).contains("\"status\":\"ok\"")
            .contains("\"series\":12");
        first.close();
        await().atMost(Duration.ofSeconds(5)).until(() -> MqttRelayTest.health(reader)
            .contains("no relay is publishing feed plant"));
        FeedServer owner = relay(redis, FeedServer.demoSource(DEMO));
        await().atMost(Duration.ofSeconds(5))
            .until(() -> MqttRelayTest.health(reader).contains("\"ok\""));
        redis.stop();
        await().atMost(Duration.ofSeconds(5))
            .until(() -> MqttRelayTest.health(reader).contains("degraded"));
        assertThat(MqttRelayTest.health(reader)).contains("degraded").contains("unreachable");
        assertThat(reader.lastSeq()).as("what it holds is still served").isPositive();
        String before = reader.streamId();
        redis.resume();
        // Redis came back empty: a new stream, never the old one continued, on both relays.
        await().atMost(Duration.ofSeconds(10)).until(() ->
            MqttRelayTest.health(reader).contains("\"ok\"")
                && !reader.streamId().equals(before)
                && reader.streamId().equals(owner.streamId()) && reader.lastSeq() > 0);
        owner.close();
      }
    }
  }

  @Test
  void aRelayJoiningLaterListsTheSeriesInTheOrderTheyFirstCame(@TempDir Path dir)
      throws Exception {
    try (RedisServer redis = RedisServer.start(dir)) {
      org.livedash.server.TwinSource source = new org.livedash.server.TwinSource();
      try (FeedServer first = new FeedServer(ServerConfig.defaults(), source.face(),
          ServerAccess.open(), new RedisFeedConfig(URI.create(redis.url()), "plant", null, 900))
          .start()) {
        await().until(() -> first.sourceDescription().english().contains("publishing"));
        // Descriptions longer than Redis keeps in insertion order (a hash of values over 64
        // bytes is a hash table, listed in no particular order).
        java.util.List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
          ids.add("plant/line-" + Integer.toString(i * 7919 % 1000, 36) + "/telemetry:flow");
          source.publish("plant/" + i, ids.get(i), i);
        }
        await().until(() -> first.seriesCount() == 20);
        try (FeedServer later = relay(redis, FeedSource.none())) {
          await().until(() -> later.seriesCount() == 20);
          assertThat(catalogueIds(later)).isEqualTo(ids).isEqualTo(catalogueIds(first));
        }
      }
    }
  }

  private static java.util.List<String> catalogueIds(FeedServer server) throws Exception {
    String json = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
        .newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/series")).build(),
        java.net.http.HttpResponse.BodyHandlers.ofString()).body();
    return new org.livedash.feed.CatalogueCodec().decode(json).stream()
        .map(org.livedash.model.SeriesMeta::id).toList();
  }
}
