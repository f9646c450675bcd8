package org.livedash.report;

import org.HdrHistogram.Histogram;
import org.livedash.model.StatsSnapshot;

/**
 * What one mode measured over a comparison run: counts, bytes and requests over the measured
 * seconds, the latency distribution in microseconds, and the server's CPU while it ran.
 *
 * @param label the mode as the user named it ("poll:100")
 * @param intervalMillis the polling interval, 0 for push and long-poll
 * @param rttMillis the shortest round trip to the server of a few measured before the run
 * @param serverCpuMillis CPU time the server's threads used during the run, -1 if unknown
 */
public record ModeResult(
    String label,
    long intervalMillis,
    double seconds,
    long updates,
    long gaps,
    long duplicates,
    long rejected,
    long bytesIn,
    long bytesOut,
    long requests,
    long emptyPolls,
    Histogram latencyMicros,
    double rttMillis,
    double serverCpuMillis) {

  /**
   * What a mode did between two snapshots of its statistics; {@code latencyMicros} is the
   * latency recorded in between.
   */
  public static ModeResult between(String label, long intervalMillis, StatsSnapshot from,
      StatsSnapshot to, Histogram latencyMicros, double rttMillis, double serverCpuMillis) {
    return new ModeResult(label, intervalMillis,
        Math.max(0.001, to.activeSeconds() - from.activeSeconds()),
        to.updates() - from.updates(), to.gaps() - from.gaps(),
        to.duplicates() - from.duplicates(), to.rejected() - from.rejected(),
        to.bytesIn() - from.bytesIn(), to.bytesOut() - from.bytesOut(),
        to.requests() - from.requests(), to.emptyPolls() - from.emptyPolls(), latencyMicros,
        rttMillis, serverCpuMillis);
  }

  public boolean measured() {
    return updates > 0 && latencyMicros.getTotalCount() > 0;
  }

  public double percentileMillis(double p) {
    return latencyMicros.getValueAtPercentile(p) / 1000.0;
  }

  public double meanMillis() {
    return latencyMicros.getMean() / 1000.0;
  }

  public double maxMillis() {
    return latencyMicros.getMaxValue() / 1000.0;
  }

  /** Bytes both ways per update delivered. */
  public double bytesPerUpdate() {
    return updates == 0 ? Double.NaN : (double) (bytesIn + bytesOut) / updates;
  }

  public double bytesPerSecond() {
    return (bytesIn + bytesOut) / seconds;
  }

  public double requestsPerSecond() {
    return requests / seconds;
  }

  /** What polling theory predicts for the mean latency: half an interval plus a round trip. */
  public double theoreticalMeanMillis() {
    return intervalMillis / 2.0 + rttMillis;
  }
}
