package org.livedash.model;

/**
 * One mode's figures at a point in time, as the stats panel and the {@code --stats-out} report
 * show them. Latencies are milliseconds from the source timestamp to receipt (or, for the
 * "drawn" figures, to the frame that first drew the update in a chart), NaN before the first.
 * {@code caughtUp} counts the updates delivered from history after a connection: counted in
 * {@code updates}, kept out of the latencies and the rate. {@code late} counts readings put in
 * their place by time, {@code quarantined} those set aside for a time too far ahead of this
 * clock. {@code historyBytesIn} is the share of {@code bytesIn} that carried those caught-up
 * updates: history loaded on connecting is traffic, but not the feed's live cost, so the rates
 * and per-update figures leave it out. {@code wire} is what the server counted of this traffic
 * ({@link WireCount#NONE} against a server that does not count).
 */
public record StatsSnapshot(
    FeedMode mode,
    double activeSeconds,
    long updates,
    long gaps,
    long duplicates,
    long rejected,
    long late,
    long quarantined,
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
    long caughtUp,
    long historyBytesIn,
    WireCount wire) {

  /** Nothing measured yet, in {@code mode}. */
  public static StatsSnapshot none(FeedMode mode) {
    return new StatsSnapshot(mode, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, Double.NaN, Double.NaN,
        Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0, 0, WireCount.NONE);
  }

  /**
   * These counts and {@code o}'s added up (time, updates, bytes, requests, what was counted on
   * the wire), for totals over modes; latencies do not add up and are left unknown.
   */
  public StatsSnapshot plusCounts(StatsSnapshot o) {
    return new StatsSnapshot(mode, activeSeconds + o.activeSeconds, updates + o.updates,
        gaps + o.gaps, duplicates + o.duplicates, rejected + o.rejected, late + o.late,
        quarantined + o.quarantined, bytesIn + o.bytesIn,
        bytesOut + o.bytesOut, requests + o.requests, emptyPolls + o.emptyPolls, Double.NaN,
        Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
        caughtUp + o.caughtUp, historyBytesIn + o.historyBytesIn, wire.plus(o.wire));
  }

  /**
   * Live updates per second in the mode: what was delivered from history after a connection
   * ({@link #caughtUp}) is left out, so a catch-up never shows as a rate above the feed's.
   */
  public double updatesPerSecond() {
    return perSecond(updates - caughtUp);
  }

  /**
   * Live bytes received per second: as the server counted them when it did
   * ({@link #bytesCounted}), else the client's estimate; the history loaded on connecting left
   * out.
   */
  public double bytesInPerSecond() {
    return activeSeconds <= 0 ? 0 : liveBytesInSoFar() / activeSeconds;
  }

  /**
   * Live bytes received so far, as {@link #bytesInPerSecond} takes them: counted when the server
   * counted, else estimated, less the history's. A rate over the last seconds is taken from this
   * running total.
   */
  public long liveBytesInSoFar() {
    return Math.max(0, (bytesCounted() ? wire.countedIn() : bytesIn) - historyBytesIn);
  }

  /** Whether the byte figures are the server's counts rather than the client's estimate. */
  public boolean bytesCounted() {
    return wire != null && wire.counted() && wire.updates() > 0;
  }

  public double requestsPerSecond() {
    return perSecond(requests);
  }

  /**
   * Bytes received per live update, NaN before the first: counted when the server counted
   * ({@link #bytesCounted}), else estimated; updates and bytes from history left out.
   */
  public double bytesPerUpdate() {
    if (bytesCounted()) {
      long live = wire.updates() - Math.min(caughtUp, wire.updates());
      return live == 0 ? Double.NaN
          : (double) Math.max(0, wire.countedIn() - historyBytesIn) / live;
    }
    long live = updates - caughtUp;
    return live <= 0 ? Double.NaN : (double) Math.max(0, bytesIn - historyBytesIn) / live;
  }

  private double perSecond(long count) {
    return activeSeconds <= 0 ? 0 : count / activeSeconds;
  }
}
