package org.livedash.transport;

import java.time.Duration;

/**
 * How long a connection may stay silent before it is presumed dead. A feed announces its
 * heartbeat period; missing a few heartbeats in a row means the link is gone (a stalled TCP path
 * can look open for minutes), while a feed with a slow heartbeat must not be dropped between
 * two of them. Bounded below so a fast heartbeat does not turn a short pause into a reconnect,
 * and above so a dead link is always noticed.
 */
public final class DeadLink {
  /** Heartbeat periods missed before the link is presumed dead. */
  static final int MISSED_HEARTBEATS = 3;
  public static final Duration FLOOR = Duration.ofSeconds(2);
  static final Duration CEILING = Duration.ofSeconds(60);

  private DeadLink() {}

  /**
   * The silence allowed on a feed whose heartbeat period is {@code heartbeatMillis}, or {@code
   * fallback} when the feed announced none (zero or negative).
   */
  public static Duration timeout(long heartbeatMillis, Duration fallback) {
    if (heartbeatMillis <= 0) {
      return fallback;
    }
    long millis = Math.min(heartbeatMillis, CEILING.toMillis()) * MISSED_HEARTBEATS;
    return Duration.ofMillis(Math.max(FLOOR.toMillis(), Math.min(CEILING.toMillis(), millis)));
  }
}
