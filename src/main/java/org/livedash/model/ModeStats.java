package org.livedash.model;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
import org.HdrHistogram.SingleWriterRecorder;

/**
 * Counters and the latency distribution of one measured setting (a feed mode, and for polling
 * its interval), the raw material of the side-by-side comparison. Feed threads record without
 * locks (adders and HdrHistogram recorders); {@link #snapshot} folds them into a cumulative
 * histogram and may be called from any thread. {@link #recordUpdate}, the hot path, takes one
 * writer at a time (a {@link SingleWriterRecorder}: the connection supervisor delivers frames
 * under its ingest lock); the drawn latency comes from the JavaFX thread.
 */
public final class ModeStats {
  /** Latencies are kept in microseconds, up to an hour, to three significant digits. */
  private static final long MAX_LATENCY_MICROS = TimeUnit.HOURS.toMicros(1);

  private final FeedMode mode;
  private final Duration pollInterval;
  private final LongAdder updates = new LongAdder();
  private final LongAdder gaps = new LongAdder();
  private final LongAdder duplicates = new LongAdder();
  private final LongAdder rejected = new LongAdder();
  private final LongAdder late = new LongAdder();
  private final LongAdder quarantined = new LongAdder();
  private final LongAdder bytesIn = new LongAdder();
  private final LongAdder bytesOut = new LongAdder();
  private final LongAdder requests = new LongAdder();
  private final LongAdder emptyPolls = new LongAdder();
  private final LongAdder caughtUp = new LongAdder();
  private final LongAdder historyBytesIn = new LongAdder();
  private final SingleWriterRecorder recorder = new SingleWriterRecorder(MAX_LATENCY_MICROS, 3);
  private final Recorder drawnRecorder = new Recorder(MAX_LATENCY_MICROS, 3);
  /** Updates measured before this source time waited in another mode; see {@link #recordUpdate}. */
  private volatile long latencyFromMicros = Long.MIN_VALUE;
  /** The first seconds of measured updates, apart from the steady state after them. */
  public static final long WARM_UP_MICROS = 5_000_000;
  /** When the warm-up ends: none begun (MIN), under way, or over (MAX). */
  private volatile long steadyFromMicros = Long.MIN_VALUE;

  // Guarded by this.
  private final Histogram cumulative = new Histogram(MAX_LATENCY_MICROS, 3);
  private final Histogram drawn = new Histogram(MAX_LATENCY_MICROS, 3);
  private Histogram interval;
  private Histogram drawnInterval;
  private Histogram firstSeconds;
  private long activeNanos;
  private long activeSinceNanos;
  private WireCount counted = WireCount.NONE;

  public ModeStats(FeedMode mode) {
    this(mode, null);
  }

  /**
   * Figures of one measured setting: a mode, and for interval polling its interval.
   *
   * @param pollInterval the polling interval, or null for push and long-polling
   */
  public ModeStats(FeedMode mode, Duration pollInterval) {
    this.mode = mode;
    this.pollInterval = mode == FeedMode.POLL ? pollInterval : null;
  }

  public FeedMode mode() {
    return mode;
  }

  /** The polling interval this segment measured, or null when the mode has none. */
  public Duration pollInterval() {
    return pollInterval;
  }

  /** Whether this segment measures {@code mode} at {@code interval}. */
  boolean measures(FeedMode m, Duration interval) {
    return mode == m && java.util.Objects.equals(pollInterval, m == FeedMode.POLL ? interval
        : null);
  }

  /** The setting, for a person: "WebSocket push", "HTTP polling every 250 ms". */
  public Reason title() {
    return pollInterval == null ? mode.title()
        : Reason.of("mode.poll.everyMs", pollInterval.toMillis());
  }

  /**
   * Records one delivered update and its source-to-receipt latency. An update measured before
   * this mode was switched to is counted, but its latency is not: it spent that time waiting in
   * the previous mode (typically for the next poll), and charging it here would make the new
   * mode look slower than it is.
   */
  public void recordUpdate(long sourceMicros, long receivedMicros) {
    updates.increment();
    if (sourceMicros < latencyFromMicros) {
      caughtUp.increment();
      return;
    }
    long latency = receivedMicros - sourceMicros;
    recorder.recordValue(Math.max(0, Math.min(latency, MAX_LATENCY_MICROS)));
    if (receivedMicros >= steadyFromMicros) {
      warmingUp(receivedMicros);
    }
  }

  /**
   * The first measured update starts the warm-up ({@link #WARM_UP_MICROS}); the first after it
   * ends it, keeping what was measured so far apart from the steady state.
   */
  private synchronized void warmingUp(long receivedMicros) {
    if (steadyFromMicros == Long.MIN_VALUE) {
      steadyFromMicros = receivedMicros + WARM_UP_MICROS;
    } else if (firstSeconds == null) {
      firstSeconds = folded().copy();
      steadyFromMicros = Long.MAX_VALUE;
    }
  }

  /**
   * The latency after the first {@link #WARM_UP_MICROS} of measured updates (the steady
   * state, with this machine's compilers warm), or null before then.
   */
  public synchronized Histogram steadyLatencyHistogram() {
    if (firstSeconds == null) {
      return null;
    }
    Histogram steady = folded().copy();
    steady.subtract(firstSeconds);
    return steady;
  }

  /**
   * Records that an update measured at {@code sourceMicros} was first drawn on screen at
   * {@code drawnMicros}: the latency a user sees, receipt plus the wait for the next frame.
   */
  public void recordDrawn(long sourceMicros, long drawnMicros) {
    if (sourceMicros >= latencyFromMicros) {
      drawnRecorder.recordValue(Math.max(0, Math.min(drawnMicros - sourceMicros,
          MAX_LATENCY_MICROS)));
    }
  }

  /** Latency counts only for updates measured at or after {@code sourceMicros}. */
  public void measureLatencyFrom(long sourceMicros) {
    latencyFromMicros = sourceMicros;
  }

  /** Updates delivered in this mode whose latency belonged to the previous one. */
  public long caughtUp() {
    return caughtUp.sum();
  }

  public void recordGap(long missing) {
    gaps.add(missing);
  }

  public void recordDuplicates(long count) {
    duplicates.add(count);
  }

  public void recordRejected(long count) {
    rejected.add(count);
  }

  /** Readings that came late and were put in their place ({@code late}), or set aside. */
  public void recordTimes(long lateCount, long quarantinedCount) {
    late.add(lateCount);
    quarantined.add(quarantinedCount);
  }

  /** Records traffic: bytes both ways, requests made (polling) and whether a poll was empty. */
  public void recordTraffic(long in, long out, long requestCount, boolean emptyPoll) {
    bytesIn.add(in);
    bytesOut.add(out);
    requests.add(requestCount);
    if (emptyPoll) {
      emptyPolls.increment();
    }
  }

  /**
   * Counts {@code bytes} of what was received as history: the share of a message that carried
   * updates delivered from before the connection ({@link #caughtUp}).
   */
  public void recordHistoryBytes(long bytes) {
    historyBytesIn.add(bytes);
  }

  /** Adds what a server counted, with the client's estimate of the same bytes. */
  public synchronized void recordCounted(WireCount span) {
    counted = counted.plus(span);
  }

  /** Starts the mode's clock; rates are per second of time spent in the mode. */
  public synchronized void activate(long nowNanos) {
    if (activeSinceNanos == 0) {
      activeSinceNanos = nowNanos;
    }
  }

  public synchronized void deactivate(long nowNanos) {
    if (activeSinceNanos != 0) {
      activeNanos += nowNanos - activeSinceNanos;
      activeSinceNanos = 0;
    }
  }

  /** Never entered and nothing recorded. */
  synchronized boolean isUnused() {
    return activeNanos == 0 && activeSinceNanos == 0 && updates.sum() == 0 && bytesIn.sum() == 0;
  }

  public synchronized boolean isActive() {
    return activeSinceNanos != 0;
  }

  /** A consistent copy of everything recorded so far. */
  public synchronized StatsSnapshot snapshot(long nowNanos) {
    folded();
    drawnInterval = drawnRecorder.getIntervalHistogram(drawnInterval);
    drawn.add(drawnInterval);
    long drawnCount = drawn.getTotalCount();
    long active = activeNanos + (activeSinceNanos == 0 ? 0 : nowNanos - activeSinceNanos);
    long count = cumulative.getTotalCount();
    return new StatsSnapshot(
        mode,
        active / 1e9,
        updates.sum(),
        gaps.sum(),
        duplicates.sum(),
        rejected.sum(),
        late.sum(),
        quarantined.sum(),
        bytesIn.sum(),
        bytesOut.sum(),
        requests.sum(),
        emptyPolls.sum(),
        count == 0 ? Double.NaN : cumulative.getValueAtPercentile(50) / 1000.0,
        count == 0 ? Double.NaN : cumulative.getValueAtPercentile(95) / 1000.0,
        count == 0 ? Double.NaN : cumulative.getValueAtPercentile(99) / 1000.0,
        count == 0 ? Double.NaN : cumulative.getMaxValue() / 1000.0,
        count == 0 ? Double.NaN : cumulative.getMean() / 1000.0,
        drawnCount == 0 ? Double.NaN : drawn.getValueAtPercentile(50) / 1000.0,
        drawnCount == 0 ? Double.NaN : drawn.getValueAtPercentile(99) / 1000.0,
        caughtUp.sum(),
        historyBytesIn.sum(),
        counted);
  }

  /** Copies the cumulative latency histogram, for merging across modes. */
  public synchronized Histogram latencyHistogram() {
    return folded().copy();
  }

  /** The cumulative histogram with what was recorded since the last fold added; under this. */
  private Histogram folded() {
    interval = recorder.getIntervalHistogram(interval);
    cumulative.add(interval);
    return cumulative;
  }
}
