package org.livedash.client;

import org.livedash.transport.DaemonThreads;
import org.livedash.i18n.Texts;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.livedash.feed.FeedEndpoints;
import org.livedash.feed.mapping.MappingTally;
import org.livedash.feed.profile.Profile;
import org.livedash.feed.profile.ResolvedProfile;
import org.livedash.model.FeedMode;
import org.livedash.model.WireLog;
import org.livedash.feed.ShownAddress;
import org.livedash.model.FeedStats;
import org.livedash.model.SeriesStore;
import org.livedash.server.DemoFeedConfig;
import org.livedash.server.FeedServer;
import org.livedash.server.FeedSource;
import org.livedash.server.ServerAccess;
import org.livedash.server.ServerConfig;
import org.livedash.server.mqtt.MqttSource;
import org.livedash.transport.ClockProbe;
import org.livedash.transport.ConnectionSupervisor;
import org.livedash.transport.Credentials;
import org.livedash.transport.HttpCatalogueSource;
import org.livedash.transport.ReconnectPolicy;
import org.livedash.transport.websocket.JsonFeedOptions;
import org.livedash.settings.ViewLibrary;
import org.livedash.record.FeedRecorder;
import org.livedash.relay.ReplaySource;

/**
 * The composition root: builds the model, the shared network clients, the connection supervisor
 * and, when no URL was given, the embedded demo feed, and tears them down in order. The window
 * and headless runs both start from here, so they measure the same pipeline.
 */
public final class AppContext implements AutoCloseable {
  /** One hour of one series at the demo's default 10 updates/s. */
  public static final int RING_CAPACITY = 36_000;
  static final Duration DEAD_LINK_AFTER = Duration.ofSeconds(5);
  static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(5);
  /** The view of the embedded demo feed, however it was reached. */
  public static final String DEMO_VIEW = "demo";

  private final FeedStats stats = new FeedStats();
  /** Readings are judged against now on the feed's clock: this one's, moved by the offset. */
  private final SeriesStore store = new SeriesStore(RING_CAPACITY,
      () -> System.currentTimeMillis() * 1000 + stats.sourceShiftMicros());
  private final FeedAccess access;
  /** The profile named on the command line, the one destination its secrets go to; or null. */
  private final Profile commandLineProfile;
  /** What crosses the wire, for the wire view: taken only while it is open. */
  private final WireLog wireLog = new WireLog();
  private final WireCompanion companion;
  private volatile FeedRecorder recorder;
  private final FeedAlerts alerts;
  private final FeedConnections connections;
  private final ConnectionSupervisor supervisor;
  private final FeedPipeline pipeline;
  private final FeedSampler sampler;
  private final HttpCatalogueSource catalogue;
  /** The demo or a relayed broker, run by this window itself. */
  private final WindowServer here;
  private volatile FeedEndpoints endpoints;
  /** Recordings played as the feed, and the live feed to go back to. */
  private final Replays replays;

  private AppContext(LaunchOptions options, FeedServer embedded) {
    this.here = new WindowServer(embedded, embedded == null ? null : options.embeddedSource(),
        DemoFeedConfig.defaults().withRate(options.demoRate()));
    this.endpoints = embedded != null ? FeedEndpoints.fromUrl(embedded.url()) : options.endpoints();
    access = options.access();
    commandLineProfile = options.profile();
    connections = new FeedConnections(access, wireLog);
    Clock clock = Clock.systemUTC();
    pipeline = new FeedPipeline(store, stats, System::nanoTime, clock);
    sampler = new FeedSampler(connections.webSockets(), connections.connectExecutor(),
        connections.timer(), clock);
    catalogue = new HttpCatalogueSource(connections.requests(), REQUEST_TIMEOUT,
        access.credentials());
    supervisor = new ConnectionSupervisor(
        // Called as the connection begins, after the pipeline took the connection's shape.
        (mode, target, interval) -> connections.main(mode, target, interval, pipeline.shape()),
        target -> pipeline.shape().isLiveDash() ? catalogue.fetch(target)
            : CompletableFuture.completedFuture(List.of()),
        pipeline,
        ReconnectPolicy.standard(new SplittableRandom()),
        Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("feed-supervisor")),
        System::nanoTime);
    ClockWatch.start(new ClockProbe(connections.requests(), clock, 8, access.credentials()),
        () -> supervisor.isRunning() && speaksLiveDash() ? supervisor.endpoints() : null, stats,
        connections.timer(), connections.connectExecutor());
    companion = new WireCompanion(connections::companion, connections.connectExecutor());
    alerts = new FeedAlerts(store, options.alerting(), connections.timer(), entry -> {
      FeedRecorder r = recorder;
      if (r != null) {
        r.notes().acknowledged(entry, org.livedash.model.EpochMicros.now(clock));
      }
    });
    store.tap(alerts.dispatch());
    replays = new Replays(here, pipeline, stats, connections.connectExecutor(),
        this::connectTo, (mode, interval) -> connect(Profile.liveDash(null, null), name -> null,
            mode, interval, false));
    if (options.embeddedSource() instanceof ReplaySource played) {
      replays.started(played);
    }
    // A recording played back is not recorded over: the recording taps the store while live.
    pipeline.onShape(shape -> tapStore(shape.playClock() == null));
    pipeline.onStatus(status -> {
      FeedRecorder r = recorder;
      if (r != null && pipeline.shape().playClock() == null) {
        r.notes().connection(status, org.livedash.model.EpochMicros.now(clock));
      }
    });
    pipeline.views().commandLineRules(options.alerting().rules());
  }

  /** What crosses the wire, kept while the wire view is open. */
  public WireLog wireLog() {
    return wireLog;
  }

  /**
   * The wire view's companion beside the feed, or none: only beside a connected LiveDash feed,
   * in the mode asked for (a switch sets it at once; the figures follow a moment later).
   */
  public void companion(boolean on) {
    boolean beside = on && supervisor.isRunning() && speaksLiveDash();
    companion.request(beside ? supervisor.endpoints() : null, supervisor.status().mode());
  }

  public WireCompanion companion() {
    return companion;
  }

  /** Whether polls go with a browser's request headers: read before every request. */
  java.util.concurrent.atomic.AtomicBoolean browserHeaders() {
    return connections.browserHeaders();
  }

  /** This feed's figures for the report, named by its view ({@code demo}, its address, …). */
  public StatsReport.Feed figures() {
    return new StatsReport.Feed(pipeline.viewKey(), stats, store,
        profile() == null ? null : profile().name(), mappingTally());
  }

  /** What the current profile's mapping made of the messages (unmatched ones kept), or null. */
  public MappingTally mappingTally() {
    return pipeline.mapping() == null ? null : pipeline.mapping().tally();
  }

  /** The current feed's pipeline: its mapping, and click-to-plot on it. */
  FeedPipeline pipeline() {
    return pipeline;
  }

  /** The profile of the current connection, or null for a LiveDash URL typed in. */
  public Profile profile() {
    return pipeline.shape().profile();
  }

  /** Whether the current connection speaks the LiveDash protocol (and so can be polled). */
  public boolean speaksLiveDash() {
    return pipeline.shape().isLiveDash();
  }

  /**
   * Connects to a profile's feed, its templates filled with {@code secrets}; the demo feed is
   * started first if it is not running. Returns at once: the connection is made off the
   * calling thread.
   *
   * @param fromCommandLine whether the command line's token and headers are meant for it
   * @throws IllegalArgumentException with one line when the profile cannot be used (a bad
   *     address, a secret not set)
   */
  public void connect(Profile profile, Function<String, String> secrets, FeedMode mode,
      Duration pollInterval, boolean fromCommandLine) {
    replays.live((m, i) -> connect(profile, secrets, m, i, fromCommandLine));
    if (profile.isEmbeddedDemo() || profile.isMqtt()) {
      // Served by the window itself: the demo, or a broker relayed as --source does it.
      FeedSource broker = profile.isMqtt() ? MqttSource.of(profile, secrets) : null;
      connections.connectExecutor().execute(() -> {
        try {
          FeedEndpoints own = FeedEndpoints.fromUrl((broker == null ? here.demo()
              : here.relay(broker)).url());
          pipeline.expect(own, FeedShape.liveDash(profile, null, broker == null ? DEMO_VIEW
              : "mqtt:" + profile.destination()));
          connectTo(own, broker == null ? mode : FeedMode.WS, pollInterval);
          here.closeRetired();
        } catch (Exception e) {
          stats.reportProblem(Texts.message(e));
        }
      });
      return;
    }
    if (profile.isLiveDash()) {
      // Several addresses, comma-separated, are relays of one feed, failed over in turn.
      FeedEndpoints target = FeedEndpoints.fromUrls(profile.url());
      // A LiveDash server is watched as the same feed however it was reached: by its address.
      pipeline.expect(target, FeedShape.liveDash(profile,
          fromCommandLine ? null : Credentials.NONE, urlView(target)));
      connectTo(target, mode, pollInterval);
      return;
    }
    ResolvedProfile resolved = ResolvedProfile.of(profile, secrets);
    FeedEndpoints shown = FeedEndpoints.exactly(resolved.shownUrl());
    URI address = FeedEndpoints.exactly(resolved.url()).websocket();
    Credentials base = fromCommandLine ? access.credentials() : Credentials.NONE;
    FeedShape shape = new FeedShape(profile, profile.compile(), profile.discovery(),
        new JsonFeedOptions(address, resolved.openMessages(), resolved.pingMessage(),
            resolved.pingEvery(), resolved.spacing(), resolved.silence()),
        base.plus(resolved.headers()), " " + profile.toJson().hashCode(),
        "profile:" + profile.name());
    pipeline.expect(shown, shape);
    connectTo(shown, FeedMode.WS, pollInterval);
  }

  /**
   * Why the server at {@code target} does not speak the LiveDash protocol, or null when it may
   * ({@link HttpCatalogueSource#notLiveDash}); completes off the calling thread.
   */
  public CompletableFuture<org.livedash.model.Reason> notLiveDash(FeedEndpoints target) {
    return catalogue.notLiveDash(target);
  }

  /** Connects to a LiveDash server typed in as a URL. */
  public void connect(FeedEndpoints target, FeedMode mode, Duration pollInterval) {
    EmbeddedFeed own = here.feed();
    boolean ours = own != null && own.serves(target);
    FeedSource relayed = ours ? here.relayed() : null;
    if (!(relayed instanceof ReplaySource)) {
      // The window's own demo is started again when asked for; another server is reconnected.
      replays.live(ours && own.isDemo() ? null : (m, i) -> connect(target, m, i));
    }
    pipeline.expect(target, FeedShape.liveDash(null, null, !ours ? urlView(target)
        : own.isDemo() ? DEMO_VIEW : "source:" + own.sourceAddress())
        .playedBy(relayed == null ? null : relayed.playClock()));
    connectTo(target, mode, pollInterval);
  }

  /** The view of a server reached by its address: kept with no credential typed into it. */
  private static String urlView(FeedEndpoints target) {
    return "url:" + ShownAddress.key(target.websocket());
  }

  /** Recordings played as the feed (opened, held, moved), and the way back to live. */
  public Replays replays() {
    return replays;
  }

  /** The recording taps the store while the feed is live; the alerts always do. */
  private void tapStore(boolean live) {
    FeedRecorder r = recorder;
    store.tap(r != null && live ? org.livedash.model.StoreTap.both(r, alerts.dispatch())
        : alerts.dispatch());
  }

  private void connectTo(FeedEndpoints target, FeedMode mode, Duration pollInterval) {
    endpoints = target;
    supervisor.connect(target, mode, pollInterval);
    try {
      // A recording played before is left for this feed: its relay goes, the connection moved.
      here.closePlayingBut(target);
    } catch (Exception e) {
      stats.reportProblem(Texts.message(e));
    }
  }

  /** Starts the embedded feed if needed and connects in the requested mode. */
  public static AppContext start(LaunchOptions options) throws Exception {
    return start(options, new ViewLibrary(null));
  }

  /** As above, the feeds shown as the user left them in {@code views}. */
  public static AppContext start(LaunchOptions options, ViewLibrary views) throws Exception {
    FeedServer server = null;
    if (options.endpoints() == null) {
      server = options.embeddedSource() != null
          ? new FeedServer(ServerConfig.defaults(), options.embeddedSource(), ServerAccess.open())
              .start()
          : new FeedServer(DemoFeedConfig.defaults().withRate(options.demoRate())).start();
    }
    AppContext context = new AppContext(options, server);
    context.pipeline.views().use(views);
    if (options.record() != null) {
      context.recordTo(options.record());
    }
    if (options.profile() != null) {
      context.connect(options.profile(),
          name -> context.commandLineSecret(options.profile(), name), options.mode(),
          options.pollInterval(), true);
    } else {
      context.connect(context.endpoints, options.mode(), options.pollInterval());
    }
    return context;
  }

  public SeriesStore store() {
    return store;
  }

  public FeedStats stats() {
    return stats;
  }

  public ConnectionSupervisor supervisor() {
    return supervisor;
  }

  /** The feed connected to (or last asked for), its secrets masked. */
  public FeedEndpoints endpoints() {
    return endpoints;
  }

  /**
   * The first messages of a profile's feed, on a connection of their own, for the editor's
   * samples.
   */
  CompletableFuture<List<String>> sample(Profile profile, Function<String, String> secrets) {
    return sampler.sample(profile, secrets, FeedSampler.MESSAGES, FeedSampler.WITHIN);
  }

  /** Runs short work off the JavaFX thread (the profile editor's previews). */
  public java.util.concurrent.Executor backgroundExecutor() {
    return connections.connectExecutor();
  }

  /** The feed server this window runs itself, and what it serves; null when none runs. */
  public EmbeddedFeed embeddedFeed() {
    return here.feed();
  }

  /** What the window's own server relays now (a broker), or null for the demo or none. */
  FeedSource relayed() {
    return here.relayed();
  }

  /**
   * A secret for {@code profile} from the command line's environment ({@code
   * LIVEDASH_SECRET_<NAME>}, or for {@code token} the command line's token): only when it goes
   * where the profile named on the command line goes, never to another destination.
   */
  String commandLineSecret(Profile profile, String name) {
    Profile named = commandLineProfile;
    return named != null && named.destination().equals(profile.destination())
        ? access.secret(name) : null;
  }

  /** Records what the store takes in to {@code file} (MCAP) from now until closed. */
  private void recordTo(java.nio.file.Path file) throws java.io.IOException {
    recorder = FeedRecorder.start(file, "LiveDash " + Version.get(), System::nanoTime);
    tapStore(true);
  }

  /** Where this run's alerts go: the log, the command line's command and file, the desktop. */
  public FeedAlerts alerts() {
    return alerts;
  }

  /** Writes a note the user marked on the time axis into the feed's recording, if recorded. */
  public void recordNote(org.livedash.model.Layout.Annotation note) {
    FeedRecorder r = recorder;
    if (r != null) {
      r.notes().annotation(note, org.livedash.model.EpochMicros.now(Clock.systemUTC()));
    }
  }

  /** The recording of this run, or null when it records nothing. */
  public FeedRecorder recorder() {
    return recorder;
  }

  @Override
  public void close() throws Exception {
    companion.close();
    supervisor.close();
    connections.close();
    store.tap(org.livedash.model.StoreTap.NONE);
    if (recorder != null) {
      recorder.close();
    }
    alerts.close();
    here.close();
  }
}
