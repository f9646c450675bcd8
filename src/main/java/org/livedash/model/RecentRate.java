package org.livedash.model;

import java.util.ArrayDeque;

/**
 * A rate over the last few seconds, from a running count sampled now and then: the stats
 * panel's updates/s, which must fall to 0 when the feed stops rather than drift down slowly as
 * an average since the start would.
 */
public final class RecentRate {
  private final long windowNanos;
  private final ArrayDeque<long[]> samples = new ArrayDeque<>();

  public RecentRate(long windowNanos) {
    this.windowNanos = windowNanos;
  }

  /**
   * Adds a sample of the count and returns the rate per second over the window; not a number
   * until two samples span some time (a segment just begun has no rate yet, rather than 0).
   */
  public double sample(long nowNanos, long count) {
    samples.addLast(new long[] {nowNanos, count});
    while (samples.size() > 2 && nowNanos - samples.peekFirst()[0] > windowNanos) {
      samples.removeFirst();
    }
    long[] first = samples.peekFirst();
    long span = nowNanos - first[0];
    return span <= 0 ? Double.NaN : (count - first[1]) * 1e9 / span;
  }

  /** Forgets the samples (a new segment starts counting from its own start). */
  public void reset() {
    samples.clear();
  }
}
