package org.livedash.app;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.livedash.transport.DaemonThreads;
import org.livedash.model.FeedMode;
import org.livedash.client.FeedAccess;
import org.livedash.client.LaunchOptions;
import org.livedash.client.AppContext;

/**
 * The soak benchmark, not a test: the whole application, window included (run it under Xvfb), on
 * the embedded feed at a given rate for a given time, with the heap after a full collection
 * sampled at a fixed period. It prints the samples, then how far the heap strayed from its mean
 * once every ring was full (the warm-up), against the ±5 % the reliability targets allow.
 *
 * <pre>
 * xvfb-run -a -s "-screen 0 1600x1000x24" mvn -B -Pbench test-compile exec:exec@soak-bench \
 *     -Dsoak.args="--minutes 60"
 * </pre>
 */
public final class SoakBench {
  private SoakBench() {}

  public static void main(String[] args) throws Exception {
    double minutes = 60;
    double rate = 1_000;
    int sampleSeconds = 30;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--minutes" -> minutes = Double.parseDouble(args[i + 1]);
        case "--rate" -> rate = Double.parseDouble(args[i + 1]);
        case "--sample-seconds" -> sampleSeconds = Integer.parseInt(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    // Every ring full: what a series keeps, at this rate's share per series.
    double perSeries = rate / 12;
    double ringsFullSeconds = AppContext.RING_CAPACITY / perSeries;
    System.out.printf(Locale.ROOT, "soak: %.0f updates/s (%.1f per series), %.0f min, heap"
        + " sampled every %d s after a full GC; rings full after %.0f s; Java %s, %d cores, %s%n",
        rate, perSeries, minutes, sampleSeconds, ringsFullSeconds,
        System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
        Instant.now());
    List<double[]> samples = new ArrayList<>();
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long start = System.nanoTime();
    ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(
        DaemonThreads.named("soak-sampler"));
    sampler.scheduleAtFixedRate(() -> {
      // The smallest of three readings half a second apart, each right after a full
      // collection: what is alive only while one frame is being built or one batch decoded is
      // not what the application keeps.
      long least = Long.MAX_VALUE;
      for (int i = 0; i < 3; i++) {
        System.gc();
        least = Math.min(least, memory.getHeapMemoryUsage().getUsed());
        try {
          Thread.sleep(i < 2 ? 500 : 0);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
      double t = (System.nanoTime() - start) / 1e9;
      double mb = least / 1e6;
      synchronized (samples) {
        samples.add(new double[] {t, mb});
      }
      System.out.printf(Locale.ROOT, "t=%5.0f s  heap after GC %7.1f MB%n", t, mb);
    }, sampleSeconds, sampleSeconds, TimeUnit.SECONDS);
    LaunchOptions options = new LaunchOptions(null, FeedMode.WS, Duration.ofSeconds(1),
        LaunchOptions.Theme.DARK, perSeries, Duration.ofMillis(Math.round(minutes * 60_000)),
        null, false, false, FeedAccess.standard(), null, null);
    long updates = LiveDashApp.launch(options, java.util.List.of(), null, false, false);
    sampler.shutdownNow();
    report(samples, ringsFullSeconds + sampleSeconds, updates);
    System.exit(0);
  }

  private static void report(List<double[]> samples, double warmupSeconds, long updates) {
    List<Double> steady = new ArrayList<>();
    synchronized (samples) {
      for (double[] s : samples) {
        if (s[0] >= warmupSeconds) {
          steady.add(s[1]);
        }
      }
    }
    System.out.printf(Locale.ROOT, "updates received: %d%n", updates);
    if (steady.size() < 2) {
      System.out.printf(Locale.ROOT, "soak: too short to judge: every ring is full only after"
          + " %.0f s; run longer%n", warmupSeconds);
      return;
    }
    double mean = steady.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    double min = steady.stream().mapToDouble(Double::doubleValue).min().orElse(0);
    double max = steady.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    double spread = Math.max(max - mean, mean - min) / mean * 100;
    List<Double> sorted = new ArrayList<>(steady);
    sorted.sort(null);
    double median = sorted.get(sorted.size() / 2);
    long within = steady.stream().filter(v -> Math.abs(v - median) <= median * 0.05).count();
    System.out.printf(Locale.ROOT, "soak: after warm-up (%d samples) heap after GC mean %.1f MB,"
        + " median %.1f, min %.1f, max %.1f: within ±%.1f %% of the mean (target ±5 %%): %s;"
        + " %d of %d samples within ±5 %% of the median%n", steady.size(), mean, median, min,
        max, spread, spread <= 5 ? "flat" : "NOT flat", within, steady.size());
  }
}
