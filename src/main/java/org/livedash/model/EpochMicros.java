package org.livedash.model;

import java.time.Clock;
import java.time.Instant;

/** Timestamps of the feed: microseconds since the Unix epoch, the protocol's time unit. */
public final class EpochMicros {
  private EpochMicros() {}

  public static long now(Clock clock) {
    return of(clock.instant());
  }

  public static long of(Instant instant) {
    return instant.getEpochSecond() * 1_000_000L + instant.getNano() / 1_000;
  }

  public static Instant toInstant(long micros) {
    return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L),
        Math.floorMod(micros, 1_000_000L) * 1_000L);
  }
}
