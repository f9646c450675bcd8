package org.livedash.model;

/**
 * Where the feed restarted on this endpoint, for the charts' markers: the newest
 * {@link #MAX} of them. A mark is placed at the moment the new stream was announced, then moved
 * to where the new stream's data begins (its history included) when its first sample is stored.
 * Guarded by {@link SeriesStore}'s lock.
 */
final class RestartMarks {
  /** Restart times kept. */
  static final int MAX = 32;

  private final long[] marks = new long[MAX];
  private int count;
  /** The newest mark still waits for the new stream's first sample time. */
  private boolean pending;

  /** A new stream, announced at {@code nowMicros}. */
  void restarted(long nowMicros) {
    marks[count % MAX] = nowMicros;
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
  }

  /** How many marks {@link #mark} can return (the newest ones). */
  int count() {
    return Math.min(count, MAX);
  }

  /** The time of the i-th newest restart, epoch microseconds. */
  long mark(int i) {
    return marks[Math.floorMod(count - 1 - i, MAX)];
  }
}
