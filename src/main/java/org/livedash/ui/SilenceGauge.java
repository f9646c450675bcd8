package org.livedash.ui;

import java.util.Arrays;
import org.livedash.model.ConnectionState;
import org.livedash.model.ConnectionStatus;

/**
 * Whether a live connection has said nothing for too long. A LiveDash feed beats every second
 * (or is polled): three periods, and at least three seconds, since a few heartbeats may be late.
 * A feed without heartbeats: three times its usual longest gap between messages lately, and at
 * least five seconds — a quiet market's trades come seconds apart, a busy one's silence of two
 * seconds is already news. It learns the gaps from the last-message times the window sees each
 * frame.
 */
final class SilenceGauge {
  /** A beating feed's silence shorter than this is never called one. */
  static final long BEATING_MIN_NANOS = 3_000_000_000L;
  /** A feed without heartbeats: the shortest silence ever called one. */
  static final long MIN_NANOS = 5_000_000_000L;
  private static final int GAPS = 64;

  private final long[] gaps = new long[GAPS];
  private int count;
  private int next;
  private long lastSeen;

  /**
   * Whether the connection is live and silent past its limit.
   *
   * @param beats whether the feed beats (a LiveDash server), every {@code periodNanos}
   */
  boolean isSilent(ConnectionStatus s, long nowNanos, boolean beats, long periodNanos) {
    if (s.state() != ConnectionState.LIVE || s.lastMessageNanos() == 0) {
      return false;
    }
    long limit = beats ? Math.max(BEATING_MIN_NANOS, 3 * periodNanos) : limitNanos();
    return nowNanos - s.lastMessageNanos() > limit;
  }

  /** Notes the feed's last-message time as of this frame (0: no message yet). */
  void observe(long lastMessageNanos) {
    if (lastMessageNanos == 0 || lastMessageNanos == lastSeen) {
      return;
    }
    if (lastSeen != 0 && lastMessageNanos > lastSeen) {
      gaps[next] = lastMessageNanos - lastSeen;
      next = (next + 1) % GAPS;
      count = Math.min(GAPS, count + 1);
    }
    lastSeen = lastMessageNanos;
  }

  /**
   * The silence after which this feed is silent: three times its usual longest gap (the 90th
   * percentile, so one outage does not excuse the next), at least {@link #MIN_NANOS}.
   */
  long limitNanos() {
    if (count == 0) {
      return MIN_NANOS;
    }
    long[] sorted = Arrays.copyOf(gaps, count);
    Arrays.sort(sorted);
    return Math.max(MIN_NANOS, 3 * sorted[(int) Math.floor(0.9 * (count - 1))]);
  }

  /** Another feed: its gaps are learnt afresh. */
  void reset() {
    count = 0;
    next = 0;
    lastSeen = 0;
  }
}
