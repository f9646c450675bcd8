package org.livedash.bench;

import jakarta.websocket.ClientEndpointConfig;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.Session;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Recorder;
import org.glassfish.tyrus.client.ClientManager;

/**
 * The relay's load test: many lightweight WebSocket clients (one shared Tyrus client, counting
 * only) against one relay, then two relays on Redis, as separate processes on this machine, at a
 * given feed rate; and polling and long-polling clients at equal numbers. Reports connected
 * clients, updates/s delivered across all clients, latency source → client (p50, p99: both
 * processes read one clock), the relays' CPU and resident memory, and memory per client.
 *
 * <p>{@code mvn -B -Pbench test-compile exec:exec@scale-bench} (redis-server must be installed).
 */
public final class ScaleBench {
  private static final int WARM_SECONDS = 3;
  /**
   * The most clients one process of this machine can hold: its descriptors are capped at 20 000
   * (soft and hard), and the relay and the load each need a few hundred of their own.
   */
  private static final int MAX_CLIENTS = 19_500;
  private static final int MEASURE_SECONDS = 10;

  private final ClientManager ws = ClientManager.createClient();
  private final Recorder latency = new Recorder(60_000_000L, 3);
  private final LongAdder delivered = new LongAdder();
  private final AtomicInteger open = new AtomicInteger();
  private final List<Session> sessions = new ArrayList<>();
  /** One relay's WebSocket settings, for the plot. */
  private static final List<ScalePlot.Point> PLOTTED = new ArrayList<>();

  /** One measured setting: what the table prints, and what the floor is compared on. */
  record Result(int clients, double p50, double p99, double cpu, double kbPerClient) {}

  public static void main(String[] args) throws Exception {
    int[] clients = {1_000, 2_500, 5_000};
    double[] rates = {1, 10};
    boolean fanOutOnly = args.length >= 1 && args[0].equals("fan-out");
    double[][] fanOut = {{5_000, 1}, {5_000, 10}, {MAX_CLIENTS, 0.1}};
    if (fanOutOnly && args.length == 3) {
      // One fan-out setting only: clients and feed rate, against the floor.
      fanOut = new double[][] {{Double.parseDouble(args[1]), Double.parseDouble(args[2])}};
    }
    if (args.length == 2) {
      // One setting only: clients and feed rate.
      clients = new int[] {Integer.parseInt(args[0])};
      rates = new double[] {Double.parseDouble(args[1])};
    }
    System.out.printf(Locale.ROOT, "LiveDash scale bench — %d cores, %s, Java %s, %s%n",
        Runtime.getRuntime().availableProcessors(), BenchProcesses.cpuModel(),
        System.getProperty("java.version"), System.getProperty("os.name"));
    System.out.println("| setting | clients connected | feed updates/s | delivered updates/s"
        + " | p50 ms | p99 ms | relay CPU % of a core | relay RSS MB | RSS per client KB"
        + " | clients' CPU % |");
    System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    List<String> ratios = new ArrayList<>();
    // The fan-out against its floor, in the same run: the relay, then a bare broadcaster
    // sending the same frames to as many clients.
    for (double[] setting : fanOut) {
      int n = (int) setting[0];
      Result relay = new ScaleBench().run("WebSocket, one relay", n, setting[1], false);
      Result floor = new ScaleBench().run("WebSocket, bare broadcaster (floor)", n,
          setting[1], false, true);
      ratios.add(String.format(Locale.ROOT, "| %d clients at %s update/s | %.2f | %.2f | %.2f"
          + " | %.2f |", n, setting[1], relay.p50() / floor.p50(), relay.p99() / floor.p99(),
          relay.cpu() / floor.cpu(), relay.kbPerClient() / floor.kbPerClient()));
    }
    if (!fanOutOnly) {
      for (double rate : rates) {
        for (int n : clients) {
          new ScaleBench().run("WebSocket, one relay", n, rate, false);
        }
        new ScaleBench().run("WebSocket, two relays on Redis", 5_000, rate, true);
        for (String poll : new String[] {"polling every 1 s", "long-poll"}) {
          new ScaleBench().poll(poll, clients[clients.length - 1], rate);
        }
      }
    }
    System.out.println();
    System.out.println("| LiveDash ÷ floor | p50 | p99 | CPU | memory per client |");
    System.out.println("|---|---:|---:|---:|---:|");
    ratios.forEach(System.out::println);
    String plot = System.getProperty("scale.plot");
    if (plot != null && !PLOTTED.isEmpty()) {
      ScalePlot.write(PLOTTED, Path.of(plot));
      System.out.println("plot: " + plot);
    }
    System.out.flush();
    System.exit(0);
  }

  private Result run(String setting, int clients, double feedRate, boolean twoRelays)
      throws Exception {
    return run(setting, clients, feedRate, twoRelays, false);
  }

  private Result run(String setting, int clients, double feedRate, boolean twoRelays,
      boolean floor) throws Exception {
    Path dir = Files.createTempDirectory("scale-bench");
    List<Relay> relays = new ArrayList<>();
    Process redis = null;
    try {
      String redisUrl = null;
      if (twoRelays) {
        int port = BenchProcesses.freePort();
        redis = new ProcessBuilder(org.livedash.server.RedisBinary.resolve().toString(), "--port",
            Integer.toString(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no")
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("redis.log").toFile()).start();
        BenchProcesses.waitForPort(port);
        redisUrl = "redis://127.0.0.1:" + port;
      }
      for (int i = 0; i < (twoRelays ? 2 : 1); i++) {
        relays.add(floor ? Relay.floor(dir, feedRate) : Relay.start(dir, feedRate, redisUrl));
      }
      Thread.sleep(2_000);
      long baseline = relays.stream().mapToLong(Relay::rssKb).sum();
      connect(clients, relays);
      Thread.sleep(WARM_SECONDS * 1_000L);
      latency.getIntervalHistogram();
      delivered.reset();
      long[] cpu0 = relays.stream().mapToLong(Relay::cpuTicks).toArray();
      long self0 = Relay.ticks(ProcessHandle.current().pid());
      long t0 = System.nanoTime();
      // At least ten updates of the feed, however slow it is.
      Thread.sleep(Math.max(MEASURE_SECONDS, (long) Math.ceil(10 / feedRate)) * 1_000L);
      double seconds = (System.nanoTime() - t0) / 1e9;
      long count = delivered.sum();
      var h = latency.getIntervalHistogram();
      double cpu = 0;
      for (int i = 0; i < relays.size(); i++) {
        cpu += (relays.get(i).cpuTicks() - cpu0[i]) / 100.0 / seconds * 100;
      }
      if (!twoRelays && !floor) {
        PLOTTED.add(new ScalePlot.Point(open.get(), feedRate, h.getValueAtPercentile(50) / 1000.0,
            h.getValueAtPercentile(99) / 1000.0));
      }
      long rss = relays.stream().mapToLong(Relay::rssKb).sum();
      double self = (Relay.ticks(ProcessHandle.current().pid()) - self0) / seconds;
      System.out.printf(Locale.ROOT,
          "| %s | %d | %s | %.0f | %.1f | %.1f | %.0f | %.0f | %.1f | %.0f |%n",
          setting, open.get(), rate(feedRate), count / seconds, h.getValueAtPercentile(50) / 1000.0,
          h.getValueAtPercentile(99) / 1000.0, cpu, rss / 1024.0,
          (rss - baseline) / (double) Math.max(1, open.get()), self);
      return new Result(open.get(), h.getValueAtPercentile(50) / 1000.0,
          h.getValueAtPercentile(99) / 1000.0, cpu,
          (rss - baseline) / (double) Math.max(1, open.get()));
    } finally {
      for (Session s : sessions) {
        try {
          s.close();
        } catch (IOException | RuntimeException e) {
          // Closing; the relay goes too.
        }
      }
      ws.shutdown();
      relays.forEach(Relay::stop);
      if (redis != null) {
        redis.destroy();
        redis.waitFor(5, TimeUnit.SECONDS);
      }
    }
  }

  /**
   * Polling clients at equal numbers against one relay: each asks for what follows its position
   * once a second (or, long-polling, is held until there is something), counting updates.
   */
  private void poll(String setting, int clients, double feedRate) throws Exception {
    Path dir = Files.createTempDirectory("scale-bench");
    Relay relay = Relay.start(dir, feedRate, null);
    boolean hold = setting.startsWith("long");
    java.util.concurrent.ScheduledExecutorService timer =
        java.util.concurrent.Executors.newScheduledThreadPool(2);
    java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
        .executor(java.util.concurrent.Executors.newFixedThreadPool(4)).build();
    AtomicInteger polling = new AtomicInteger();
    try {
      Thread.sleep(2_000);
      long baseline = relay.rssKb();
      for (int i = 0; i < clients; i++) {
        Poller p = new Poller(http, timer, relay.port, hold, polling, this::count);
        timer.schedule(p::next, i % 1_000, TimeUnit.MILLISECONDS);
      }
      Thread.sleep((WARM_SECONDS + 2) * 1_000L);
      latency.getIntervalHistogram();
      delivered.reset();
      long cpu0 = relay.cpuTicks();
      long self0 = Relay.ticks(ProcessHandle.current().pid());
      long t0 = System.nanoTime();
      Thread.sleep(MEASURE_SECONDS * 1_000L);
      double seconds = (System.nanoTime() - t0) / 1e9;
      var h = latency.getIntervalHistogram();
      System.out.printf(Locale.ROOT,
          "| %s, one relay | %d | %.0f | %.0f | %.1f | %.1f | %.0f | %.0f | %.1f | %.0f |%n",
          setting, polling.get(), feedRate, delivered.sum() / seconds,
          h.getValueAtPercentile(50) / 1000.0, h.getValueAtPercentile(99) / 1000.0,
          (relay.cpuTicks() - cpu0) / seconds, relay.rssKb() / 1024.0,
          (relay.rssKb() - baseline) / (double) Math.max(1, polling.get()),
          (Relay.ticks(ProcessHandle.current().pid()) - self0) / seconds);
    } finally {
      timer.shutdownNow();
      relay.stop();
    }
  }

  private static String rate(double r) {
    return r == Math.rint(r) ? Long.toString((long) r) : Double.toString(r);
  }

  /** Opens the clients, at most 100 handshakes at a time, spread over the relays. */
  private void connect(int clients, List<Relay> relays) throws InterruptedException {
    Semaphore inFlight = new Semaphore(100);
    java.util.concurrent.ExecutorService handshakes =
        java.util.concurrent.Executors.newFixedThreadPool(100);
    CountDownLatch done = new CountDownLatch(clients);
    ClientEndpointConfig config = ClientEndpointConfig.Builder.create().build();
    for (int i = 0; i < clients; i++) {
      inFlight.acquire();
      URI uri = URI.create("ws://127.0.0.1:" + relays.get(i % relays.size()).port + "/feed");
      int n = i;
      handshakes.execute(() -> {
        try {
          if (JDK_CLIENT) {
            jdk[n % jdk.length].newWebSocketBuilder().buildAsync(uri, new JdkCountingClient())
                .join();
          } else {
            Session s = ws.connectToServer(new CountingClient(), config, uri);
            synchronized (sessions) {
              sessions.add(s);
            }
          }
          open.incrementAndGet();
        } catch (Exception e) {
          // Counted as not connected.
        } finally {
          inFlight.release();
          done.countDown();
        }
      });
    }
    done.await(120, TimeUnit.SECONDS);
    handshakes.shutdown();
  }

  /** The JDK's WebSocket client, the lighter of the two, as the load's clients. */
  private static final boolean JDK_CLIENT = !Boolean.getBoolean("scale.tyrus");
  /** Clients share a few HttpClients: each reads its sockets on one selector thread. */
  private final java.net.http.HttpClient[] jdk = new java.net.http.HttpClient[] {
      java.net.http.HttpClient.newHttpClient(), java.net.http.HttpClient.newHttpClient(),
      java.net.http.HttpClient.newHttpClient(), java.net.http.HttpClient.newHttpClient()};

  /** The same counting on the JDK's client: whole messages assembled from their parts. */
  private final class JdkCountingClient implements java.net.http.WebSocket.Listener {
    private final StringBuilder parts = new StringBuilder();

    @Override
    public java.util.concurrent.CompletionStage<?> onText(java.net.http.WebSocket socket,
        CharSequence data, boolean last) {
      parts.append(data);
      if (last) {
        count(parts.toString());
        parts.setLength(0);
      }
      socket.request(1);
      return null;
    }
  }

  /** Counts updates and records the newest one's age; decodes nothing else. */
  private final class CountingClient extends Endpoint {
    @Override
    public void onOpen(Session session, EndpointConfig config) {
      session.setMaxTextMessageBufferSize(16 * 1024 * 1024);
      session.addMessageHandler(String.class, (MessageHandler.Whole<String>) this::frame);
    }

    private void frame(String text) {
      count(text);
    }
  }

  private void count(String text) {
    {
      if (!text.startsWith("{\"type\":\"batch\"")) {
        return;
      }
      long nowMicros = System.currentTimeMillis() * 1000;
      int n = 0;
      for (int i = text.indexOf("\"seq\":"); i >= 0; i = text.indexOf("\"seq\":", i + 6)) {
        n++;
      }
      delivered.add(n);
      // Every update's age, so a poll answer carrying a second of updates counts each of them.
      for (int t = text.indexOf("\"t\":"); t >= 0; t = text.indexOf("\"t\":", t + 4)) {
        int end = t + 4;
        while (end < text.length() && Character.isDigit(text.charAt(end))) {
          end++;
        }
        long age = nowMicros - Long.parseLong(text.substring(t + 4, end));
        latency.recordValue(Math.max(0, Math.min(age, 59_000_000L)));
      }
    }
  }

  /** A relay process: {@code livedash serve} on a free port (or the floor it is held to). */
  private record Relay(Process process, int port) {
    /** The bare broadcaster sending the same frames: the floor of the fan-out. */
    static Relay floor(Path dir, double feedRate) throws Exception {
      int port = BenchProcesses.freePort();
      Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
          .toString(), "-Xmx1g", "-cp", System.getProperty("java.class.path"),
          MinimalBroadcaster.class.getName(), Integer.toString(port), Double.toString(feedRate))
          .redirectErrorStream(true).redirectOutput(dir.resolve("floor-" + port + ".log")
              .toFile()).start();
      BenchProcesses.waitForPort(port);
      return new Relay(p, port);
    }

    static Relay start(Path dir, double feedRate, String redis) throws Exception {
      int port = BenchProcesses.freePort();
      List<String> cmd = new ArrayList<>(List.of(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g"));
      // A flag for the relay's JVM alone (a flight recording, say): -Dscale.relay.jvm=…
      String relayJvm = System.getProperty("scale.relay.jvm");
      if (relayJvm != null && !relayJvm.isBlank()) {
        cmd.add(relayJvm);
      }
      cmd.addAll(List.of(
          "-cp", System.getProperty("java.class.path"), "org.livedash.cli.Main", "serve",
          "--port", Integer.toString(port), "--rate", Double.toString(feedRate / 12),
          "--max-clients", "20000"));
      if (redis != null) {
        cmd.addAll(List.of("--redis", redis, "--feed", "bench"));
      }
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
          .redirectOutput(dir.resolve("relay-" + port + ".log").toFile()).start();
      BenchProcesses.waitForPort(port);
      return new Relay(p, port);
    }

    long cpuTicks() {
      return ticks(process.pid());
    }

    /** A process's user and system CPU time, in ticks of 1/100 s. */
    static long ticks(long pid) {
      return BenchProcesses.cpuTicks(pid);
    }

    long rssKb() {
      return BenchProcesses.memoryKb(process.pid(), "VmRSS");
    }

    void stop() {
      process.destroy();
      try {
        process.waitFor(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }



}
