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
 * {@code silent,1000,demo}: which feeds, so a long warm-up can be spent on one). {@code feeds4}
 * is a window of four feeds at 25 000 updates/s each (48 series, 100 000/s in all), opened with
 * a layout that plots four series of each on one chart over 10 s (a pixel column a few ms, so
 * new data may be drawn 30 times a second): its frames drawn a second and each
 * feed's missed updates are read from {@code --stats-out}.
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
    if (feeds.contains("feeds4")) {
      measureFeeds(4, 25_000, dir, seconds, warmup, false);
    }
    if (feeds.contains("panes8")) {
      measureFeeds(4, 25_000, dir, seconds, warmup, true);
    }
  }

  /**
   * A window of {@code count} feeds of {@code rate} updates/s each: 16 series on one chart, or
   * ({@code panes}) 16 series a feed, all 64 on eight chart panes in two rows of four.
   */
  private static void measureFeeds(int count, double rate, Path dir, int seconds, int warmup,
      boolean panes) throws Exception {
    List<Process> servers = new ArrayList<>();
    List<String> feeds = new ArrayList<>();
    List<String> plotted = new ArrayList<>();
    try {
      for (int i = 0; i < count; i++) {
        int port = BenchProcesses.freePort();
        servers.add(start(dir.resolve("server" + i + ".log"), List.of(
            "org.livedash.bench.IngestServer", Integer.toString(port), Double.toString(rate),
            panes ? "16" : "12")));
        BenchProcesses.waitForPort(port);
        feeds.add("ws://127.0.0.1:" + port + "/feed");
        for (int s = 0; s < (panes ? 16 : 4); s++) {
          plotted.add((i == 0 ? "" : "local-" + port + "/") + "s" + s);
        }
      }
      Path layout = dir.resolve("feeds.json");
      org.livedash.settings.LayoutFile.write(layout, panes ? eightPanes(feeds, plotted)
          : org.livedash.model.Layout.of("bench", feeds, List.of(), List.of(
              new org.livedash.model.Layout.Chart("sensors", plotted, 10L, "line", null)),
              Map.of(), List.of(), null));
      Path stats = dir.resolve("feeds-stats.json");
      Process app = start(dir.resolve("feeds-window.log"), List.of("org.livedash.cli.Main",
          "--layout", layout.toString(), "--stats-out", stats.toString(), "--exit-after",
          Integer.toString(warmup + seconds + 3)));
      double total = cpuByThread(app, warmup, seconds).values().stream()
          .mapToDouble(Double::doubleValue).sum();
      app.waitFor(60, TimeUnit.SECONDS);
      com.fasterxml.jackson.databind.JsonNode json =
          new com.fasterxml.jackson.databind.ObjectMapper().readTree(stats.toFile());
      StringBuilder each = new StringBuilder();
      for (com.fasterxml.jackson.databind.JsonNode f : json.get("feeds")) {
        each.append(each.isEmpty() ? "" : "; ").append(String.format(Locale.ROOT,
            "%d updates, %d missed", f.path("updates").asLong(), f.path("gaps").asLong()));
      }
      System.out.printf(Locale.ROOT, "| %d feeds × %.0f updates/s, %s | %.1f"
          + " | frames drawn %.1f/s; %s |%n", count, rate, panes
          ? "64 series on 8 chart panes" : "16 series on a chart", total,
          json.at("/window/framesDrawnPerSecond").asDouble(), each);
    } finally {
      for (Process s : servers) {
        s.destroy();
        s.waitFor(10, TimeUnit.SECONDS);
      }
    }
  }

  /**
   * The CPU {@code app} took, % of a core by thread name, over {@code seconds} measured after
   * {@code warmup} seconds.
   */
  private static Map<String, Double> cpuByThread(Process app, int warmup, int seconds)
      throws Exception {
    Thread.sleep(warmup * 1000L);
    Map<String, Long> before = ticksByThread(app.pid());
    long start = System.nanoTime();
    Thread.sleep(seconds * 1000L);
    Map<String, Long> after = ticksByThread(app.pid());
    double wall = (System.nanoTime() - start) / 1e9;
    Map<String, Double> percent = new TreeMap<>();
    after.forEach((thread, t) -> percent.merge(thread,
        (t - before.getOrDefault(thread, 0L)) / 100.0 / wall * 100, Double::sum));
    return percent;
  }

  /** The sensors' chart and seven of the user's, two rows of four, each plotting 8 series. */
  private static org.livedash.model.Layout eightPanes(List<String> feeds, List<String> series) {
    List<org.livedash.model.Layout.Chart> charts = new ArrayList<>();
    List<org.livedash.model.PaneTree> rows = new ArrayList<>();
    List<org.livedash.model.PaneTree> row = new ArrayList<>();
    for (int p = 0; p < 8; p++) {
      String id = p == 0 ? "sensors" : "chart-" + p;
      charts.add(new org.livedash.model.Layout.Chart(id, series.subList(p * 8, p * 8 + 8),
          10L, "line", null, p == 0 ? null : org.livedash.model.Layout.Chart.TIME, null));
      row.add(org.livedash.model.PaneTree.of(id));
      if (row.size() == 4) {
        rows.add(org.livedash.model.PaneTree.split(org.livedash.model.PaneTree.COLUMNS, row));
        row = new ArrayList<>();
      }
    }
    rows.add(org.livedash.model.PaneTree.of("markets"));
    return org.livedash.model.Layout.of("bench", feeds, List.of(), charts, Map.of(), List.of(),
        null).withPanes(org.livedash.model.PaneTree.split(org.livedash.model.PaneTree.ROWS, rows));
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
      Map<String, Double> percent = cpuByThread(app, warmup, seconds);
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
