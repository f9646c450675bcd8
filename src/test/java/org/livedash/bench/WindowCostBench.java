package org.livedash.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * What a window left open costs: the CPU of the window's process, thread by thread, read from
 * Linux's {@code /proc/PID/task} over a measured span after a warm-up, on a silent feed (a
 * server that sends its catalogue and heartbeats, no update), on a feed of 1 000 updates/s and
 * on the embedded demo feed. Needs a display (Xvfb).
 *
 * <p>{@code WindowCostBench [SECONDS] [WARMUP] [FEEDS]} (default 30, 10 and
 * {@code silent,1000,demo}: which feeds, so a long warm-up can be spent on one).
 */
public final class WindowCostBench {
  private WindowCostBench() {}

  public static void main(String[] args) throws Exception {
    int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
    int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    List<String> feeds = List.of((args.length > 2 ? args[2] : "silent,1000,demo").split(","));
    if (System.getenv("DISPLAY") == null) {
      throw new IllegalStateException("no display: run under xvfb-run");
    }
    Path dir = Files.createTempDirectory("livedash-window-cost");
    System.out.printf(Locale.ROOT, "LiveDash window cost — %d cores, %s, Java %s, %s; window"
        + " under %s; %d s measured after %d s%n", Runtime.getRuntime().availableProcessors(),
        BenchProcesses.cpuModel(), System.getProperty("java.version"),
        System.getProperty("os.name"), System.getenv("DISPLAY"), seconds, warmup);
    System.out.println("| feed | CPU % of a core, whole process | by thread (% of a core) |");
    System.out.println("|---|---:|---|");
    if (feeds.contains("silent")) {
      measure("silent (catalogue and heartbeats, no update)", 0, dir, seconds, warmup);
    }
    if (feeds.contains("1000")) {
      measure("1 000 updates/s", 1_000, dir, seconds, warmup);
    }
    if (feeds.contains("demo")) {
      measure("the embedded demo feed", -1, dir, seconds, warmup);
    }
  }

  /** One window on a server of {@code rate} updates/s ({@code -1}: the embedded demo). */
  private static void measure(String name, double rate, Path dir, int seconds, int warmup)
      throws Exception {
    Process server = null;
    List<String> window = new ArrayList<>(List.of("org.livedash.cli.Main", "--exit-after",
        Integer.toString(warmup + seconds + 5)));
    if (rate >= 0) {
      int port = BenchProcesses.freePort();
      server = start(dir.resolve("server.log"), List.of("org.livedash.bench.IngestServer",
          Integer.toString(port), Double.toString(rate)));
      BenchProcesses.waitForPort(port);
      window.addAll(List.of("--url", "ws://127.0.0.1:" + port + "/feed"));
    }
    Process app = start(dir.resolve("window.log"), window);
    try {
      Thread.sleep(warmup * 1000L);
      Map<String, Long> before = ticksByThread(app.pid());
      long start = System.nanoTime();
      Thread.sleep(seconds * 1000L);
      Map<String, Long> after = ticksByThread(app.pid());
      double wall = (System.nanoTime() - start) / 1e9;
      Map<String, Double> percent = new TreeMap<>();
      after.forEach((thread, t) -> {
        double p = (t - before.getOrDefault(thread, 0L)) / 100.0 / wall * 100;
        percent.merge(thread, p, Double::sum);
      });
      double total = percent.values().stream().mapToDouble(Double::doubleValue).sum();
      StringBuilder threads = new StringBuilder();
      percent.entrySet().stream().filter(e -> e.getValue() >= 0.5)
          .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
          .forEach(e -> threads.append(threads.isEmpty() ? "" : ", ")
              .append(String.format(Locale.ROOT, "%s %.1f", e.getKey(), e.getValue())));
      System.out.printf(Locale.ROOT, "| %s | %.1f | %s |%n", name, total, threads);
    } finally {
      app.destroy();
      app.waitFor(10, TimeUnit.SECONDS);
      if (server != null) {
        server.destroy();
        server.waitFor(10, TimeUnit.SECONDS);
      }
    }
  }

  /** Each thread's user and system CPU ticks (1/100 s), summed by name (pools by prefix). */
  private static Map<String, Long> ticksByThread(long pid) throws IOException {
    Map<String, Long> ticks = new HashMap<>();
    try (Stream<Path> tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
      for (Path task : (Iterable<Path>) tasks::iterator) {
        try {
          String name = Files.readString(task.resolve("comm")).strip()
              .replaceAll("-\\d+$", "-N");
          String stat = Files.readString(task.resolve("stat"));
          String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
          ticks.merge(name, Long.parseLong(f[11]) + Long.parseLong(f[12]), Long::sum);
        } catch (IOException | RuntimeException e) {
          // A thread that ended between the listing and the read.
        }
      }
    }
    return ticks;
  }

  private static Process start(Path log, List<String> mainAndArgs) throws IOException {
    List<String> cmd = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
        "-cp", System.getProperty("java.class.path")));
    cmd.addAll(mainAndArgs);
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(log.toFile());
    // The user's settings and recordings are not this bench's: its own, in its folder (the
    // window still records, as it does by default).
    for (String d : List.of("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME",
        "XDG_CACHE_HOME")) {
      pb.environment().put(d, log.resolveSibling(d.toLowerCase(Locale.ROOT)).toString());
    }
    return pb.start();
  }
}
