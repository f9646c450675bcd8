package org.livedash.server;

import java.time.Clock;
import java.time.Duration;
import java.util.SplittableRandom;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.NetworkTrafficServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;
import org.livedash.feed.FrameWriter;
import org.livedash.feed.FeedEndpoints;
import org.livedash.model.EpochMicros;
import org.livedash.model.Reason;

/**
 * A LiveDash feed server: readings from a {@link FeedSource} (the demo simulator by default, an
 * MQTT broker, a relayed JSON feed) numbered in one sequence and served over WebSocket push and
 * HTTP polling on one port (Jetty 12 core), so both modes read the very same stream. Embedded in
 * the app for the demo, and run alone by {@code livedash serve}.
 */
public final class FeedServer implements AutoCloseable {
  /**
   * Largest message a push client may send: clients send nothing, so a message over a few KiB
   * is someone's attempt to make the server hold it, and closes the connection (1009).
   */
  private static final long MAX_INBOUND_MESSAGE = 4 * 1024;
  /** How often held long-poll requests are checked for their timeout. */
  private static final long LONG_POLL_SWEEP_MILLIS = 100;
  /** How often the server's status is looked at, to tell clients of a change at once. */
  private static final long STATUS_MILLIS = 250;
  /** A connection with nothing to do is closed after this (more than the longest long-poll). */
  static final long IDLE_MILLIS = (ApiHandler.MAX_WAIT_SECONDS + 10) * 1_000;
  /** Readings a relay on Redis keeps of its source (standing by, or waiting for Redis). */
  static final int WINDOW_READINGS = 500_000;
  /**
   * How long a relay on Redis keeps a reading it saw published (within {@link
   * #WINDOW_READINGS}): a reader lagging the writer, and a Redis restarted from a save this
   * recent, get it again; one older than that is a hole in the new stream.
   */
  static final long WINDOW_KEEP_MILLIS = 30_000;

  private final ServerConfig config;
  private final FeedSource source;
  private final FeedHub hub;
  private final FeedSource.ReadingSink publisher;
  /** The rules the source's readings are judged by, or null for none. */
  private RelayAlerts judge;
  /** The link to the feed's shared history, null when this server numbers on its own. */
  private final RedisFeed redis;
  private final Server server;
  private final NetworkTrafficServerConnector connector;
  private final WireMeter meter = new WireMeter();
  /** The source's schedule (demo ticks, MQTT flushes) and closing sockets that would not. */
  private final ScheduledExecutorService scheduler;
  /** Heartbeats, long-poll timeouts, status and header deadlines: never behind the source. */
  private final ScheduledExecutorService beat;
  private final Clock clock;
  private final ServerAccess access;
  private final FrameWriter codec;
  /**
   * The status code last told to clients (null: ok), written under {@link #tellStatus}'s lock;
   * volatile so the source's thread checks it without the lock before each batch.
   */
  private volatile String toldCode;
  private long degradedSince;

  /** The demo feed, open to this machine's clients. */
  public FeedServer(DemoFeedConfig config) {
    this(config, ServerAccess.open());
  }

  public FeedServer(DemoFeedConfig config, ServerAccess access) {
    this(config, access, Clock.systemUTC(), new SplittableRandom());
  }

  /**
   * The demo feed on a given clock: tests use a shifted clock to play a server on another
   * machine.
   */
  public FeedServer(DemoFeedConfig config, ServerAccess access, Clock clock,
      SplittableRandom random) {
    this(config.server(), new DemoSource(DemoCatalogue.create(), config.ratePerSeries(),
        config.tickMillis(), clock, random), access, clock, random, null);
  }

  /** The demo feed's simulator, as a source of its own (for a relay sharing it in Redis). */
  public static FeedSource demoSource(DemoFeedConfig config) {
    return new DemoSource(DemoCatalogue.create(), config.ratePerSeries(), config.tickMillis(),
        Clock.systemUTC(), new SplittableRandom());
  }

  /** A server of {@code source}'s readings. */
  public FeedServer(ServerConfig config, FeedSource source, ServerAccess access) {
    this(config, source, access, Clock.systemUTC(), new SplittableRandom(), null);
  }

  /**
   * A relay of a feed shared in Redis: it serves the feed's one stream, and competes to publish
   * {@code source} (none: {@link FeedSource#none()}) with the other relays of the feed.
   */
  public FeedServer(ServerConfig config, FeedSource source, ServerAccess access,
      RedisFeedConfig shared) {
    this(config, source, access, Clock.systemUTC(), new SplittableRandom(), shared);
  }

  private FeedServer(ServerConfig config, FeedSource source, ServerAccess access, Clock clock,
      SplittableRandom random, RedisFeedConfig shared) {
    this.config = config;
    this.source = source;
    this.clock = clock;
    FrameWriter codec = new FrameWriter();
    this.codec = codec;
    this.hub = new FeedHub(codec, config.historyCapacity(), config.heartbeatMillis(),
        source instanceof DemoSource ? "livedash-demo" : "livedash-relay", newStreamId(random),
        new FeedCatalogue(source.initialSeries()));
    if (shared == null) {
      this.publisher = statusFirst(new SourcePublisher(source, hub, codec));
      this.redis = null;
    } else {
      LongSupplier micros = () -> EpochMicros.now(clock);
      SourceWindow window = new SourceWindow(WINDOW_READINGS,
          Math.max(2 * shared.leaseMillis(), WINDOW_KEEP_MILLIS) * 1_000,
          micros.getAsLong());
      RedisPublisher owner = new RedisPublisher(shared, source, codec, config.historyCapacity(),
          window, micros);
      this.publisher = statusFirst(owner);
      this.redis = new RedisFeed(shared, hub, source, owner, window, random, micros);
    }

    scheduler = Executors.newScheduledThreadPool(1, daemon("feed-server-timer"));
    beat = Executors.newScheduledThreadPool(1, daemon("feed-server-beat"));
    QueuedThreadPool threads = new QueuedThreadPool(32, 4);
    threads.setName("feed-server-http");
    threads.setDaemon(true);
    server = new Server(threads);
    server.setErrorHandler(new JsonErrors(codec));
    this.access = access;
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setSendXPoweredBy(false);
    connector = access.tls() ? tlsConnector(server, access, http)
        : new NetworkTrafficServerConnector(server, null, null, null, 1, 1,
            new HttpConnectionFactory(http));
    connector.setNetworkTrafficListener(meter);
    connector.setHost(config.host());
    connector.setPort(config.port());
    connector.setIdleTimeout(IDLE_MILLIS);
    connector.addBean(new HeaderDeadline(config.headerDeadlineMillis(), beat));
    server.addConnector(connector);
    PushSlots slots = new PushSlots(access.maxPushClients());
    ContextHandler context = new ContextHandler("/");
    WebSocketUpgradeHandler ws =
        WebSocketUpgradeHandler.from(server, context, container -> {
          container.setMaxTextMessageSize(MAX_INBOUND_MESSAGE);
          container.setMaxBinaryMessageSize(MAX_INBOUND_MESSAGE);
          container.setMaxOutgoingFrames(1_024);
          container.setIdleTimeout(Duration.ofMinutes(5));
          container.addMapping(FeedEndpoints.WS_PATH, (req, resp, cb) -> {
            PushSlots.Slot slot = (PushSlots.Slot) req.getAttribute(AccessHandler.SLOT);
            slot.use();
            return new FeedSocket(hub, scheduler, meter, slot);
          });
        });
    ws.setHandler(new ApiHandler(codec, hub, this::problem, this::sourceDescription,
        this::relayCounts, this::feedNowMicros, meter));
    context.setHandler(new AccessHandler(access, new HostNames(config.host(),
        hostNames(access)), slots, codec, ws));
    server.setHandler(context);
  }

  private static ThreadFactory daemon(String name) {
    return r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
  }

  /** The names a server answers to besides its own: given ones, and its certificate's. */
  private static List<String> hostNames(ServerAccess access) {
    List<String> names = new ArrayList<>(access.allowedHosts());
    if (access.tls()) {
      names.addAll(CertificateNames.of(access.tlsKeyStore(), access.tlsPassword()));
    }
    return names;
  }

  private static NetworkTrafficServerConnector tlsConnector(Server server,
      ServerAccess access, HttpConfiguration http) {
    SslContextFactory.Server tls = new SslContextFactory.Server();
    tls.setKeyStorePath(access.tlsKeyStore().toString());
    tls.setKeyStoreType("PKCS12");
    tls.setKeyStorePassword(access.tlsPassword() == null ? ""
        : new String(access.tlsPassword()));
    SecureRequestCustomizer secure = new SecureRequestCustomizer();
    // Clients may connect by address (127.0.0.1) as well as by the certificate's name; the
    // client verifies the name either way.
    secure.setSniHostCheck(false);
    http.addCustomizer(secure);
    return new NetworkTrafficServerConnector(server, null, null, null, 1, 1,
        new SslConnectionFactory(tls, "http/1.1"), new HttpConnectionFactory(http));
  }

  /**
   * A fresh stream id (63 random bits): this server's sequence starts at 1 and its history is
   * empty. Also a relay's lease token.
   */
  static String newStreamId(SplittableRandom random) {
    return Long.toString(random.nextLong() & Long.MAX_VALUE, 36);
  }

  /** Binds the port and starts the source. */
  public FeedServer start() throws Exception {
    if (redis != null) {
      // The shared stream, its catalogue and history are taken before any client is served.
      redis.start();
    }
    server.start();
    source.start(judge != null && source.reads() ? judge : publisher, scheduler);
    if (judge != null) {
      beat.scheduleWithFixedDelay(judge::checkSilence, 1, 1, TimeUnit.SECONDS);
    }
    beat.scheduleAtFixedRate(
        () -> hub.heartbeat(feedNowMicros()),
        config.heartbeatMillis(), config.heartbeatMillis(), TimeUnit.MILLISECONDS);
    beat.scheduleAtFixedRate(() -> hub.longPolls().expire(System.nanoTime()),
        LONG_POLL_SWEEP_MILLIS, LONG_POLL_SWEEP_MILLIS, TimeUnit.MILLISECONDS);
    beat.scheduleWithFixedDelay(this::tellStatus, STATUS_MILLIS, STATUS_MILLIS,
        TimeUnit.MILLISECONDS);
    return this;
  }

  /**
   * Judges the source's readings by {@code rules}, by series id, before they are served (a
   * relay of a shared feed without a source: the readings it reads from the other relays, as
   * they come): each alert raised or cleared is told to the push clients that ask for alerts
   * (protocol 1.5) and to {@code tell}. Called before {@link #start}.
   */
  public FeedServer judging(java.util.Map<String, List<org.livedash.model.AlertRule>> rules,
      org.livedash.model.StoreTap tell) {
    boolean shared = redis != null && !source.reads();
    // A relay without a source judges the readings it reads from the other relays.
    judge = rules.isEmpty() ? null : new RelayAlerts(shared ? readings -> { } : publisher, rules,
        shared ? id -> hub.catalogue().meta(id) : source::described, hub, tell,
        () -> EpochMicros.now(clock));
    if (judge != null && shared) {
      redis.tell(judge);
    }
    return this;
  }

  /**
   * The source's readings, published after the server told of the trouble they end: a source
   * that recovered between two status checks would otherwise deliver readings to clients still
   * told it is not delivering.
   */
  private FeedSource.ReadingSink statusFirst(FeedSource.ReadingSink inner) {
    return new FeedSource.ReadingSink() {
      @Override
      public void publish(List<Reading> readings) {
        if (toldCode != null) {
          tellStatus();
        }
        inner.publish(readings);
      }

      @Override
      public void missed(long count, long fromMicros, long toMicros) {
        inner.missed(count, fromMicros, toMicros);
      }
    };
  }

  /** Tells push clients at once when the server's trouble begins, changes kind, or ends. */
  private synchronized void tellStatus() {
    try {
      Trouble now = trouble();
      String code = now == null ? null : now.code();
      if (java.util.Objects.equals(code, toldCode)) {
        return;
      }
      long micros = EpochMicros.now(clock);
      degradedSince = toldCode == null ? micros : degradedSince;
      toldCode = code;
      hub.status(now == null ? null
          : codec.statusMember(code, now.message().english(), degradedSince));
    } catch (RuntimeException e) {
      java.util.logging.Logger.getLogger(FeedServer.class.getName())
          .log(java.util.logging.Level.WARNING, Reason.of("serve.statusFailed").english(), e);
    }
  }

  /**
   * The feed's now, epoch µs, as {@code /api/time} and heartbeats tell it: a played recording's
   * play clock, so that a client on another machine reads its readings' times by it; else this
   * machine's.
   */
  private long feedNowMicros() {
    java.util.function.LongSupplier play = source.playClock();
    return play != null ? play.getAsLong() : EpochMicros.now(clock);
  }

  /** What keeps this server from delivering now, with its protocol code, or null. */
  Trouble trouble() {
    Trouble t = redis == null ? null : redis.trouble();
    if (t != null) {
      return t;
    }
    Reason p = source.problem();
    return p == null ? null : new Trouble("source", p);
  }

  /** A relay's counts of what it did with its source's readings, empty without Redis. */
  private java.util.Map<String, Object> relayCounts() {
    java.util.Map<String, Object> c = redis == null ? new java.util.LinkedHashMap<>()
        : redis.counts();
    c.put("declaredLost", hub.declaredLost());
    return c;
  }

  /** The bound port (useful when configured with port 0). */
  public int port() {
    return connector.getLocalPort();
  }

  /** The WebSocket URL of this server. */
  public String url() {
    String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
    return (access.tls() ? "wss://" : "ws://") + host + ":" + port() + FeedEndpoints.WS_PATH;
  }

  /** The series served so far. */
  public int seriesCount() {
    return hub.catalogue().size();
  }

  /** What feeds this server, in one line. */
  public Reason sourceDescription() {
    return redis == null ? source.description()
        : Reason.of("serve.sourceAndRedis", source.description(), redis.description());
  }

  /** Where its source reads from ({@link FeedSource#address}), null for the simulator. */
  public String sourceAddress() {
    return source.address();
  }

  /** What keeps this server from delivering now, or null. */
  public Reason problem() {
    Trouble t = trouble();
    return t == null ? null : t.message();
  }

  /** The id of this server's stream (protocol 1.1), new on every start. */
  public String streamId() {
    return hub.streamId();
  }

  /** Push clients connected now. */
  public int pushClients() {
    return hub.subscriberCount();
  }

  /** Push clients closed because they could not keep up (status 1013). */
  public long slowClientsClosed() {
    return hub.slowClientsClosed();
  }

  /** Sequence number of the newest update served so far. */
  public long lastSeq() {
    return hub.history().last();
  }

  @Override
  public void close() throws Exception {
    source.close();
    if (redis != null) {
      redis.close();
    }
    scheduler.shutdownNow();
    beat.shutdownNow();
    hub.closeAll(FeedSubscriber.GOING_AWAY, "server shutting down");
    server.stop();
  }
}
