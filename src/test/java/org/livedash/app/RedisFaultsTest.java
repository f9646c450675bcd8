package org.livedash.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.livedash.feed.FeedEndpoints;
import org.livedash.model.FeedMode;
import org.livedash.model.StatsSnapshot;
import org.livedash.server.FeedServer;
import org.livedash.server.RedisFeedConfig;
import org.livedash.server.RedisServer;
import org.livedash.server.ServerAccess;
import org.livedash.server.ServerConfig;
import org.livedash.server.TwinSource;
import org.livedash.client.FeedAccess;
import org.livedash.client.LaunchOptions;
import org.livedash.client.AppContext;

/**
 * Relays on a real Redis through the faults a site meets, with a device publishing numbered
 * readings to both relays' source: every reading reaches the client exactly once or is
 * counted as missed — whichever relay published it, whatever Redis lost.
 */
class RedisFaultsTest {
  private static final String SERIES = "line:n";
  private final TwinSource source = new TwinSource();
  private final ScheduledExecutorService device = Executors.newSingleThreadScheduledExecutor();
  private final AtomicInteger published = new AtomicInteger();

  @AfterEach
  void stopDevice() {
    device.shutdownNow();
  }

  /** Publishes reading 1, 2, 3, … every 5 ms. */
  private void startDevice() {
    device.scheduleAtFixedRate(() -> source.publish("plant/line", SERIES,
        published.incrementAndGet()), 0, 5, TimeUnit.MILLISECONDS);
  }

  private int stopDeviceAt() throws InterruptedException {
    device.shutdown();
    device.awaitTermination(5, TimeUnit.SECONDS);
    return published.get();
  }

  private FeedServer relay(String redisUrl, long leaseMillis) throws Exception {
    return new FeedServer(ServerConfig.defaults(), source.face(), ServerAccess.open(),
        new RedisFeedConfig(URI.create(redisUrl), "plant", null, leaseMillis)).start();
  }

  private static AppContext client(FeedServer... relays) throws Exception {
    StringBuilder urls = new StringBuilder();
    for (FeedServer r : relays) {
      urls.append(urls.isEmpty() ? "" : ",").append(r.url());
    }
    return AppContext.start(new LaunchOptions(FeedEndpoints.fromUrls(urls.toString()),
        FeedMode.WS, Duration.ofMillis(100), LaunchOptions.Theme.DARK, 10, null, null, true,
        false, FeedAccess.standard(), null, null));
  }

  private static StatsSnapshot ws(AppContext c) {
    return c.stats().of(FeedMode.WS).snapshot(System.nanoTime());
  }

  /** Every reading 1..n is in the client once, and nothing else is. */
  private static void everyReadingOnce(AppContext c, int n) {
    List<Double> values = MqttRelayTest.values(c, SERIES);
    Set<Double> distinct = new HashSet<>(values);
    assertThat(values).as("no reading twice; repeated, with their times: %s", repeated(c))
        .hasSameSizeAs(distinct);
    Set<Double> missing = new HashSet<>();
    for (int v = 1; v <= n; v++) {
      if (!distinct.contains((double) v)) {
        missing.add((double) v);
      }
    }
    assertThat(missing).as("readings that never arrived").isEmpty();
  }

  /** Each value held more than once, with the times it is held at (µs). */
  private static Map<Double, List<Long>> repeated(AppContext c) {
    Map<Double, List<Long>> at = new TreeMap<>();
    c.store().read(r -> {
      int i = r.indexOf(SERIES);
      for (int k = 0; i >= 0 && k < r.ring(i).size(); k++) {
        at.computeIfAbsent(r.ring(i).valueAt(k), v -> new ArrayList<>()).add(r.ring(i).timeAt(k));
      }
    });
    at.values().removeIf(times -> times.size() < 2);
    return at;
  }

  @Test
  void anOwnerCutOffFromRedisLosesNothingTheStandbyPublishesWhatItNeverAppended(
      @TempDir Path dir) throws Exception {
    try (RedisServer redis = RedisServer.start(dir); TcpProxy path = new TcpProxy(redis.port())) {
      FeedServer a = relay("redis://127.0.0.1:" + path.port(), 900);
      await().until(() -> a.sourceDescription().english().contains("publishing"));
      try (FeedServer b = relay(redis.url(), 900); AppContext c = client(b)) {
        startDevice();
        await().until(() -> MqttRelayTest.values(c, SERIES).size() > 100);
        path.stall();
        await().atMost(Duration.ofSeconds(5)).until(() -> b.sourceDescription().english()
            .contains("publishing"));
        int before = published.get();
        await().until(() -> published.get() > before + 200);
        path.unstall();
        int n = stopDeviceAt();
        await().atMost(Duration.ofSeconds(10)).until(() ->
            MqttRelayTest.values(c, SERIES).contains((double) n));
        everyReadingOnce(c, n);
        assertThat(ws(c).gaps()).isZero();
        assertThat(c.stats().restarts()).isZero();
      } finally {
        a.close();
      }
    }
  }

  @Test
  void aWriteRedisAppliedWhoseAnswerWasLateIsNotAppliedTwiceNorCostsTheOwnership(
      @TempDir Path dir) throws Exception {
    try (RedisServer redis = RedisServer.start(dir); FeedServer a = relay(redis.url(), 3_000);
        AppContext c = client(a)) {
      await().until(() -> a.sourceDescription().english().contains("publishing"));
      startDevice();
      await().until(() -> MqttRelayTest.values(c, SERIES).size() > 50);
      RedisClient admin = RedisClient.create(redis.url());
      try (StatefulRedisConnection<String, String> conn = admin.connect()) {
        // Writes wait 1.5 s inside Redis: the append times out, is sent again, and both run.
        conn.sync().clientPause(1_500);
      } finally {
        admin.shutdown();
      }
      int n = stopDeviceAt();
      await().atMost(Duration.ofSeconds(10)).until(() ->
          MqttRelayTest.values(c, SERIES).contains((double) n));
      everyReadingOnce(c, n);
      assertThat(ws(c).gaps()).isZero();
      assertThat(a.sourceDescription().english()).contains("publishing");
      assertThat(MqttRelayTest.health(a)).contains("\"declaredLost\":0");
    }
  }

  @Test
  void aRedisRestartedFromAnOlderSaveIsNeverNumberedOnANewStreamBeginsAndNothingIsLost(
      @TempDir Path dir) throws Exception {
    try (RedisServer redis = RedisServer.persistent(dir); FeedServer a = relay(redis.url(), 900);
        FeedServer b = relay(redis.url(), 900); AppContext c = client(b)) {
      startDevice();
      await().until(() -> MqttRelayTest.values(c, SERIES).size() > 100);
      String before = b.streamId();
      // A snapshot now, then more appends it will not hold: Redis comes back with less than
      // relays read.
      redis.keepOnlyASnapshotFromNow();
      long saved = b.lastSeq();
      await().until(() -> b.lastSeq() > saved + 100);
      redis.kill();
      redis.resume();
      await().atMost(Duration.ofSeconds(10)).until(() -> !b.streamId().equals(before)
          && b.streamId().equals(a.streamId()) && b.lastSeq() > 50);
      int n = stopDeviceAt();
      await().atMost(Duration.ofSeconds(10)).until(() ->
          MqttRelayTest.values(c, SERIES).contains((double) n));
      everyReadingOnce(c, n);
      assertThat(c.stats().restarts()).as("the new stream is shown as a restart").isEqualTo(1);
      assertThat(ws(c).gaps()).isZero();
    }
  }

  @Test
  void aRedisKilledAndRestartedFromItsAppendOnlyFileLosesNoReading(@TempDir Path dir)
      throws Exception {
    try (RedisServer redis = RedisServer.persistent(dir); FeedServer a = relay(redis.url(), 900);
        FeedServer b = relay(redis.url(), 900); AppContext c = client(a, b)) {
      startDevice();
      await().until(() -> MqttRelayTest.values(c, SERIES).size() > 100);
      redis.kill();
      await().atMost(Duration.ofSeconds(5)).until(() ->
          c.stats().serverTrouble() != null
              && c.stats().serverTrouble().code().equals("shared-history")
              && c.stats().serverTrouble().message().contains("Redis"));
      int away = published.get();
      await().until(() -> published.get() > away + 100);
      redis.resume();
      int n = stopDeviceAt();
      await().atMost(Duration.ofSeconds(15)).until(() ->
          MqttRelayTest.values(c, SERIES).contains((double) n));
      everyReadingOnce(c, n);
      assertThat(ws(c).gaps()).isZero();
      await().atMost(Duration.ofSeconds(5)).until(() -> c.stats().serverTrouble() == null);
    }
  }

  @Test
  void aStandbyThatWasCutFromItsSourceSaysSoWithAHoleWhenItTakesOver(@TempDir Path dir)
      throws Exception {
    try (RedisServer redis = RedisServer.start(dir)) {
      FeedServer a = relay(redis.url(), 900);
      await().until(() -> a.sourceDescription().english().contains("publishing"));
      try (FeedServer b = relay(redis.url(), 900); AppContext c = client(b)) {
        startDevice();
        await().until(() -> MqttRelayTest.values(c, SERIES).size() > 50);
        source.cut(1);
        a.close();
        await().until(() -> published.get() > 400);
        source.reconnect(1);
        await().atMost(Duration.ofSeconds(5)).until(() -> b.sourceDescription().english()
            .contains("publishing"));
        int n = stopDeviceAt();
        await().atMost(Duration.ofSeconds(10)).until(() ->
            MqttRelayTest.values(c, SERIES).contains((double) n));
        // What the device published while the old owner was gone and this relay was cut off
        // reached nobody: never silently — a hole, counted.
        assertThat(ws(c).gaps()).isPositive();
        assertThat(MqttRelayTest.health(b)).doesNotContain("\"declaredLost\":0");
      }
    }
  }

  @Test
  void aRelayThatOnlyReadsNoticesARedisRolledBackUnderItAndBeginsANewStream(@TempDir Path dir)
      throws Exception {
    try (RedisServer redis = RedisServer.persistent(dir);
        FeedServer reader = new FeedServer(ServerConfig.defaults(),
            org.livedash.server.FeedSource.none(), ServerAccess.open(),
            new RedisFeedConfig(URI.create(redis.url()), "plant", null, 900)).start()) {
      FeedServer owner = relay(redis.url(), 900);
      startDevice();
      await().until(() -> reader.lastSeq() > 100);
      redis.keepOnlyASnapshotFromNow();
      long saved = reader.lastSeq();
      await().until(() -> reader.lastSeq() > saved + 100);
      String before = reader.streamId();
      owner.close();
      redis.kill();
      redis.resume();
      // Nobody appends now: only the reader can see that Redis holds less than it read.
      await().atMost(Duration.ofSeconds(10)).until(() -> !reader.streamId().equals(before));
      assertThat(reader.lastSeq()).isZero();
    }
  }
}
