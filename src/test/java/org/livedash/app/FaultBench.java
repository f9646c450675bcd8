package org.livedash.app;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import org.livedash.feed.FeedEndpoints;
import org.livedash.model.ConnectionState;
import org.livedash.model.FeedMode;
import org.livedash.server.DemoFeedConfig;
import org.livedash.server.FeedServer;
import org.livedash.client.LaunchOptions;
import org.livedash.client.AppContext;
import org.livedash.client.FeedAccess;

/**
 * The fault benchmark, not a test: how long the headless client takes to be live again after a
 * server comes back (the same server behind a path that was cut, and a restarted server with a
 * new stream), and to notice a stalled path in each mode. It prints p50 and max of each, with the
 * missed and repeated updates, which must stay 0.
 *
 * <pre>
 * mvn -B -Pbench test-compile exec:exec@fault-bench -Dfault.args="--restarts 10 --stalls 5"
 * </pre>
 */
public final class FaultBench {
  private static final double RATE = 50;

  private FaultBench() {}

  public static void main(String[] args) throws Exception {
    int restarts = 10;
    int stalls = 5;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--restarts" -> restarts = Integer.parseInt(args[i + 1]);
        case "--stalls" -> stalls = Integer.parseInt(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    System.out.printf(Locale.ROOT, "fault bench: Java %s, %d cores, %s, loopback, %.0f updates/s"
        + " per series%n", System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors(), Instant.now(), RATE);
    System.out.println("| fault | mode | runs | p50 | max | missed | repeated | restarts |");
    System.out.println("|---|---|---:|---:|---:|---:|---:|---:|");
    pathCut(restarts);
    newStream(restarts);
    for (FeedMode mode : FeedMode.values()) {
      stall(mode, stalls);
    }
    System.exit(0);
  }

  /** The server stays up; the path to it is cut for a second and restored. */
  private static void pathCut(int runs) throws Exception {
    try (FeedServer server = new FeedServer(DemoFeedConfig.defaults().withRate(RATE))
            .start();
        TcpProxy proxy = new TcpProxy(server.port());
        AppContext c = connect(proxy.port(), FeedMode.WS)) {
      List<Double> times = new ArrayList<>();
      for (int i = 0; i < runs; i++) {
        proxy.stopListening();
        awaitState(c, ConnectionState.RECONNECTING);
        Thread.sleep(1_000);
        long back = System.nanoTime();
        proxy.startListening();
        long target = server.lastSeq();
        await(() -> state(c) == ConnectionState.LIVE
            && c.store().resumePoint().afterSeq() >= target);
        times.add((System.nanoTime() - back) / 1e9);
      }
      row("server back (same stream)", FeedMode.WS, times, c);
    }
  }

  /** The server restarts on the same port with a new stream, already past the client. */
  private static void newStream(int runs) throws Exception {
    FeedServer server = new FeedServer(DemoFeedConfig.defaults().withRate(RATE)).start();
    int port = server.port();
    try (AppContext c = connect(port, FeedMode.WS)) {
      List<Double> times = new ArrayList<>();
      for (int i = 0; i < runs; i++) {
        server.close();
        awaitState(c, ConnectionState.RECONNECTING);
        Thread.sleep(1_000);
        long back = System.nanoTime();
        server = new FeedServer(DemoFeedConfig.defaults().withRate(RATE).withPort(port))
            .start();
        long restartsBefore = c.stats().restarts();
        FeedServer current = server;
        await(() -> state(c) == ConnectionState.LIVE && c.stats().restarts() > restartsBefore
            && c.store().resumePoint().stream().equals(current.streamId()));
        times.add((System.nanoTime() - back) / 1e9);
      }
      row("server restarted (new stream)", FeedMode.WS, times, c);
    } finally {
      server.close();
    }
  }

  /** The path stalls: bytes stop, sockets stay open. */
  private static void stall(FeedMode mode, int runs) throws Exception {
    try (FeedServer server = new FeedServer(DemoFeedConfig.defaults().withRate(RATE))
            .start();
        TcpProxy proxy = new TcpProxy(server.port());
        AppContext c = connect(proxy.port(), mode)) {
      List<Double> times = new ArrayList<>();
      for (int i = 0; i < runs; i++) {
        long stalled = System.nanoTime();
        proxy.stall();
        awaitState(c, ConnectionState.RECONNECTING);
        times.add((System.nanoTime() - stalled) / 1e9);
        proxy.unstall();
        long target = server.lastSeq();
        await(() -> state(c) == ConnectionState.LIVE
            && c.store().resumePoint().afterSeq() >= target);
      }
      row("stall detected", mode, times, c);
    }
  }

  private static AppContext connect(int port, FeedMode mode) throws Exception {
    AppContext c = AppContext.start(new LaunchOptions(
        FeedEndpoints.fromUrl("ws://127.0.0.1:" + port + "/feed"), mode, Duration.ofMillis(100),
        LaunchOptions.Theme.DARK, RATE, null, null, true, false, FeedAccess.standard(), null,
        null));
    await(() -> state(c) == ConnectionState.LIVE && c.store().resumePoint().afterSeq() > 0);
    return c;
  }

  private static ConnectionState state(AppContext c) {
    return c.supervisor().status().state();
  }

  private static void awaitState(AppContext c, ConnectionState s) throws InterruptedException {
    await(() -> state(c) == s);
  }

  private static void await(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("condition not reached in 60 s");
      }
      Thread.sleep(5);
    }
  }

  private static void row(String fault, FeedMode mode, List<Double> seconds, AppContext c) {
    List<Double> sorted = new ArrayList<>(seconds);
    sorted.sort(null);
    var s = c.stats().of(mode).snapshot(System.nanoTime());
    System.out.printf(Locale.ROOT, "| %s | %s | %d | %.2f s | %.2f s | %d | %d | %d |%n", fault,
        mode.key(), sorted.size(), sorted.get((sorted.size() - 1) / 2),
        sorted.get(sorted.size() - 1), s.gaps(), s.duplicates(), c.stats().restarts());
  }
}
