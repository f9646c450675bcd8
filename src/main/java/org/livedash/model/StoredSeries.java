package org.livedash.model;

/**
 * One series inside the {@link SeriesStore}: its description, its ring of samples, its first
 * value, the hole and stream epochs its last sample was stored in, and the stream that repeated
 * its history. Guarded by the store's lock.
 */
final class StoredSeries {
  final SeriesMeta meta;
  final SeriesRing ring;
  double openValue = Double.NaN;
  long holeEpoch;
  long streamEpoch;
  /** The stream that repeated a held reading of this series (-1: none). */
  long repeatedInEpoch = -1;
  /** The time of the held reading that stream last repeated. */
  long matchedUpTo;
  /**
   * How many held readings at {@link #matchedUpTo} that stream has gone past: a source's burst
   * can stamp two readings with the same microsecond, and each is matched once.
   */
  int matchedAtThatTime;

  StoredSeries(SeriesMeta meta, SeriesRing ring, long holeEpoch, long streamEpoch) {
    this.meta = meta;
    this.ring = ring;
    this.holeEpoch = holeEpoch;
    this.streamEpoch = streamEpoch;
  }

  /**
   * How the stream now in force ({@code current}) stands to this series: the one its newest
   * sample came in, a new one, or a new one that repeated a held sample — judged as new until
   * a reading of it passes the held ones.
   */
  ReadingTimes.Stream streamFor(long current) {
    return streamEpoch == current ? ReadingTimes.Stream.SAME
        : repeatedInEpoch == current ? ReadingTimes.Stream.CARRIED_ON : ReadingTimes.Stream.NEW;
  }

  /**
   * Whether a reading at {@code timeMicros} of {@code value}, in the stream {@code current},
   * repeats a held one ({@link ReadingTimes}): only a new stream's can, each held reading once,
   * in order. One that does is remembered, and the stream carries this series' history on.
   */
  boolean repeats(long current, long timeMicros, double value) {
    if (streamEpoch == current || ring.isEmpty()) {
      return false;
    }
    boolean carried = repeatedInEpoch == current;
    int i = ring.sameValueNear(carried ? matchedUpTo : Long.MIN_VALUE,
        carried ? matchedAtThatTime : 0, timeMicros, value, ReadingTimes.SAME_READING_MICROS);
    if (i < 0) {
      return false;
    }
    long at = ring.timeAt(i);
    repeatedInEpoch = current;
    matchedUpTo = at;
    // In order: the held readings of that microsecond up to this one are gone past.
    matchedAtThatTime = i - ring.firstIndexAtOrAfter(at) + 1;
    return true;
  }

  /** The same samples under a new description. */
  StoredSeries with(SeriesMeta newMeta) {
    StoredSeries e = new StoredSeries(newMeta, ring, holeEpoch, streamEpoch);
    e.openValue = openValue;
    e.repeatedInEpoch = repeatedInEpoch;
    e.matchedUpTo = matchedUpTo;
    e.matchedAtThatTime = matchedAtThatTime;
    return e;
  }
}
