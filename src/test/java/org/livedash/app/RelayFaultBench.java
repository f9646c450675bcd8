package org.livedash.app;

import static org.awaitility.Awaitility.await;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.livedash.feed.FeedEndpoints;
import org.livedash.model.FeedMode;
import org.livedash.server.LoopbackProcess;
import org.livedash.server.RedisServer;
import org.livedash.server.mqtt.TestMqttBroker;
import org.livedash.client.FeedAccess;
import org.livedash.client.LaunchOptions;
import org.livedash.client.AppContext;

/**
 * {@code bench relay-faults}: two relays ({@code livedash serve}, each its own process) of one
 * MQTT broker on one Redis with persistence, a device publishing numbered readings at 200/s,
 * and a headless client on each relay (each given both, to fail over). Faults, each a number of
 * times: the owner killed (SIGKILL), the owner paused past its lease (SIGSTOP), Redis killed
 * (SIGKILL) and restarted from its append-only file, Redis restarted from a save 2 s older than
 * what it took (a new stream), the owner cut from Redis (a TCP proxy that stalls). For each,
 * counted from the publisher's side over the readings published while it lasted: delivered to
 * each client, marked as missed (the hole every client counts), silently lost (neither),
 * repeated. The invariant: silently lost = 0.
 *
 * <pre>
 * mvn -B -Pbench test-compile exec:exec@relay-faults -Drelay.args="--runs 5"
 * </pre>
 */
public final class RelayFaultBench implements AutoCloseable {
  static final String SERIES = "bench/r:n";
  private static final int RATE = 200;
  private static final Duration SETTLE = Duration.ofSeconds(3);

  /** A fault the bench puts a site through. */
  enum Fault {
    OWNER_KILL("owner killed (SIGKILL), restarted"),
    OWNER_PAUSE("owner paused past its lease (SIGSTOP 6 s)"),
    REDIS_KILL("Redis killed (SIGKILL), restarted from its AOF"),
    REDIS_ROLLBACK("Redis killed, restarted from a save 2 s older"),
    PARTITION("owner cut from Redis for 5 s");

    final String label;

    Fault(String label) {
      this.label = label;
    }
  }

  /** What the clients made of the readings published during one kind of fault. */
  record Tally(Fault fault, int runs, long published, long delivered, long marked,
      long silentlyLost, long repeated) {
    double deliveredShare() {
      return published == 0 ? 1 : (double) delivered / published;
    }
  }

  private final Path dir;
  private final RedisServer redis;
  private final TestMqttBroker broker;
  private final List<Relay> relays = new ArrayList<>();
  private final List<AppContext> clients = new ArrayList<>();
  private final Mqtt5AsyncClient device;
  private final ScheduledExecutorService publishing = Executors.newSingleThreadScheduledExecutor();
  private final AtomicLong published = new AtomicLong();
  private final HttpClient http = HttpClient.newHttpClient();

  RelayFaultBench(Path dir) throws Exception {
    this.dir = dir;
    Files.createDirectories(dir.resolve("redis"));
    Files.createDirectories(dir.resolve("broker"));
    redis = RedisServer.persistent(dir.resolve("redis"));
    broker = TestMqttBroker.start(dir.resolve("broker"));
    for (int i = 0; i < 2; i++) {
      relays.add(new Relay(i));
    }
    relays.get(0).start();
    await().atMost(Duration.ofSeconds(30)).until(() -> relays.get(0).owner());
    relays.get(1).start();
    device = MqttClient.builder().useMqttVersion5().serverHost("127.0.0.1")
        .serverPort(broker.port()).buildAsync();
    device.connect().get(10, TimeUnit.SECONDS);
    publishing.scheduleAtFixedRate(this::publishNext, 0, 1_000_000 / RATE,
        TimeUnit.MICROSECONDS);
    for (int i = 0; i < 2; i++) {
      String urls = relays.get(i).url() + "," + relays.get(1 - i).url();
      clients.add(AppContext.start(new LaunchOptions(FeedEndpoints.fromUrls(urls), FeedMode.WS,
          Duration.ofMillis(100), LaunchOptions.Theme.DARK, 10, null, null, true, false,
          FeedAccess.standard(), null, null)));
    }
    steady();
  }

  private void publishNext() {
    long n = published.incrementAndGet();
    device.publishWith().topic("bench/r")
        .payload(("{\"n\":" + n + "}").getBytes(StandardCharsets.UTF_8))
        .qos(MqttQos.AT_LEAST_ONCE).send();
  }

  /** Both relays up, one publishing, every client caught up with the device. */
  private void steady() {
    await().atMost(Duration.ofSeconds(60)).until(() -> relays.stream().allMatch(Relay::up)
        && relays.stream().filter(Relay::owner).count() == 1 && clients.stream()
            .allMatch(c -> latest(c) >= published.get() - RATE));
  }

  private static double latest(AppContext c) {
    List<Double> v = MqttRelayTest.values(c, SERIES);
    return v.isEmpty() ? 0 : v.get(v.size() - 1);
  }

  private Relay owner() {
    return relays.stream().filter(Relay::owner).findFirst().orElseThrow();
  }

  /** Puts the site through {@code fault} {@code runs} times, and counts. */
  Tally inject(Fault fault, int runs) throws Exception {
    long total = 0;
    long delivered = 0;
    long marked = 0;
    long silent = 0;
    long repeated = 0;
    for (int run = 0; run < runs; run++) {
      steady();
      long[] gapsBefore = clients.stream().mapToLong(this::gaps).toArray();
      long from = published.get() + 1;
      apply(fault);
      Thread.sleep(SETTLE.toMillis());
      long to = published.get();
      steady();
      for (int i = 0; i < clients.size(); i++) {
        AppContext c = clients.get(i);
        List<Double> values = MqttRelayTest.values(c, SERIES);
        Set<Long> got = new HashSet<>();
        long twice = 0;
        for (double v : values) {
          long n = (long) v;
          if (n >= from && n <= to && !got.add(n)) {
            twice++;
          }
        }
        long size = to - from + 1;
        long lost = size - got.size();
        long counted = Math.min(lost, gaps(c) - gapsBefore[i]);
        total += size;
        delivered += got.size();
        marked += counted;
        silent += lost - counted;
        repeated += twice;
      }
    }
    return new Tally(fault, runs, total, delivered, marked, silent, repeated);
  }

  private long gaps(AppContext c) {
    return c.stats().of(FeedMode.WS).snapshot(System.nanoTime()).gaps();
  }

  private void apply(Fault fault) throws Exception {
    switch (fault) {
      case OWNER_KILL -> {
        Relay killed = owner();
        killed.kill();
        await().atMost(Duration.ofSeconds(15)).until(() -> relays.stream()
            .anyMatch(r -> r != killed && r.owner()));
        killed.start();
      }
      case OWNER_PAUSE -> {
        Relay paused = owner();
        paused.signal("-STOP");
        try {
          await().atMost(Duration.ofSeconds(15)).until(() -> relays.stream()
              .anyMatch(r -> r != paused && r.owner()));
          Thread.sleep(2_000);
        } finally {
          paused.signal("-CONT");
        }
      }
      case REDIS_KILL -> {
        redis.kill();
        Thread.sleep(3_000);
        redis.resume();
      }
      case REDIS_ROLLBACK -> {
        // What Redis takes after this save is gone when it comes back: a new stream begins.
        redis.keepOnlyASnapshotFromNow();
        Thread.sleep(2_000);
        redis.kill();
        redis.resume();
      }
      case PARTITION -> {
        Relay cut = owner();
        cut.path.stall();
        try {
          await().atMost(Duration.ofSeconds(15)).until(() -> relays.stream()
              .anyMatch(r -> r != cut && r.owner()));
          Thread.sleep(1_000);
        } finally {
          cut.path.unstall();
        }
      }
      default -> throw new IllegalStateException("no such fault: " + fault);
    }
  }

  @Override
  public void close() throws Exception {
    publishing.shutdownNow();
    device.disconnect();
    for (AppContext c : clients) {
      c.close();
    }
    for (Relay r : relays) {
      r.kill();
      r.path.close();
    }
    broker.close();
    redis.close();
  }

  /** One relay: {@code livedash serve} in its own process, reaching Redis through a proxy. */
  private final class Relay {
    private final int index;
    private final int port;
    private final TcpProxy path;
    private Process process;

    Relay(int index) throws IOException {
      this.index = index;
      this.port = LoopbackProcess.freePort();
      this.path = new TcpProxy(redis.port());
    }

    void start() throws IOException {
      List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java")
          .toString(), "-Xmx512m", "-cp", System.getProperty("java.class.path"),
          "org.livedash.cli.Main", "serve", "--port", Integer.toString(port), "--source",
          broker.url(), "--topics", "bench/#", "--mapping", "generic", "--redis",
          "redis://127.0.0.1:" + path.port(), "--feed", "bench");
      process = new ProcessBuilder(cmd).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(
              dir.resolve("relay-" + index + ".log").toFile())).start();
      await().atMost(Duration.ofSeconds(30)).until(this::up);
    }

    String url() {
      return "ws://127.0.0.1:" + port + "/feed";
    }

    String health() {
      try {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
            + "/api/health")).timeout(Duration.ofSeconds(2)).build(),
            HttpResponse.BodyHandlers.ofString()).body();
      } catch (IOException e) {
        return "";
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return "";
      }
    }

    boolean up() {
      return health().contains("\"status\":\"ok\"");
    }

    boolean owner() {
      return health().contains("\"owner\":true");
    }

    void kill() throws InterruptedException {
      if (process != null && process.isAlive()) {
        process.destroyForcibly().waitFor();
      }
    }

    /** Sends a signal with the shell's own {@code kill}: no other tool is needed. */
    void signal(String signal) throws Exception {
      new ProcessBuilder("sh", "-c", "kill " + signal + " " + process.pid()).start().waitFor();
    }
  }

  public static void main(String[] args) throws Exception {
    int runs = 3;
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (args[i].equals("--runs")) {
        runs = Integer.parseInt(args[i + 1]);
      } else {
        throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    System.out.printf(Locale.ROOT, "relay fault bench: Java %s, %d cores, %s; a device publishing"
        + " %d readings/s to an MQTT broker, two relays on a Redis with an append-only file"
        + " (everysec), a client on each%n", System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors(), cpuModel(), RATE);
    Map<Fault, Tally> tallies = new EnumMap<>(Fault.class);
    Path dir = Files.createTempDirectory("relay-faults");
    try (RelayFaultBench bench = new RelayFaultBench(dir)) {
      for (Fault f : Fault.values()) {
        tallies.put(f, bench.inject(f, runs));
      }
    }
    System.out.println("| fault | runs | readings × clients | delivered | marked as missed"
        + " | silently lost | repeated |");
    System.out.println("|---|---:|---:|---:|---:|---:|---:|");
    tallies.values().forEach(t -> System.out.printf(Locale.ROOT,
        "| %s | %d | %d | %d (%.2f %%) | %d | %d | %d |%n", t.fault().label, t.runs(),
        t.published(), t.delivered(), 100 * t.deliveredShare(), t.marked(), t.silentlyLost(),
        t.repeated()));
    System.exit(0);
  }

  private static String cpuModel() throws IOException {
    return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
        .filter(l -> l.startsWith("model name")).findFirst()
        .map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("unknown CPU");
  }
}
