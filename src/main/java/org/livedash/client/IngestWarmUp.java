package org.livedash.client;

import java.time.Clock;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.SplittableRandom;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.livedash.alert.AlertDispatch;
import org.livedash.feed.FeedCodec;
import org.livedash.feed.FeedEndpoints;
import org.livedash.model.FeedMode;
import org.livedash.model.FeedStats;
import org.livedash.model.SeriesStore;
import org.livedash.server.SyntheticBurst;
import org.livedash.transport.ConnectionSupervisor;
import org.livedash.transport.Credentials;
import org.livedash.transport.DaemonThreads;
import org.livedash.transport.HttpCatalogueSource;
import org.livedash.transport.ReconnectPolicy;
import org.livedash.transport.websocket.WebSocketClients;
import org.livedash.transport.websocket.WebSocketTransport;

/**
 * Pushes a burst of synthetic updates through the client's whole push path as a headless run
 * starts — a server on loopback ({@link SyntheticBurst}), the catalogue fetched over HTTP, Tyrus
 * and its socket threads, the hand-off to the decoding thread, the decoder, the supervisor, the
 * pipeline, the store and the statistics — over four connections in turn, so that the compilers
 * have made all of it fast, for every branch a feed takes, before the real feed's first frame
 * arrives. Without it a fast feed's first second queues behind the compilers (whole-run p99
 * tens of times the steady one). Into a server, clients, store and statistics of its own:
 * nothing reaches the feed's. Once a process, before the feed connects, in a headless run only
 * (decision 0040): a window's user waits for the first live point, and a slow feed gains nothing
 * from it.
 */
public final class IngestWarmUp {
  private static final Logger LOG = Logger.getLogger(IngestWarmUp.class.getName());
  /** Updates through the path before the feed connects (about 1 s of the 3 s it takes here). */
  private static final long UPDATES = 200_000;
  /** The longest the burst may take, on a slow machine. */
  private static final Duration LIMIT = Duration.ofSeconds(3);
  /** How long the compilers must have finished nothing for the feed to go on. */
  private static final Duration QUIET = Duration.ofMillis(150);
  /** The longest the feed waits for them after the burst. */
  private static final Duration QUIET_LIMIT = Duration.ofSeconds(1);
  /** Connections the burst is shared by, one after the other. */
  private static final int CONNECTIONS = 4;
  /**
   * Readings a series keeps: few enough that the burst's series fill their rings and wrap, as a
   * fast feed's do within seconds, while the series it announces later still grow theirs.
   */
  private static final int RING_SLOTS = 8_192;
  private static final AtomicBoolean DONE = new AtomicBoolean();

  private IngestWarmUp() {}

  /** Warms the path, the first time it is called in this process; never throws. */
  public static void once() {
    if (DONE.compareAndSet(false, true)) {
      long started = System.nanoTime();
      try {
        long updates = run(UPDATES, LIMIT, Clock.systemUTC());
        LOG.log(Level.FINE, "ingest path warmed: {0} updates in {1} ms",
            new Object[] {updates, (System.nanoTime() - started) / 1_000_000});
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (Exception e) {
        // A loopback the machine refuses costs only the first seconds' speed.
        LOG.log(Level.FINE, "ingest path not warmed", e);
      }
    }
  }

  /**
   * Pushes {@code updates} synthetic updates (or as many as {@code limit} allows) through the
   * path; returns how many the scratch statistics counted.
   */
  static long run(long updates, Duration limit, Clock clock) throws Exception {
    // First what may fail (a loopback the machine refuses), before any thread is started.
    SyntheticBurst burst = new SyntheticBurst(updates, CONNECTIONS, clock).start();
    SeriesStore store = new SeriesStore(RING_SLOTS);
    // The tap a feed's store has (its alerts' dispatch), so compiled code expects it.
    AlertDispatch alerts = new AlertDispatch();
    store.tap(alerts);
    FeedStats stats = new FeedStats();
    FeedPipeline pipeline = new FeedPipeline(store, stats, System::nanoTime, clock);
    ScheduledExecutorService thread =
        Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("livedash-warm-up"));
    WebSocketClients clients = new WebSocketClients(5_000, null);
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .executor(thread).build();
    FeedCodec codec = new FeedCodec();
    ConnectionSupervisor supervisor = new ConnectionSupervisor(
        (mode, target, interval) -> new WebSocketTransport(clients, target, codec, thread, thread,
            clock, Duration.ofSeconds(5), Credentials.NONE),
        new HttpCatalogueSource(http, Duration.ofSeconds(5), Credentials.NONE)::fetch,
        pipeline, ReconnectPolicy.standard(new SplittableRandom(1)), thread, System::nanoTime);
    try {
      long deadline = System.nanoTime() + limit.toNanos();
      for (int part = 1; part <= CONNECTIONS; part++) {
        // Connected again for each part: what a feed's first frames on a new connection (and
        // a new decoding thread) take is warmed too.
        supervisor.connect(FeedEndpoints.fromUrl(burst.url()), FeedMode.WS, Duration.ofSeconds(1));
        while (counted(stats) < burst.updatesThrough(part) && System.nanoTime() < deadline) {
          TimeUnit.MILLISECONDS.sleep(10);
        }
      }
      awaitCompilersQuiet(System.nanoTime() + QUIET_LIMIT.toNanos());
      return counted(stats);
    } finally {
      // The client closes first, so the server sees a close and not a lost connection.
      supervisor.close();
      burst.close();
      alerts.close();
      clients.shutdown();
      thread.shutdownNow();
    }
  }

  /**
   * Waits until the compilers have finished nothing for {@link #QUIET}, at most until {@code
   * untilNanos}: what the burst set them compiling is in place before the feed's first frame
   * (with the feed connecting while they still worked, its first second queued in some runs).
   */
  private static void awaitCompilersQuiet(long untilNanos) throws InterruptedException {
    CompilationMXBean compilers = ManagementFactory.getCompilationMXBean();
    if (compilers == null || !compilers.isCompilationTimeMonitoringSupported()) {
      return;
    }
    long done = compilers.getTotalCompilationTime();
    while (System.nanoTime() < untilNanos) {
      TimeUnit.MILLISECONDS.sleep(QUIET.toMillis());
      long now = compilers.getTotalCompilationTime();
      if (now == done) {
        return;
      }
      done = now;
    }
  }

  private static long counted(FeedStats stats) {
    return stats.of(FeedMode.WS).snapshot(System.nanoTime()).updates();
  }
}
