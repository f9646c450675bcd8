package org.livedash.model;

import java.util.Arrays;

/**
 * Bounded ring of (time, value) samples on primitive arrays, oldest first, with an optional
 * traded volume per sample and a mark on each sample that follows a hole in the data. It keeps
 * memory bounded however long the feed runs (17 bytes a retained point, 25 with volume) and lets
 * a chart read a time range without boxing or copying. Its arrays start small and grow to the
 * capacity as samples arrive, so a catalogue of many quiet series costs little.
 *
 * <p>Not thread-safe: {@link SeriesStore} guards every ring with its lock.
 */
public final class SeriesRing {
  private static final int INITIAL_SLOTS = 256;

  private final int capacity;
  private final boolean withVolume;
  private long[] times;
  private double[] values;
  private double[] volumes;
  private boolean[] breaks;
  private int start;
  private int size;
  private long appended;
  private long insertions;
  /** The same samples in ten-second buckets, kept for a day; null when not kept. */
  private BucketRing buckets;

  /** A ring without volume. */
  public SeriesRing(int capacity) {
    this(capacity, false);
  }

  public SeriesRing(int capacity, boolean withVolume) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive: " + capacity);
    }
    this.capacity = capacity;
    this.withVolume = withVolume;
    allocate(Math.min(capacity, INITIAL_SLOTS));
  }

  /** Keeps the samples in ten-second buckets too, for a day ({@link BucketRing}); returns it. */
  public SeriesRing keepingBuckets() {
    buckets = new BucketRing();
    return this;
  }

  /** The samples in ten-second buckets, or null when this ring keeps none. */
  public BucketRing buckets() {
    return buckets;
  }

  private void allocate(int slots) {
    times = new long[slots];
    values = new double[slots];
    volumes = withVolume ? new double[slots] : null;
    breaks = new boolean[slots];
  }

  /**
   * How many samples were ever appended: changes with every append, so a reader can tell whether
   * this series changed since it last looked.
   */
  public long appended() {
    return appended;
  }

  public int capacity() {
    return capacity;
  }

  public int size() {
    return size;
  }

  public boolean isEmpty() {
    return size == 0;
  }

  /** Appends a sample, overwriting the oldest when full. */
  public void append(long timeMicros, double value) {
    append(timeMicros, value, Double.NaN, false);
  }

  /** Appends a sample with its volume (ignored by a ring without volume). */
  public void append(long timeMicros, double value, double volume) {
    append(timeMicros, value, volume, false);
  }

  /**
   * Appends a sample with its volume (ignored by a ring without volume); {@code breakBefore}
   * says that data is missing between the previous sample and this one.
   */
  public void append(long timeMicros, double value, double volume, boolean breakBefore) {
    if (size == times.length && size < capacity) {
      grow();
    }
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
    breaks[slot] = breakBefore;
    if (volumes != null) {
      volumes[slot] = volume;
    }
    appended++;
    if (buckets != null) {
      // A late sample's move of the newest one up a slot adds it again: to no effect on M4.
      buckets.add(timeMicros, value, breakBefore);
    }
  }

  /**
   * Puts a sample that arrived late in its place by time (after any of the same time), moving
   * the newer ones up a slot: for a feed whose readings come a little out of order. A sample
   * older than everything a full ring keeps is not kept; returns whether it was.
   */
  public boolean insertInOrder(long timeMicros, double value, double volume,
      boolean breakBefore) {
    int at = timeMicros == Long.MAX_VALUE ? size : firstIndexAtOrAfter(timeMicros + 1);
    if (at == size) {
      append(timeMicros, value, volume, breakBefore);
      return true;
    }
    if (at == 0 && size == capacity) {
      return false;
    }
    boolean evicts = size == capacity;
    append(times[physical(size - 1)], values[physical(size - 1)],
        volumes == null ? Double.NaN : volumes[physical(size - 1)],
        breaks[physical(size - 1)]);
    if (evicts) {
      at--;
    }
    for (int i = size - 2; i > at; i--) {
      int to = physical(i);
      int from = physical(i - 1);
      times[to] = times[from];
      values[to] = values[from];
      breaks[to] = breaks[from];
      if (volumes != null) {
        volumes[to] = volumes[from];
      }
    }
    int slot = physical(at);
    times[slot] = timeMicros;
    values[slot] = value;
    breaks[slot] = breakBefore;
    if (volumes != null) {
      volumes[slot] = volume;
    }
    insertions++;
    if (buckets != null) {
      buckets.addLate(timeMicros, value);
    }
    return true;
  }

  /**
   * How many samples were put in place rather than appended ({@link #insertInOrder}): a reader
   * that looks only at the newest samples looks again at all of them when this changes.
   */
  public long insertions() {
    return insertions;
  }

  /** Forgets every sample (the ring keeps its arrays). */
  public void clear() {
    start = 0;
    size = 0;
    if (buckets != null) {
      buckets.clear();
    }
    appended++;
  }

  private void grow() {
    // Only reached before the ring first fills, so the samples start at slot 0.
    int slots = (int) Math.min(capacity, 2L * times.length);
    times = Arrays.copyOf(times, slots);
    values = Arrays.copyOf(values, slots);
    breaks = Arrays.copyOf(breaks, slots);
    if (volumes != null) {
      volumes = Arrays.copyOf(volumes, slots);
    }
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

  /**
   * Where the i-th sample lives in the arrays behind the ring ({@link #timeSlots()} and the
   * others): for scans over many samples (decimating a window of 36 000 of them fifteen times a
   * second per tile), which step the slot themselves, wrapping to 0 at the arrays' length,
   * instead of paying an index check per sample. The arrays are the ring's own, to be read only
   * and only under the store's lock; they change with the next append.
   */
  public int slotOf(int i) {
    return physical(checked(i));
  }

  /** The times behind the ring, by slot (see {@link #slotOf}); read-only. */
  public long[] timeSlots() {
    return times;
  }

  /** The values behind the ring, by slot (see {@link #slotOf}); read-only. */
  public double[] valueSlots() {
    return values;
  }

  /** The break marks behind the ring, by slot (see {@link #slotOf}); read-only. */
  public boolean[] breakSlots() {
    return breaks;
  }

  /** Whether data is missing between the (i-1)-th sample and the i-th. */
  public boolean breakBefore(int i) {
    return breaks[physical(checked(i))];
  }

  public long lastTime() {
    return timeAt(size - 1);
  }

  public double lastValue() {
    return valueAt(size - 1);
  }

  /**
   * Index of the first sample whose time is at or after {@code timeMicros}, or {@link #size()} if
   * there is none. Samples are kept in time order (the store appends, or puts a late one in
   * place, and refuses any other).
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

  /**
   * The index of the sample of exactly {@code value} nearest to {@code timeMicros} within
   * {@code toleranceMicros} (the first of those as near), after the first {@code passedAtAfter}
   * samples at {@code afterMicros} and all before it — a reading matched already is passed
   * over, though another may share its microsecond; -1 when there is none.
   *
   * @param afterMicros {@link Long#MIN_VALUE} to look at every sample
   */
  public int sameValueNear(long afterMicros, int passedAtAfter, long timeMicros, double value,
      long toleranceMicros) {
    long from = Math.max(afterMicros, timeMicros - toleranceMicros);
    int passed = 0;
    int best = -1;
    long bestDistance = Long.MAX_VALUE;
    for (int i = firstIndexAtOrAfter(from); i < size; i++) {
      long t = timeAt(i);
      if (t > timeMicros + toleranceMicros || best >= 0 && t - timeMicros >= bestDistance) {
        break;
      }
      if (t == afterMicros && passed < passedAtAfter) {
        passed++;
        continue;
      }
      long distance = Math.abs(t - timeMicros);
      if (Double.compare(valueAt(i), value) == 0 && distance < bestDistance) {
        best = i;
        bestDistance = distance;
      }
    }
    return best;
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
