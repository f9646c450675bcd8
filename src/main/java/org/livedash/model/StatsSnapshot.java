package org.livedash.model;

/**
 * One mode's figures at a point in time, as the stats panel and the {@code --stats-out} report
 * show them. Latencies are milliseconds from the source timestamp to receipt (or, for the
 * "drawn" figures, to the frame that first drew the update in a chart), NaN before the first.
 * {@code caughtUp} counts the updates delivered from history after a connection: counted in
 * {@code updates}, kept out of the latencies and the rate.
 */
public record StatsSnapshot(
    FeedMode mode,
    double activeSeconds,
    long updates,
    long gaps,
    long duplicates,
    long rejected,
    long bytesIn,
    long bytesOut,
    long requests,
    long emptyPolls,
    double latencyP50Ms,
    double latencyP95Ms,
    double latencyP99Ms,
    double latencyMaxMs,
    double latencyMeanMs,
    double drawnP50Ms,
    double drawnP99Ms,
    long caughtUp) {

  /**
   * Live updates per second in the mode: what was delivered from history after a connection
   * ({@link #caughtUp}) is left out, so a catch-up never shows as a rate above the feed's.
   */
  public double updatesPerSecond() {
    return perSecond(updates - caughtUp);
  }

  public double bytesInPerSecond() {
    return perSecond(bytesIn);
  }

  public double requestsPerSecond() {
    return perSecond(requests);
  }

  /** Bytes received per delivered update, NaN before the first. */
  public double bytesPerUpdate() {
    return updates == 0 ? Double.NaN : (double) bytesIn / updates;
  }

  private double perSecond(long count) {
    return activeSeconds <= 0 ? 0 : count / activeSeconds;
  }
}
