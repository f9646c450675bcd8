package org.livedash.ui.chart;

import java.time.Instant;
import java.util.function.LongSupplier;
import org.livedash.model.EpochMicros;

/**
 * Where a live chart's window ends: at the newest sample while data flows; once none has come
 * for {@link #STILL_AFTER_NANOS}, the edge moves on with the clock, a second at a time, so a
 * silent feed shows as a growing hole rather than a picture that looks live.
 */
final class LiveEdge {
  /** How long the newest sample may stand before the time axis moves on without it. */
  static final long STILL_AFTER_NANOS = 1_500_000_000L;
  /** How far an empty chart's edge moves at a time. */
  static final long EMPTY_STEP_MICROS = 10_000_000L;
  /** The clock the edge moves by when data stops; tests drive it. */
  LongSupplier nanoClock = System::nanoTime;
  /** The time of day in epoch µs, for the edge of a chart with no sample yet; tests drive it. */
  LongSupplier wallMicros = () -> EpochMicros.of(Instant.now());
  private long lastNewest = Long.MIN_VALUE;
  private long newestSeenNanos;

  /** The edge, given the newest sample's time ({@code Long.MIN_VALUE}: none yet). */
  long at(long newest) {
    long now = nanoClock.getAsLong();
    if (newest == Long.MIN_VALUE) {
      // Nothing yet: the clock in tens of seconds (a tick of a minute's axis), so an empty chart
      // redraws six times a minute, not each time the clock passes a pixel.
      long t = wallMicros.getAsLong();
      return t - Math.floorMod(t, EMPTY_STEP_MICROS);
    }
    if (newest != lastNewest) {
      lastNewest = newest;
      newestSeenNanos = now;
    }
    long still = now - newestSeenNanos - STILL_AFTER_NANOS;
    // In whole seconds: the hole grows in steps a person reads, and a silent feed costs one
    // redraw a second at most, not one each time the clock passes a pixel.
    long stillMicros = still / 1000;
    return still > 0 ? newest + stillMicros - stillMicros % 1_000_000L : newest;
  }
}
