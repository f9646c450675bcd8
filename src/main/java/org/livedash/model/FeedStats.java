package org.livedash.model;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The statistics of every mode used in a run, and which mode is current and which came before,
 * so the UI can put them side by side.
 */
public final class FeedStats {
  private final Map<FeedMode, ModeStats> byMode = new EnumMap<>(FeedMode.class);

  private final AtomicLong restarts = new AtomicLong();
  private volatile String lastProblem = "";
  private volatile ClockOffset clockOffset;

  // Guarded by this.
  private FeedMode current;
  private FeedMode previous;

  public FeedStats() {
    for (FeedMode m : FeedMode.values()) {
      byMode.put(m, new ModeStats(m));
    }
  }

  public ModeStats of(FeedMode mode) {
    return byMode.get(mode);
  }

  /**
   * Makes {@code mode} current; the one it replaces becomes the previous mode.
   *
   * @param nowMicros the wall clock in epoch microseconds: on every connection (a switch or a
   *     reconnect), latency counts for updates measured from then on
   */
  public synchronized void enter(FeedMode mode, long nowNanos, long nowMicros) {
    if (current != null && current != mode) {
      byMode.get(current).deactivate(nowNanos);
      previous = current;
    }
    // Every connection, a reconnect too: what it delivers from history waited for the outage
    // (or the old mode), not for this mode, so it is counted but kept out of the latency.
    byMode.get(mode).measureLatencyFrom(nowMicros);
    current = mode;
    byMode.get(mode).activate(nowNanos);
  }

  /** Stops the clock of the current mode (the feed is down by the user's choice). */
  public synchronized void pause(long nowNanos) {
    if (current != null) {
      byMode.get(current).deactivate(nowNanos);
    }
  }

  public synchronized Optional<FeedMode> current() {
    return Optional.ofNullable(current);
  }

  public synchronized Optional<FeedMode> previous() {
    return Optional.ofNullable(previous);
  }

  /** The server's clock offset, once estimated; null before. */
  public ClockOffset clockOffset() {
    return clockOffset;
  }

  public void setClockOffset(ClockOffset offset) {
    clockOffset = offset;
  }

  /**
   * How much to subtract from a server timestamp to put it on this machine's clock: the
   * estimated offset when it is applied, else 0.
   */
  public long sourceShiftMicros() {
    ClockOffset o = clockOffset;
    return o != null && o.applied() ? o.offsetMicros() : 0;
  }

  /** The last rejected message's reason, or a server error, for the status line. */
  public String lastProblem() {
    return lastProblem;
  }

  public void reportProblem(String problem) {
    lastProblem = problem;
  }

  /** The server began a new stream (its sequence started again). */
  public void recordRestart() {
    restarts.incrementAndGet();
  }

  /** How many times the feed restarted during the run. */
  public long restarts() {
    return restarts.get();
  }

  /** Updates received in every mode together. */
  public long totalUpdates(long nowNanos) {
    long n = 0;
    for (ModeStats s : byMode.values()) {
      n += s.snapshot(nowNanos).updates();
    }
    return n;
  }
}
