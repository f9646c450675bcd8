package org.livedash.model;

/**
 * Where the feed restarted or lost updates on this endpoint, for the charts' marks: the newest
 * {@link #MAX} of them. A mark is placed when the new stream is announced or the hole is seen,
 * then moved to where the data after it begins (a new stream's history included) when its first
 * sample is stored. Holes seen within {@link #MERGE_MICROS} of the last hole's mark add to it, so
 * a lossy stretch is one mark, not a fence. Guarded by {@link SeriesStore}'s lock.
 */
final class FeedMarks {
  /** Marks kept. */
  static final int MAX = 32;
  /** Holes this close after the last hole's mark are counted in it. */
  static final long MERGE_MICROS = 1_000_000L;

  private final long[] marks = new long[MAX];
  /** How many updates each hole lost; 0 for a restart. */
  private final long[] missed = new long[MAX];
  private int count;
  /** The newest mark still waits for the first sample after it. */
  private boolean pending;
  /** When the last hole was seen, on this machine's clock (marks move to the feed's). */
  private long lastHoleSeen = Long.MIN_VALUE;

  /** A new stream, announced at {@code nowMicros}. */
  void restarted(long nowMicros) {
    add(nowMicros, 0);
  }

  /** {@code skipped} updates lost, seen at {@code nowMicros}. */
  void missed(long skipped, long nowMicros) {
    int newest = Math.floorMod(count - 1, MAX);
    boolean near = lastHoleSeen != Long.MIN_VALUE && nowMicros - lastHoleSeen <= MERGE_MICROS;
    lastHoleSeen = nowMicros;
    if (count > 0 && missed[newest] > 0 && near) {
      missed[newest] += skipped;
      return;
    }
    add(nowMicros, skipped);
  }

  private void add(long nowMicros, long lost) {
    marks[count % MAX] = nowMicros;
    missed[count % MAX] = lost;
    count++;
    pending = true;
  }

  /** A sample was stored at {@code timeMicros}: the newest mark moves there if it waits. */
  void stored(long timeMicros) {
    if (pending) {
      marks[(count - 1) % MAX] = timeMicros;
      pending = false;
    }
  }

  /** Another endpoint: none of its marks are this one's. */
  void clear() {
    count = 0;
    pending = false;
    lastHoleSeen = Long.MIN_VALUE;
  }

  /** How many marks {@link #mark} can return (the newest ones). */
  int count() {
    return Math.min(count, MAX);
  }

  /** The time of the i-th newest mark, epoch microseconds. */
  long mark(int i) {
    return marks[Math.floorMod(count - 1 - i, MAX)];
  }

  /** How many updates the i-th newest mark's hole lost; 0 for a restart. */
  long missed(int i) {
    return missed[Math.floorMod(count - 1 - i, MAX)];
  }
}
