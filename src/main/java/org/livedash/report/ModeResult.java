package org.livedash.report;

import org.HdrHistogram.Histogram;
import org.livedash.model.StatsSnapshot;
import org.livedash.model.WireCount;

/**
 * What one mode measured over a comparison run: counts, bytes and requests over the measured
 * seconds, the latency distribution in microseconds, and the server's CPU while it ran.
 *
 * @param label the mode as the user named it ("poll:100")
 * @param intervalMillis the polling interval, 0 for push and long-poll
 * @param rttMillis the shortest round trip to the server of a few measured before the run
 * @param serverCpuMillis CPU time the server's threads used during the run, -1 if unknown
 * @param wire what the server counted of the run's traffic, {@link WireCount#NONE} when it
 *     does not count: the byte figures then are the client's estimate
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
    double serverCpuMillis,
    WireCount wire) {

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
        rttMillis, serverCpuMillis, to.wire().minus(from.wire()));
  }

  /** Whether the byte figures are the server's counts (else the client's estimate). */
  public boolean bytesCounted() {
    return wire.counted() && wire.updates() > 0;
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

  /** Bytes both ways per update delivered: counted when {@link #bytesCounted}. */
  public double bytesPerUpdate() {
    if (bytesCounted()) {
      return wire.bytesPerUpdate();
    }
    return updates == 0 ? Double.NaN : (double) (bytesIn + bytesOut) / updates;
  }

  /** Bytes both ways per second: counted when {@link #bytesCounted}. */
  public double bytesPerSecond() {
    return bytesCounted() ? wire.bytesPerSecond() : (bytesIn + bytesOut) / seconds;
  }

  public double requestsPerSecond() {
    return requests / seconds;
  }

  /** What polling theory predicts for the mean latency: half an interval plus a round trip. */
  public double theoreticalMeanMillis() {
    return intervalMillis / 2.0 + rttMillis;
  }
}
