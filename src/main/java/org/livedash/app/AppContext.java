package org.livedash.app;

import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import org.livedash.feed.FeedCodec;
import org.livedash.feed.FeedEndpoints;
import org.livedash.feed.mapping.MappingTally;
import org.livedash.feed.mapping.Profile;
import org.livedash.model.FeedMode;
import org.livedash.model.FeedStats;
import org.livedash.model.SeriesKind;
import org.livedash.model.SeriesStore;
import org.livedash.server.DemoFeedConfig;
import org.livedash.server.DemoFeedServer;
import org.livedash.transport.ClockProbe;
import org.livedash.transport.ConnectionSupervisor;
import org.livedash.transport.Credentials;
import org.livedash.transport.FeedTransport;
import org.livedash.transport.HttpCatalogueSource;
import org.livedash.transport.ReconnectPolicy;
import org.livedash.transport.polling.PollingTransport;
import org.livedash.transport.websocket.WebSocketClients;
import org.livedash.transport.websocket.WebSocketTransport;

/**
 * The composition root: builds the model, the shared network clients, the connection supervisor
 * and, when no URL was given, the embedded demo feed, and tears them down in order. The window
 * and headless runs both start from here, so they measure the same pipeline.
 */
final class AppContext implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(AppContext.class.getName());
  /** One hour of one series at the demo's default 10 updates/s. */
  static final int RING_CAPACITY = 36_000;
  static final Duration DEAD_LINK_AFTER = Duration.ofSeconds(5);
  static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(5);

  private final SeriesStore store = new SeriesStore(RING_CAPACITY);
  private final FeedStats stats = new FeedStats();
  private final DemoFeedServer embedded;
  private final FeedEndpoints endpoints;
  private final WebSocketClients wsClient;
  private final ExecutorService connectExecutor;
  private final ExecutorService httpExecutor;
  private final ScheduledExecutorService timer;
  private final ConnectionSupervisor supervisor;
  private final Profile profile;
  private final FeedPipeline pipeline;

  private AppContext(LaunchOptions options, DemoFeedServer embedded) {
    this.embedded = embedded;
    this.endpoints = embedded != null ? FeedEndpoints.fromUrl(embedded.url()) : options.endpoints();
    FeedAccess access = options.access();
    wsClient = new WebSocketClients((int) REQUEST_TIMEOUT.toMillis(), access.trust());
    connectExecutor = Executors.newCachedThreadPool(daemon("feed-connect"));
    httpExecutor = Executors.newFixedThreadPool(2, daemon("feed-http"));
    timer = Executors.newSingleThreadScheduledExecutor(daemon("feed-timer"));
    HttpClient http = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .sslContext(access.trust())
        .connectTimeout(REQUEST_TIMEOUT)
        .executor(httpExecutor)
        .build();
    FeedCodec codec = new FeedCodec();
    Clock clock = Clock.systemUTC();
    Profile profile = options.profile();
    pipeline = profile != null ? new FeedPipeline(store, stats, System::nanoTime, clock,
        profile.compile(), profile.isStocks() ? SeriesKind.STOCK : SeriesKind.SENSOR)
        : new FeedPipeline(store, stats, System::nanoTime, clock);
    supervisor = new ConnectionSupervisor(
        (mode, target, interval) -> profile != null
            // A feed in its own shape is pushed: one kind of connection, whatever the mode.
            ? WebSocketTransport.ofJson(wsClient, target, connectExecutor, timer, clock,
                Duration.ofSeconds(profile.silence()), access.credentials(),
                profile.subscriptions())
            : createTransport(mode, target, interval, http, codec, clock, access.credentials()),
        profile != null ? target -> CompletableFuture.completedFuture(List.of())
            : new HttpCatalogueSource(http, REQUEST_TIMEOUT, access.credentials()),
        pipeline,
        ReconnectPolicy.standard(new SplittableRandom()),
        Executors.newSingleThreadScheduledExecutor(daemon("feed-supervisor")),
        System::nanoTime);
    this.profile = profile;
    if (profile == null) {
      // Only a LiveDash server answers the clock exchange.
      probeClock(http, access.credentials());
    }
  }

  /** What the profile's mapping made of the messages (unmatched ones kept), or null. */
  MappingTally mappingTally() {
    return pipeline.mapping() == null ? null : pipeline.mapping().tally();
  }

  /** The profile of a feed in its own JSON shape, or null for the LiveDash protocol. */
  Profile profile() {
    return profile;
  }

  private FeedTransport createTransport(FeedMode mode, FeedEndpoints target, Duration interval,
      HttpClient http, FeedCodec codec, Clock clock, Credentials credentials) {
    return switch (mode) {
      case WS -> new WebSocketTransport(wsClient, target, codec, connectExecutor, timer, clock,
          DEAD_LINK_AFTER, credentials);
      case POLL, LONGPOLL -> new PollingTransport(http, target, codec, timer, clock, interval,
          REQUEST_TIMEOUT, mode == FeedMode.LONGPOLL, credentials);
    };
  }

  /** Estimates the server's clock offset a second after start and every minute after. */
  private void probeClock(HttpClient http, Credentials credentials) {
    ClockProbe probe = new ClockProbe(http, Clock.systemUTC(), 8, credentials);
    Runnable measure = () -> {
      FeedEndpoints target = supervisor.endpoints();
      if (target == null || !supervisor.isRunning()) {
        return;
      }
      try {
        stats.setClockOffset(probe.estimate(target));
      } catch (IOException e) {
        LOG.fine(() -> "clock offset not measured: " + e.getMessage());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    };
    // The exchanges block; they run on the connect pool so the timer's polls and watchdog
    // never wait behind a slow server.
    timer.scheduleWithFixedDelay(() -> connectExecutor.execute(measure), 1, 60,
        TimeUnit.SECONDS);
  }

  /** Starts the embedded feed if needed and connects in the requested mode. */
  static AppContext start(LaunchOptions options) throws Exception {
    DemoFeedServer server = null;
    if (options.endpoints() == null) {
      server = new DemoFeedServer(DemoFeedConfig.defaults().withRate(options.demoRate())).start();
    }
    AppContext context = new AppContext(options, server);
    context.supervisor.connect(context.endpoints, options.mode(), options.pollInterval());
    return context;
  }

  SeriesStore store() {
    return store;
  }

  FeedStats stats() {
    return stats;
  }

  ConnectionSupervisor supervisor() {
    return supervisor;
  }

  FeedEndpoints endpoints() {
    return endpoints;
  }

  /** Whether the feed is the embedded demo server. */
  boolean embedded() {
    return embedded != null;
  }

  @Override
  public void close() throws Exception {
    supervisor.close();
    timer.shutdownNow();
    wsClient.shutdown();
    connectExecutor.shutdownNow();
    httpExecutor.shutdownNow();
    httpExecutor.awaitTermination(1, TimeUnit.SECONDS);
    if (embedded != null) {
      embedded.close();
    }
  }

  static ThreadFactory daemon(String name) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
