package org.livedash.model;

/**
 * Where a reading's time puts it in its series, so one bad clock cannot poison a series: a
 * reading a little late (a venue's trades a few milliseconds out of order in one batch) goes in
 * its place; one further back is refused; one stamped far ahead of this machine's clock is set
 * aside — never the series' newest, which would make every later reading look late.
 */
final class ReadingTimes {
  /** How late a reading may come, behind its series' newest, and still be put in its place. */
  static final long REORDER_MICROS = 2_000_000;
  /** How far ahead of this machine's clock a reading may be stamped before it is set aside. */
  static final long AHEAD_TOLERANCE_MICROS = 10_000_000;

  /** What to do with a reading. */
  enum Verdict {
    /** Newest of its series: appended. */
    APPEND,
    /** A little late: put in its place among the older ones. */
    PUT_IN_PLACE,
    /** Stamped too far ahead of this clock: set aside and counted. */
    AHEAD,
    /** Further back than {@link #REORDER_MICROS} within the stream: refused. */
    TOO_LATE,
    /** Behind the newest, but of a new stream whose clock is behind the old one's. */
    NEW_STREAM_BEHIND
  }

  private ReadingTimes() {}

  /**
   * Judges a reading at {@code timeMicros} for {@code ring}.
   *
   * @param nowMicros this machine's clock, epoch µs
   * @param sameStream whether the ring's newest came in the current stream
   */
  static Verdict judge(SeriesRing ring, long timeMicros, long nowMicros, boolean sameStream) {
    if (timeMicros - nowMicros > AHEAD_TOLERANCE_MICROS) {
      return Verdict.AHEAD;
    }
    if (ring.isEmpty() || timeMicros >= ring.lastTime()) {
      return Verdict.APPEND;
    }
    if (!sameStream) {
      return Verdict.NEW_STREAM_BEHIND;
    }
    return ring.lastTime() - timeMicros <= REORDER_MICROS ? Verdict.PUT_IN_PLACE
        : Verdict.TOO_LATE;
  }
}
