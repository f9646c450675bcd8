package org.livedash.model;

/**
 * Where a reading's time puts it in its series, so one bad clock cannot poison a series: a
 * reading a little late (a venue's trades a few milliseconds out of order in one batch) goes in
 * its place; one further back is refused; one stamped far ahead of this machine's clock is set
 * aside — never the series' newest, which would make every later reading look late.
 *
 * <p>A new stream may begin with readings the series already holds: a relay whose Redis came
 * back with less than it had publishes again what was last published, perhaps stamped by
 * another relay of the same source a little apart. Such a reading (the same value, within
 * {@link #SAME_READING_MICROS}, matched in order) is a repeat, not kept twice
 * ({@link StoredSeries#repeats}); once a series has met one, the new stream carries its
 * history on, so a reading of it that falls among the held ones is one this client missed and
 * goes in its place. A new stream behind the held readings that repeats none of them is
 * another history: it replaces the old samples.
 */
final class ReadingTimes {
  /** How late a reading may come, behind its series' newest, and still be put in its place. */
  static final long REORDER_MICROS = 2_000_000;
  /** How far ahead of this machine's clock a reading may be stamped before it is set aside. */
  static final long AHEAD_TOLERANCE_MICROS = 10_000_000;
  /** How far apart two relays of one source may stamp the same reading. */
  static final long SAME_READING_MICROS = 1_000_000;

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

  /** How the stream a reading came in stands to the series' held readings. */
  enum Stream {
    /** The stream the series' newest reading came in. */
    SAME,
    /** Another stream, which has not yet repeated a held reading of the series. */
    NEW,
    /** Another stream, which repeated a held reading of the series: it carries its history on. */
    CARRIED_ON
  }

  private ReadingTimes() {}

  /**
   * Judges a reading at {@code timeMicros} for {@code ring} (one that repeats a held one is
   * not judged: it is not kept).
   *
   * @param nowMicros this machine's clock, epoch µs
   */
  static Verdict judge(SeriesRing ring, long timeMicros, long nowMicros, Stream stream) {
    if (timeMicros - nowMicros > AHEAD_TOLERANCE_MICROS) {
      return Verdict.AHEAD;
    }
    if (ring.isEmpty() || timeMicros > ring.lastTime()) {
      return Verdict.APPEND;
    }
    if (stream != Stream.SAME) {
      if (timeMicros == ring.lastTime()) {
        return Verdict.APPEND;
      }
      // Older than a full ring keeps: nothing to tell by, and nothing the ring could keep.
      boolean beforeAll = ring.size() == ring.capacity() && timeMicros < ring.timeAt(0);
      return stream == Stream.CARRIED_ON || beforeAll ? Verdict.PUT_IN_PLACE
          : Verdict.NEW_STREAM_BEHIND;
    }
    if (timeMicros == ring.lastTime()) {
      return Verdict.APPEND;
    }
    return ring.lastTime() - timeMicros <= REORDER_MICROS ? Verdict.PUT_IN_PLACE
        : Verdict.TOO_LATE;
  }
}
