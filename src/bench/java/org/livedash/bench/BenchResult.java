package org.livedash.bench;

import java.util.Locale;
import org.HdrHistogram.Histogram;

/**
 * One row of the benchmark table: rendered frames per second (actual redraws of the chart's data,
 * not pulses), pulse-to-pulse frame times in milliseconds, CPU in % of one core.
 */
record BenchResult(String engine, int series, int points, boolean idle, boolean skipped,
    String note, double fps, double p50, double p95, double p99, double cpu, long redraws) {

  static BenchResult measured(String engine, int series, int points, boolean idle, double fps,
      Histogram frames, double cpu, long redraws) {
    boolean any = frames != null && frames.getTotalCount() > 0;
    return new BenchResult(engine, series, points, idle, false, "", fps,
        any ? frames.getValueAtPercentile(50) / 1e6 : Double.NaN,
        any ? frames.getValueAtPercentile(95) / 1e6 : Double.NaN,
        any ? frames.getValueAtPercentile(99) / 1e6 : Double.NaN, cpu, redraws);
  }

  static BenchResult skipped(String engine, int series, int points, String why) {
    return new BenchResult(engine, series, points, false, true, why, Double.NaN, Double.NaN,
        Double.NaN, Double.NaN, Double.NaN, -1);
  }

  String size() {
    return String.format(Locale.ROOT, "%d × %,d", series, points) + (idle ? " (idle feed)" : "");
  }

  String line() {
    if (skipped) {
      return String.format(Locale.ROOT, "%-18s %-22s skipped: %s", engine, size(), note);
    }
    return String.format(Locale.ROOT,
        "%-18s %-22s %6.1f fps  frame p50 %7.1f  p95 %7.1f  p99 %7.1f ms  CPU %5.1f %%  redraws %d",
        engine, size(), fps, p50, p95, p99, cpu, redraws);
  }
}
