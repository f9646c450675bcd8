package org.livedash.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * {@code bench ingest}: how fast a feed each client takes, LiveDash's whole pipeline (decode,
 * store, statistics; and with a window, charts drawn every pulse) against clients that only
 * count ({@link BareClient}: Tyrus, as LiveDash uses, and the JDK's WebSocket client). Server
 * and each client run as separate processes on this machine, one client at a time, at each rate.
 * Prints, per rate and client: updates received, gaps, latency source → receipt (p50, p99, max;
 * and p99 after the first 5 s of updates, the steady state),
 * CPU (% of one core; over the whole run, and over ten seconds of its steady state) and peak
 * resident memory of the client, and for the window the frames
 * drawn a second and the longest pulse interval.
 *
 * <p>{@code mvn -B -Pbench test-compile exec:exec@ingest-bench} (the window rows need a display:
 * run under {@code xvfb-run}); {@code -Dingest.args="SECONDS RATE..."}.
 */
public final class IngestBench {
  private static final ObjectMapper JSON = new ObjectMapper();

  private IngestBench() {}

  /** One client's run. */
  private record Row(String client, long updates, long gaps, double p50, double p99, double max,
      double steadyP99, double cpuPercent, double steadyCpuPercent, double rssMb, String fps,
      String pulseP99) {}

  public static void main(String[] args) throws Exception {
    int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    List<Double> rates = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      rates.add(Double.parseDouble(args[i]));
    }
    if (rates.isEmpty()) {
      rates.addAll(List.of(100_000.0, 200_000.0, 400_000.0, 800_000.0));
    }
    boolean window = System.getenv("DISPLAY") != null;
    Path dir = Files.createTempDirectory("livedash-ingest-bench");
    System.out.printf(Locale.ROOT, "LiveDash ingest bench — %d cores, %s, Java %s, %s; %d s a run,"
        + " one client at a time%s%n", Runtime.getRuntime().availableProcessors(),
        BenchProcesses.cpuModel(), System.getProperty("java.version"),
        System.getProperty("os.name"), seconds,
        window ? "; window under " + System.getenv("DISPLAY") : "; no display: no window rows");
    System.out.println("| feed updates/s | client | received/s | gaps | p50 ms | p99 ms | max ms"
        + " | steady p99 ms | whole ÷ steady p99 | steady p99 ÷ bare Tyrus | CPU % of a core"
        + " | steady CPU % | steady CPU ÷ bare Tyrus | peak RSS MB | frames drawn/s"
        + " | pulse p99 ms |");
    System.out.println("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
        + "---:|---:|");
    for (double rate : rates) {
      int port = BenchProcesses.freePort();
      Process server = start(dir.resolve("server.log"), List.of("org.livedash.bench.IngestServer",
          Integer.toString(port), Double.toString(rate)));
      try {
        BenchProcesses.waitForPort(port);
        String url = "ws://127.0.0.1:" + port + "/feed";
        List<Row> rows = new ArrayList<>();
        rows.add(bare("bare Tyrus", "tyrus", url, seconds, dir));
        rows.add(bare("bare JDK client", "jdk", url, seconds, dir));
        rows.add(liveDash("LiveDash headless", url, seconds, dir, false, List.of()));
        // The same, recording every update to MCAP: what recording costs, in CPU per update.
        rows.add(liveDash("LiveDash headless, --record", url, seconds, dir, false,
            List.of("--record", dir.resolve("bench.mcap").toString())));
        // The same, judging 100 alert rules on every update: what rules cost.
        rows.add(liveDash("LiveDash headless, 100 alert rules", url, seconds, dir, false,
            hundredRules()));
        if (window) {
          rows.add(liveDash("LiveDash window", url, seconds, dir, true, List.of()));
        }
        Row peer = rows.get(0);
        for (Row r : rows) {
          System.out.printf(Locale.ROOT, "| %,.0f | %s | %,.0f | %,d | %.1f | %.1f | %.1f | %.1f"
              + " | %.1f | %.2f | %.0f | %.0f | %.2f | %.0f | %s | %s |%n",
              rate, r.client(), r.updates() / (double) seconds, r.gaps(), r.p50(), r.p99(),
              r.max(), r.steadyP99(), r.p99() / r.steadyP99(),
              r.steadyP99() / peer.steadyP99(), r.cpuPercent(), r.steadyCpuPercent(),
              r.steadyCpuPercent() / peer.steadyCpuPercent(), r.rssMb(), r.fps(), r.pulseP99());
        }
      } finally {
        server.destroy();
        server.waitFor(10, TimeUnit.SECONDS);
      }
    }
  }

  private static Row bare(String name, String kind, String url, int seconds, Path dir)
      throws Exception {
    Path out = dir.resolve(kind + ".out");
    Process p = start(out, List.of("org.livedash.bench.BareClient", kind, url,
        Integer.toString(seconds)));
    Usage usage = Usage.follow(p);
    String[] f = Files.readString(out).strip().split("\\R");
    String[] v = f[f.length - 1].split(" ");
    try {
      return new Row(name, Long.parseLong(v[0]), Long.parseLong(v[1]), Double.parseDouble(v[2]),
          Double.parseDouble(v[3]), Double.parseDouble(v[4]), Double.parseDouble(v[5]),
          usage.cpuPercent(), usage.steadyCpuPercent(), usage.rssMb(), "", "");
    } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
      // The client ended without its figures (the server closed it as too slow): a row that
      // says so, and the other clients are still measured.
      return new Row(name + " (failed: " + firstError(f) + ")", 0, 0, Double.NaN, Double.NaN,
          Double.NaN, Double.NaN, usage.cpuPercent(), usage.steadyCpuPercent(), usage.rssMb(),
          "", "");
    }
  }

  /** The first line of a client's output that names an exception, or its last line. */
  private static String firstError(String[] lines) {
    for (String l : lines) {
      if (l.contains("Exception")) {
        return l.strip();
      }
    }
    return lines[lines.length - 1].strip();
  }

  /**
   * A hundred rules over the server's twelve series, of every kind that a reading is judged by
   * (levels, bands, changes within a window), set where the readings (0 to 100) rarely meet
   * them: the cost measured is judging, not telling.
   */
  private static List<String> hundredRules() {
    List<String> args = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      String series = "s" + (i % 12);
      String rule = switch (i % 4) {
        case 0 -> series + ">" + (1_000 + i);
        case 1 -> series + "<" + (-1_000 - i) + " hysteresis 1";
        case 2 -> series + " outside -" + (500 + i) + ".." + (500 + i) + " for 2s";
        default -> series + " change " + (1_000 + i) + " in 10s";
      };
      args.addAll(List.of("--alert", rule));
    }
    return args;
  }

  private static Row liveDash(String name, String url, int seconds, Path dir, boolean window,
      List<String> extra) throws Exception {
    Path stats = dir.resolve("stats.json");
    Files.deleteIfExists(stats);
    List<String> cmd = new ArrayList<>(List.of("org.livedash.cli.Main", "--url", url,
        "--exit-after", Integer.toString(seconds), "--stats-out", stats.toString()));
    if (!window) {
      cmd.add("--headless");
    }
    cmd.addAll(extra);
    Process p = start(dir.resolve("livedash.out"), cmd);
    Usage usage = Usage.follow(p);
    JsonNode s = JSON.readTree(stats.toFile());
    JsonNode lat = s.path("latencyMs");
    JsonNode w = s.path("window");
    return new Row(name, s.path("updates").asLong(), s.path("gaps").asLong(),
        lat.path("p50").asDouble(), lat.path("p99").asDouble(), lat.path("max").asDouble(),
        s.path("steadyLatencyMs").path("p99").asDouble(Double.NaN), usage.cpuPercent(),
        usage.steadyCpuPercent(), usage.rssMb(),
        w.isMissingNode() ? "" : String.format(Locale.ROOT, "%.1f",
            w.path("framesDrawnPerSecond").asDouble()),
        w.isMissingNode() ? "" : String.format(Locale.ROOT, "%.0f",
            w.path("pulseIntervalMs").path("p99").asDouble()));
  }

  private static Process start(Path log, List<String> mainAndArgs) throws IOException {
    List<String> cmd = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx2g",
        "-cp", System.getProperty("java.class.path")));
    cmd.addAll(mainAndArgs);
    return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }

  /**
   * A client process's CPU time and peak memory, read from /proc until it ends: over its whole
   * life (start, connection and warm-up included) and, as steady, over the ten seconds that end
   * two seconds before it does (its feed's steady state when a run is 20 s or more).
   */
  private record Usage(double cpuPercent, double steadyCpuPercent, double rssMb) {
    private static final long STEADY_NANOS = TimeUnit.SECONDS.toNanos(10);
    private static final long TAIL_NANOS = TimeUnit.SECONDS.toNanos(2);

    static Usage follow(Process p) throws InterruptedException {
      long startNanos = System.nanoTime();
      List<long[]> samples = new ArrayList<>();
      long ticks = 0;
      long peakKb = 0;
      while (!p.waitFor(100, TimeUnit.MILLISECONDS)) {
        ticks = Math.max(ticks, BenchProcesses.cpuTicks(p.pid()));
        samples.add(new long[] {System.nanoTime(), ticks});
        peakKb = Math.max(peakKb, BenchProcesses.memoryKb(p.pid(), "VmHWM"));
      }
      long endNanos = System.nanoTime();
      double wall = (endNanos - startNanos) / 1e9;
      return new Usage(ticks / 100.0 / wall * 100,
          steady(samples, endNanos - TAIL_NANOS - STEADY_NANOS, endNanos - TAIL_NANOS),
          peakKb / 1024.0);
    }

    /** % of a core between the samples nearest {@code from} and {@code to}; NaN if too short. */
    private static double steady(List<long[]> samples, long from, long to) {
      if (samples.isEmpty() || samples.get(0)[0] > from) {
        return Double.NaN;
      }
      long[] a = nearest(samples, from);
      long[] b = nearest(samples, to);
      return b[0] > a[0] ? (b[1] - a[1]) / 100.0 / ((b[0] - a[0]) / 1e9) * 100 : Double.NaN;
    }

    private static long[] nearest(List<long[]> samples, long nanos) {
      long[] best = samples.get(0);
      for (long[] s : samples) {
        if (Math.abs(s[0] - nanos) < Math.abs(best[0] - nanos)) {
          best = s;
        }
      }
      return best;
    }
  }
}
