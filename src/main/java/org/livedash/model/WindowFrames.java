package org.livedash.model;

import org.HdrHistogram.Histogram;

/**
 * The window's own pace, for the {@code --stats-out} report and the ingest benchmark: how many
 * pulses ran, in how many a chart was drawn, and the time between pulses (a long one is the
 * JavaFX thread held up). Written by the JavaFX thread once a pulse; read when the run ends.
 */
public final class WindowFrames {
  private static final long MAX_INTERVAL_NANOS = 60_000_000_000L;

  private final Histogram intervals = new Histogram(MAX_INTERVAL_NANOS, 2);
  private long firstNanos;
  private long lastNanos;
  private long pulses;
  private long drawn;
  /** The last frame was a resting one: the gap after it was chosen, not a hold-up. */
  private boolean rested;

  /**
   * One frame at {@code nanos}; {@code drewChart} when a chart was drawn in it; {@code resting}
   * when the window, with nothing changing, runs its frames a few times a second only: the time
   * around such a frame is not a pulse interval.
   */
  public synchronized void pulse(long nanos, boolean drewChart, boolean resting) {
    if (pulses == 0) {
      firstNanos = nanos;
    } else if (!resting && !rested) {
      intervals.recordValue(Math.max(0, Math.min(nanos - lastNanos, MAX_INTERVAL_NANOS)));
    }
    rested = resting;
    lastNanos = nanos;
    pulses++;
    if (drewChart) {
      drawn++;
    }
  }

  /** What the window did: nothing when it never ran (a headless run). */
  public synchronized Snapshot snapshot() {
    double seconds = (lastNanos - firstNanos) / 1e9;
    return new Snapshot(pulses, drawn, seconds,
        intervals.getTotalCount() == 0 ? 0 : intervals.getValueAtPercentile(50) / 1e6,
        intervals.getTotalCount() == 0 ? 0 : intervals.getValueAtPercentile(99) / 1e6,
        intervals.getTotalCount() == 0 ? 0 : intervals.getMaxValue() / 1e6);
  }

  /**
   * @param pulses pulses run
   * @param drawn pulses in which a chart was drawn
   * @param seconds from the first pulse to the last
   * @param p50Ms median time between pulses
   * @param p99Ms 99th percentile of the time between pulses
   * @param maxMs the longest time between two pulses
   */
  public record Snapshot(long pulses, long drawn, double seconds, double p50Ms, double p99Ms,
      double maxMs) {
    /** Pulses in which a chart was drawn, per second. */
    public double drawnPerSecond() {
      return seconds > 0 ? drawn / seconds : 0;
    }
  }
}
