package org.livedash.model;

import java.util.Arrays;

/**
 * A series' samples reduced to buckets of ten seconds, a day of them: for each the first, lowest,
 * highest and last value, the times of its first and last sample, and whether data was missing
 * before it. What a chart draws once its window is wider than the samples its ring holds (four
 * points a bucket, as M4 draws four a pixel column), so a day costs the same memory at any rate.
 * Kept by a {@link SeriesRing}, under the store's lock; arrays grow as buckets come.
 */
public final class BucketRing {
  /** How much time a bucket covers. */
  public static final long BUCKET_MICROS = 10_000_000L;
  /** A day of buckets. */
  public static final int CAPACITY = 8_640;
  private static final int INITIAL = 64;

  private long[] numbers = new long[INITIAL];
  private long[] firstTimes = new long[INITIAL];
  private long[] lastTimes = new long[INITIAL];
  private double[] firsts = new double[INITIAL];
  private double[] mins = new double[INITIAL];
  private double[] maxes = new double[INITIAL];
  private double[] lasts = new double[INITIAL];
  private boolean[] breaks = new boolean[INITIAL];
  private int start;
  private int size;

  /** Adds a sample later than (or as late as) every one before it. */
  void add(long timeMicros, double value, boolean breakBefore) {
    long number = Math.floorDiv(timeMicros, BUCKET_MICROS);
    if (size > 0) {
      int last = slot(size - 1);
      if (number == numbers[last]) {
        mins[last] = Math.min(mins[last], value);
        maxes[last] = Math.max(maxes[last], value);
        if (timeMicros >= lastTimes[last]) {
          lasts[last] = value;
          lastTimes[last] = timeMicros;
        }
        // A break inside a bucket cannot be shown at a bucket's width.
        return;
      }
      if (number < numbers[last]) {
        addLate(timeMicros, value);
        return;
      }
    }
    int s = next();
    numbers[s] = number;
    firstTimes[s] = timeMicros;
    lastTimes[s] = timeMicros;
    firsts[s] = value;
    mins[s] = value;
    maxes[s] = value;
    lasts[s] = value;
    breaks[s] = breakBefore;
  }

  /**
   * Adds a sample that came late, into the bucket it falls in; a bucket no longer kept, or one
   * that never had a sample, takes nothing (its data is in the ring, if anywhere).
   */
  void addLate(long timeMicros, double value) {
    long number = Math.floorDiv(timeMicros, BUCKET_MICROS);
    int i = indexOf(number);
    if (i < 0) {
      return;
    }
    int s = slot(i);
    mins[s] = Math.min(mins[s], value);
    maxes[s] = Math.max(maxes[s], value);
    if (timeMicros < firstTimes[s]) {
      firsts[s] = value;
      firstTimes[s] = timeMicros;
    } else if (timeMicros > lastTimes[s]) {
      lasts[s] = value;
      lastTimes[s] = timeMicros;
    }
  }

  /** Forgets every bucket. */
  void clear() {
    start = 0;
    size = 0;
  }

  public int size() {
    return size;
  }

  /** The first bucket (0 the oldest) whose last sample is at or after {@code timeMicros}. */
  public int firstEndingAtOrAfter(long timeMicros) {
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (lastTimes[slot(mid)] < timeMicros) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  public long firstTime(int i) {
    return firstTimes[slot(i)];
  }

  public long lastTime(int i) {
    return lastTimes[slot(i)];
  }

  public double first(int i) {
    return firsts[slot(i)];
  }

  public double min(int i) {
    return mins[slot(i)];
  }

  public double max(int i) {
    return maxes[slot(i)];
  }

  public double last(int i) {
    return lasts[slot(i)];
  }

  /** Whether data is missing between the bucket before and this one. */
  public boolean breakBefore(int i) {
    return breaks[slot(i)];
  }

  private int indexOf(long number) {
    int lo = 0;
    int hi = size - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      long n = numbers[slot(mid)];
      if (n < number) {
        lo = mid + 1;
      } else if (n > number) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  /** The slot of a new bucket: a grown array's, or the oldest's once a day is kept. */
  private int next() {
    if (size == numbers.length && size < CAPACITY) {
      grow((int) Math.min(CAPACITY, 2L * size));
    }
    if (size < numbers.length) {
      return slot(size++);
    }
    int s = start;
    start = (start + 1) % numbers.length;
    return s;
  }

  private void grow(int slots) {
    // Only before the ring first fills: the buckets start at slot 0.
    numbers = Arrays.copyOf(numbers, slots);
    firstTimes = Arrays.copyOf(firstTimes, slots);
    lastTimes = Arrays.copyOf(lastTimes, slots);
    firsts = Arrays.copyOf(firsts, slots);
    mins = Arrays.copyOf(mins, slots);
    maxes = Arrays.copyOf(maxes, slots);
    lasts = Arrays.copyOf(lasts, slots);
    breaks = Arrays.copyOf(breaks, slots);
  }

  private int slot(int i) {
    return (start + i) % numbers.length;
  }
}
