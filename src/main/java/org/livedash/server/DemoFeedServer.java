package org.livedash.server;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;
import org.livedash.feed.CatalogueCodec;
import org.livedash.feed.FrameWriter;
import org.livedash.feed.FeedEndpoints;
import org.livedash.model.EpochMicros;
import org.livedash.model.SeriesMeta;

/**
 * The embedded demo feed: simulated sensors and stocks served over WebSocket push and HTTP
 * polling on one port (Jetty 12 core), so LiveDash runs with no setup and both modes read the
 * very same stream. Also runs alone with {@code livedash serve}.
 */
public final class DemoFeedServer implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(DemoFeedServer.class.getName());
  private static final String SERVER_NAME = "livedash-demo";
  /** Largest frame a push client may be sent: a backlog frame of 1 000 updates fits well. */
  private static final long MAX_TEXT_MESSAGE = 4L * 1024 * 1024;
  /** How often held long-poll requests are checked for their timeout. */
  private static final long LONG_POLL_SWEEP_MILLIS = 100;

  private final DemoFeedConfig config;
  private final FeedHub hub;
  private final FeedGenerator generator;
  private final List<SeriesMeta> catalogue;
  private final Server server;
  private final ServerConnector connector;
  private final ScheduledExecutorService scheduler;
  private final Clock clock;
  private final ServerAccess access;

  public DemoFeedServer(DemoFeedConfig config) {
    this(config, ServerAccess.open());
  }

  public DemoFeedServer(DemoFeedConfig config, ServerAccess access) {
    this(config, access, Clock.systemUTC(), new SplittableRandom());
  }

  /**
   * A server on a given clock: tests use a shifted clock to play a server on another machine.
   */
  public DemoFeedServer(DemoFeedConfig config, ServerAccess access, Clock clock,
      SplittableRandom random) {
    List<SeriesSimulator> sims = DemoCatalogue.create();
    double total = config.ratePerSeries() * sims.size();
    if (total > DemoFeedConfig.MAX_TOTAL_RATE) {
      throw new IllegalArgumentException(String.format(
          "rate %.0f/s per series is %.0f updates/s in all; the demo feed serves at most %.0f",
          config.ratePerSeries(), total, DemoFeedConfig.MAX_TOTAL_RATE));
    }
    this.config = config;
    this.clock = clock;
    FrameWriter codec = new FrameWriter();
    this.catalogue = sims.stream().map(SeriesSimulator::meta).toList();
    this.hub = new FeedHub(codec, config.historyCapacity(), config.heartbeatMillis(), SERVER_NAME,
        newStreamId(random));
    this.generator = new FeedGenerator(sims, config.ratePerSeries(), codec, hub, clock, random);

    scheduler = Executors.newScheduledThreadPool(1, r -> {
      Thread t = new Thread(r, "demo-feed-generator");
      t.setDaemon(true);
      return t;
    });
    QueuedThreadPool threads = new QueuedThreadPool(32, 4);
    threads.setName("demo-feed-http");
    threads.setDaemon(true);
    server = new Server(threads);
    this.access = access;
    connector = access.tls() ? tlsConnector(server, access) : new ServerConnector(server, 1, 1);
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
              (req, resp, cb) -> new FeedSocket(hub, scheduler));
        });
    ws.setHandler(new ApiHandler(codec, hub, new CatalogueCodec().encode(catalogue), clock));
    context.setHandler(new AccessHandler(access, hub, codec, ws));
    server.setHandler(context);
  }

  private static ServerConnector tlsConnector(Server server, ServerAccess access) {
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
    return new ServerConnector(server, 1, 1, new SslConnectionFactory(tls, "http/1.1"),
        new HttpConnectionFactory(http));
  }

  /** A fresh stream id: this server's sequence starts at 1 and its history is empty. */
  static String newStreamId(SplittableRandom random) {
    return Long.toString(random.nextLong() & Long.MAX_VALUE, 36);
  }

  /** Binds the port and starts generating. */
  public DemoFeedServer start() throws Exception {
    server.start();
    scheduler.scheduleAtFixedRate(this::tick, 0, config.tickMillis(), TimeUnit.MILLISECONDS);
    scheduler.scheduleAtFixedRate(
        () -> hub.heartbeat(EpochMicros.now(clock)),
        config.heartbeatMillis(), config.heartbeatMillis(), TimeUnit.MILLISECONDS);
    scheduler.scheduleAtFixedRate(() -> hub.longPolls().expire(System.nanoTime()),
        LONG_POLL_SWEEP_MILLIS, LONG_POLL_SWEEP_MILLIS, TimeUnit.MILLISECONDS);
    return this;
  }

  private void tick() {
    try {
      generator.tick(System.nanoTime());
    } catch (RuntimeException e) {
      // A failed tick must not cancel the schedule: log it and keep the feed going.
      LOG.log(Level.WARNING, "demo feed tick failed", e);
    }
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

  public List<SeriesMeta> catalogue() {
    return catalogue;
  }

  /** The id of this server's stream (protocol 1.1), new on every start. */
  public String streamId() {
    return hub.streamId();
  }

  /** Push clients closed because they could not keep up (status 1013). */
  public long slowClientsClosed() {
    return hub.slowClientsClosed();
  }

  /** Sequence number of the newest update generated so far. */
  public long lastSeq() {
    return hub.history().last();
  }

  @Override
  public void close() throws Exception {
    scheduler.shutdownNow();
    hub.closeAll("server shutting down");
    server.stop();
  }
}
