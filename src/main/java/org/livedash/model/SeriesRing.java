package org.livedash.model;

/**
 * Fixed-capacity ring of (time, value) samples on primitive arrays, oldest first, with an optional
 * traded volume per sample. It keeps memory bounded however long the feed runs (16 bytes a
 * retained point, 24 with volume) and lets a chart read a time range without boxing or copying.
 *
 * <p>Not thread-safe: {@link SeriesStore} guards every ring with its lock.
 */
public final class SeriesRing {
  private final long[] times;
  private final double[] values;
  private final double[] volumes;
  private int start;
  private int size;
  private long appended;

  /** A ring without volume. */
  public SeriesRing(int capacity) {
    this(capacity, false);
  }

  public SeriesRing(int capacity, boolean withVolume) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive: " + capacity);
    }
    times = new long[capacity];
    values = new double[capacity];
    volumes = withVolume ? new double[capacity] : null;
  }

  /**
   * How many samples were ever appended: changes with every append, so a reader can tell whether
   * this series changed since it last looked.
   */
  public long appended() {
    return appended;
  }

  public int capacity() {
    return times.length;
  }

  public int size() {
    return size;
  }

  public boolean isEmpty() {
    return size == 0;
  }

  /** Appends a sample, overwriting the oldest when full. */
  public void append(long timeMicros, double value) {
    append(timeMicros, value, Double.NaN);
  }

  /** Appends a sample with its volume (ignored by a ring without volume). */
  public void append(long timeMicros, double value, double volume) {
    int slot;
    if (size < times.length) {
      slot = physical(size);
      size++;
    } else {
      slot = start;
      start = (start + 1) % times.length;
    }
    times[slot] = timeMicros;
    values[slot] = value;
    if (volumes != null) {
      volumes[slot] = volume;
    }
    appended++;
  }

  /** Time of the i-th retained sample, 0 being the oldest. */
  public long timeAt(int i) {
    return times[physical(checked(i))];
  }

  /** Value of the i-th retained sample, 0 being the oldest. */
  public double valueAt(int i) {
    return values[physical(checked(i))];
  }

  /** Volume of the i-th retained sample, NaN in a ring without volume. */
  public double volumeAt(int i) {
    return volumes == null ? Double.NaN : volumes[physical(checked(i))];
  }

  public long lastTime() {
    return timeAt(size - 1);
  }

  public double lastValue() {
    return valueAt(size - 1);
  }

  /**
   * Index of the first sample whose time is at or after {@code timeMicros}, or {@link #size()} if
   * there is none. Samples are assumed to be appended in time order.
   */
  public int firstIndexAtOrAfter(long timeMicros) {
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (timeAt(mid) < timeMicros) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private int checked(int i) {
    if (i < 0 || i >= size) {
      throw new IndexOutOfBoundsException("index " + i + " of " + size);
    }
    return i;
  }

  private int physical(int i) {
    int p = start + i;
    return p >= times.length ? p - times.length : p;
  }
}
