package org.livedash.model;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The statistics of every setting measured in a run, one segment per (mode, polling interval),
 * and which segment is current and which came before, so the UI can put them side by side.
 * Changing the polling interval starts a new segment, so 1000 ms and 250 ms are never blended
 * into one distribution; going back to a setting continues its segment.
 */
public final class FeedStats {
  // Guarded by this.
  private final List<ModeStats> segments = new ArrayList<>();
  private final Map<FeedMode, ModeStats> latestByMode = new EnumMap<>(FeedMode.class);

  private final AtomicLong restarts = new AtomicLong();
  private final WindowFrames frames = new WindowFrames();
  private volatile String lastProblem = "";
  /** What the server says is wrong with it; null while it delivers. */
  private volatile ServerTrouble serverTrouble;
  private volatile ClockOffset clockOffset;
  private volatile java.util.function.LongSupplier playClock;

  // Guarded by this.
  private ModeStats current;
  private ModeStats previous;

  /** The newest segment of {@code mode}: the one its updates are recorded in. */
  public synchronized ModeStats of(FeedMode mode) {
    ModeStats s = latestByMode.get(mode);
    return s != null ? s : segment(mode, null);
  }

  private ModeStats segment(FeedMode mode, Duration pollInterval) {
    for (ModeStats s : segments) {
      if (s.measures(mode, pollInterval)) {
        latestByMode.put(mode, s);
        return s;
      }
    }
    // A segment asked for before its mode was entered, and never used, gives way to the real one.
    segments.removeIf(old -> old.mode() == mode && old.isUnused());
    ModeStats s = new ModeStats(mode, pollInterval);
    segments.add(s);
    latestByMode.put(mode, s);
    return s;
  }

  /** Every segment measured so far, in the order they began. */
  public synchronized List<ModeStats> segments() {
    return List.copyOf(segments);
  }

  /** As {@link #enter(FeedMode, Duration, long, long)} with no polling interval. */
  public void enter(FeedMode mode, long nowNanos, long nowMicros) {
    enter(mode, null, nowNanos, nowMicros);
  }

  /**
   * Makes the segment of {@code mode} at {@code pollInterval} current; the one it replaces
   * becomes the previous one.
   *
   * @param nowMicros the wall clock in epoch microseconds: on every connection (a switch or a
   *     reconnect), latency counts for updates measured from then on
   */
  public synchronized void enter(FeedMode mode, Duration pollInterval, long nowNanos,
      long nowMicros) {
    ModeStats next = segment(mode, pollInterval);
    if (current != null && current != next) {
      current.deactivate(nowNanos);
      previous = current;
    }
    // Every connection, a reconnect too: what it delivers from history waited for the outage
    // (or the old mode), not for this mode, so it is counted but kept out of the latency.
    next.measureLatencyFrom(nowMicros);
    current = next;
    next.activate(nowNanos);
  }

  /**
   * Forgets every figure: another feed is starting, and nothing measured on the old one may be
   * read as this one's (its rate, its latency, its clock, its problems).
   */
  public synchronized void startOver() {
    segments.clear();
    latestByMode.clear();
    current = null;
    previous = null;
    restarts.set(0);
    lastProblem = "";
    serverTrouble = null;
    clockOffset = null;
  }

  /** Stops the clock of the current mode (the feed is down by the user's choice). */
  public synchronized void pause(long nowNanos) {
    if (current != null) {
      current.deactivate(nowNanos);
    }
  }

  public synchronized Optional<FeedMode> current() {
    return Optional.ofNullable(current).map(ModeStats::mode);
  }

  public synchronized Optional<FeedMode> previous() {
    return Optional.ofNullable(previous).map(ModeStats::mode);
  }

  /** The segment being measured now. */
  public synchronized Optional<ModeStats> currentSegment() {
    return Optional.ofNullable(current);
  }

  /** The segment measured before the current one. */
  public synchronized Optional<ModeStats> previousSegment() {
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
   * The feed is a recording played back: its times are read by {@code playClock} (the moment it
   * plays, epoch µs), not by this machine's; null for a live feed.
   */
  public void usePlayClock(java.util.function.LongSupplier playClock) {
    this.playClock = playClock;
  }

  /**
   * How much to subtract from a server timestamp to put it on this machine's clock: for a
   * recording played back, how far its play clock is from now; else the estimated offset when
   * it is applied, else 0.
   */
  public long sourceShiftMicros() {
    java.util.function.LongSupplier play = playClock;
    if (play != null) {
      return play.getAsLong() - System.currentTimeMillis() * 1000;
    }
    ClockOffset o = clockOffset;
    return o != null && o.applied() ? o.offsetMicros() : 0;
  }

  /** The last rejected message's reason, or a server error, for the status line. */
  public String lastProblem() {
    return lastProblem;
  }

  /**
   * The server said how it is (a {@code status} message, or a polling answer): its trouble, or
   * null when it delivers. Kept until it says it is over.
   */
  public void serverStatus(ServerTrouble troubleOrNull) {
    serverTrouble = troubleOrNull;
  }

  /** The server's trouble as it said it, null while it delivers. */
  public ServerTrouble serverTrouble() {
    return serverTrouble;
  }

  public void reportProblem(String problem) {
    lastProblem = problem;
  }

  /** The server began a new stream (its sequence started again). */
  /** The window's pulses, when there is a window. */
  public WindowFrames frames() {
    return frames;
  }

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
    for (ModeStats s : segments()) {
      n += s.snapshot(nowNanos).updates();
    }
    return n;
  }
}
