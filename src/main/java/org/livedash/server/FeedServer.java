package org.livedash.server;

import java.time.Clock;
import java.time.Duration;
import java.util.SplittableRandom;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
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

/**
 * A LiveDash feed server: readings from a {@link FeedSource} (the demo simulator by default, an
 * MQTT broker, a relayed JSON feed) numbered in one sequence and served over WebSocket push and
 * HTTP polling on one port (Jetty 12 core), so both modes read the very same stream. Embedded in
 * the app for the demo, and run alone by {@code livedash serve}.
 */
public final class FeedServer implements AutoCloseable {
  /** Largest frame a push client may be sent: a backlog frame of 1 000 updates fits well. */
  private static final long MAX_TEXT_MESSAGE = 4L * 1024 * 1024;
  /** How often held long-poll requests are checked for their timeout. */
  private static final long LONG_POLL_SWEEP_MILLIS = 100;

  private final ServerConfig config;
  private final FeedSource source;
  private final FeedHub hub;
  private final FeedSource.ReadingSink publisher;
  /** The link to the feed's shared history, null when this server numbers on its own. */
  private final RedisFeed redis;
  private final Server server;
  private final NetworkTrafficServerConnector connector;
  private final WireMeter meter = new WireMeter();
  private final ScheduledExecutorService scheduler;
  private final Clock clock;
  private final ServerAccess access;

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
    this.hub = new FeedHub(codec, config.historyCapacity(), config.heartbeatMillis(),
        source instanceof DemoSource ? "livedash-demo" : "livedash-relay", newStreamId(random),
        new FeedCatalogue(source.initialSeries()));
    if (shared == null) {
      this.publisher = new SourcePublisher(source, hub, codec);
      this.redis = null;
    } else {
      RedisPublisher owner = new RedisPublisher(shared, source, codec, config.historyCapacity());
      this.publisher = owner;
      this.redis = new RedisFeed(shared, hub, source, owner, random);
    }

    scheduler = Executors.newScheduledThreadPool(1, r -> {
      Thread t = new Thread(r, "feed-server-timer");
      t.setDaemon(true);
      return t;
    });
    QueuedThreadPool threads = new QueuedThreadPool(32, 4);
    threads.setName("feed-server-http");
    threads.setDaemon(true);
    server = new Server(threads);
    this.access = access;
    connector = access.tls() ? tlsConnector(server, access)
        : new NetworkTrafficServerConnector(server, null, null, null, 1, 1,
            new HttpConnectionFactory());
    connector.setNetworkTrafficListener(meter);
    connector.setHost(config.host());
    connector.setPort(config.port());
    server.addConnector(connector);
    ContextHandler context = new ContextHandler("/");
    WebSocketUpgradeHandler ws =
        WebSocketUpgradeHandler.from(server, context, container -> {
          container.setMaxTextMessageSize(MAX_TEXT_MESSAGE);
          container.setMaxOutgoingFrames(1_024);
          container.setIdleTimeout(Duration.ofMinutes(5));
          container.addMapping(FeedEndpoints.WS_PATH,
              (req, resp, cb) -> new FeedSocket(hub, scheduler, meter));
        });
    ws.setHandler(new ApiHandler(codec, hub, this::problem, this::sourceDescription, clock,
        meter));
    context.setHandler(new AccessHandler(access, hub, codec, ws));
    server.setHandler(context);
  }

  private static NetworkTrafficServerConnector tlsConnector(Server server,
      ServerAccess access) {
    SslContextFactory.Server tls = new SslContextFactory.Server();
    tls.setKeyStorePath(access.tlsKeyStore().toString());
    tls.setKeyStoreType("PKCS12");
    tls.setKeyStorePassword(access.tlsPassword() == null ? ""
        : new String(access.tlsPassword()));
    HttpConfiguration http = new HttpConfiguration();
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
      redis.start(scheduler);
    }
    server.start();
    source.start(publisher, scheduler);
    scheduler.scheduleAtFixedRate(
        () -> hub.heartbeat(EpochMicros.now(clock)),
        config.heartbeatMillis(), config.heartbeatMillis(), TimeUnit.MILLISECONDS);
    scheduler.scheduleAtFixedRate(() -> hub.longPolls().expire(System.nanoTime()),
        LONG_POLL_SWEEP_MILLIS, LONG_POLL_SWEEP_MILLIS, TimeUnit.MILLISECONDS);
    return this;
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
  public String sourceDescription() {
    return redis == null ? source.description()
        : source.description() + "; " + redis.description();
  }

  /** What keeps this server from delivering now, in one line, or null. */
  public String problem() {
    String p = redis == null ? null : redis.problem();
    return p != null ? p : source.problem();
  }

  /** The id of this server's stream (protocol 1.1), new on every start. */
  public String streamId() {
    return hub.streamId();
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
    hub.closeAll("server shutting down");
    server.stop();
  }
}
