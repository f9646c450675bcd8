package org.livedash.model;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Timestamps of the feed: microseconds since the Unix epoch, the protocol's time unit. */
public final class EpochMicros {
  /** ISO-8601 in UTC to the microsecond, always six digits: what files and reports write. */
  private static final DateTimeFormatter ISO =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

  private EpochMicros() {}

  /** {@code micros} as {@code 2026-12-04T10:00:00.000250Z}. */
  public static String iso(long micros) {
    return ISO.format(toInstant(micros));
  }

  /** {@code instant} as {@link #iso(long)} writes it. */
  public static String iso(Instant instant) {
    return ISO.format(instant);
  }

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
