package org.livedash.record;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.livedash.model.BucketRing;

/**
 * A recording file's readings reduced to ten-second buckets, series by series and feed by feed,
 * kept in the file as its attachment {@value #NAME} when the file is closed: what lets a day be
 * drawn from a day's files without opening their chunks. A file killed before it closed has
 * none; its chunks are read instead. Past {@link #MOST} buckets in a file, none are kept (a
 * reader reads the chunks), so what this holds stays bounded whatever the feed.
 *
 * <p>The attachment's data, little-endian: a version ({@code u32} 1), the number of series
 * ({@code u32}), then for each its feed and its id (each a {@code u32} length and UTF-8 bytes),
 * its number of buckets ({@code u32}) and for each bucket, in time order: the time of its first
 * and last reading ({@code i64}, epoch µs), its first, lowest, highest and last value
 * ({@code f64}) and whether data was missing before it ({@code u8}, 1 when so).
 */
public final class FileBuckets {
  /** The attachment's name. */
  public static final String NAME = "livedash.buckets";
  /** The attachment's media type. */
  public static final String MEDIA_TYPE = "application/x-livedash-buckets";
  /** The most buckets a file keeps, over all its series. */
  static final int MOST = 1 << 20;
  private static final int VERSION = 1;
  private static final int BUCKET_BYTES = 8 + 8 + 8 * 4 + 1;

  /** What one bucket read back is told to. */
  @FunctionalInterface
  interface Sink {
    /** A bucket, its first and last reading's times, its values, a break before it or not. */
    void bucket(long firstMicros, long lastMicros, double first, double min, double max,
        double last, boolean breakBefore);
  }

  private final Map<String, Series> series = new LinkedHashMap<>();
  private int buckets;
  /** Increased where data is missing for every series: the next bucket of each is a break. */
  private long gaps;

  /** Adds a reading of series {@code id} of feed {@code feed}. */
  public void add(String feed, String id, long timeMicros, double value) {
    add(series(feed, id), timeMicros, value);
  }

  /** Series {@code id} of feed {@code feed}'s buckets, to add its readings to. */
  Series series(String feed, String id) {
    return series.computeIfAbsent(feed + '\n' + id, k -> new Series(feed, id, gaps));
  }

  /** Adds a reading to {@code s}, one of this file's series. */
  void add(Series s, long timeMicros, double value) {
    if (Double.isNaN(value) || buckets > MOST) {
      return;
    }
    if (s.add(timeMicros, value, gaps)) {
      buckets++;
    }
  }

  /** Data is missing for every series from here (a hole, a new stream, a new feed). */
  void gap() {
    gaps++;
  }

  /** Whether there is something to keep: a reading, and no more buckets than a file keeps. */
  boolean worthKeeping() {
    return buckets > 0 && buckets <= MOST;
  }

  /** Forgets every bucket, for the next file. */
  void clear() {
    series.clear();
    buckets = 0;
  }

  /** The attachment's data. */
  public byte[] encode() {
    LittleEndianBuffer out =
        new LittleEndianBuffer(16 + buckets * BUCKET_BYTES);
    out.u32(VERSION).u32(series.size());
    for (Series s : series.values()) {
      out.string(s.feed).string(s.id).u32(s.size);
      for (int i = 0; i < s.size; i++) {
        out.u64(s.firstTimes[i]).u64(s.lastTimes[i])
            .u64(Double.doubleToRawLongBits(s.values[4 * i]))
            .u64(Double.doubleToRawLongBits(s.values[4 * i + 1]))
            .u64(Double.doubleToRawLongBits(s.values[4 * i + 2]))
            .u64(Double.doubleToRawLongBits(s.values[4 * i + 3]))
            .u8(s.breaks[i] ? 1 : 0);
      }
    }
    return Arrays.copyOf(out.array(), out.size());
  }

  /**
   * Tells {@code sink} the buckets of series {@code id} of feed {@code feed} (any feed when
   * null) that hold readings between {@code fromMicros} and {@code toMicros}, from an
   * attachment's {@code data}; false when the data is not of a version this reads.
   */
  static boolean read(ByteBuffer data, String feed, String id, long fromMicros,
      long toMicros, Sink sink) {
    ByteBuffer b = data.duplicate().order(ByteOrder.LITTLE_ENDIAN);
    if (b.remaining() < 8 || b.getInt() != VERSION) {
      return false;
    }
    int count = b.getInt();
    for (int s = 0; s < count; s++) {
      String seriesFeed = McapReader.string(b);
      String seriesId = McapReader.string(b);
      int n = b.getInt();
      if (!id.equals(seriesId) || feed != null && !feed.equals(seriesFeed)) {
        b.position(b.position() + n * BUCKET_BYTES);
        continue;
      }
      for (int i = 0; i < n; i++) {
        long first = b.getLong();
        long last = b.getLong();
        double v0 = b.getDouble();
        double min = b.getDouble();
        double max = b.getDouble();
        double v1 = b.getDouble();
        boolean breakBefore = b.get() != 0;
        if (last >= fromMicros && first <= toMicros) {
          sink.bucket(first, last, v0, min, max, v1, breakBefore);
        }
      }
    }
    return true;
  }

  /** One series' buckets in time order, in growing arrays. */
  static final class Series {
    final String feed;
    final String id;
    long[] numbers = new long[16];
    long[] firstTimes = new long[16];
    long[] lastTimes = new long[16];
    /** First, lowest, highest and last value of each bucket, four a bucket. */
    double[] values = new double[64];
    boolean[] breaks = new boolean[16];
    int size;
    long gaps;

    Series(String feed, String id, long gaps) {
      this.feed = feed;
      this.id = id;
      this.gaps = gaps;
    }

    /** Adds a reading; true when it began a bucket. */
    boolean add(long t, double v, long gapsNow) {
      long number = Math.floorDiv(t, BucketRing.BUCKET_MICROS);
      boolean broken = gapsNow != gaps;
      gaps = gapsNow;
      // Readings come in time order but for a few: the last bucket first, then a search.
      int i = size > 0 && numbers[size - 1] == number ? size - 1
          : size > 0 && numbers[size - 1] < number ? -size - 1
          : Arrays.binarySearch(numbers, 0, size, number);
      if (i >= 0) {
        values[4 * i + 1] = Math.min(values[4 * i + 1], v);
        values[4 * i + 2] = Math.max(values[4 * i + 2], v);
        if (t < firstTimes[i]) {
          firstTimes[i] = t;
          values[4 * i] = v;
        }
        if (t >= lastTimes[i]) {
          lastTimes[i] = t;
          values[4 * i + 3] = v;
        }
        // A break inside a bucket cannot be shown at a bucket's width.
        return false;
      }
      int at = -i - 1;
      if (size == numbers.length) {
        int n = size * 2;
        numbers = Arrays.copyOf(numbers, n);
        firstTimes = Arrays.copyOf(firstTimes, n);
        lastTimes = Arrays.copyOf(lastTimes, n);
        values = Arrays.copyOf(values, 4 * n);
        breaks = Arrays.copyOf(breaks, n);
      }
      if (at < size) {
        // A reading that came late, before a later bucket: put in its place.
        System.arraycopy(numbers, at, numbers, at + 1, size - at);
        System.arraycopy(firstTimes, at, firstTimes, at + 1, size - at);
        System.arraycopy(lastTimes, at, lastTimes, at + 1, size - at);
        System.arraycopy(values, 4 * at, values, 4 * at + 4, 4 * (size - at));
        System.arraycopy(breaks, at, breaks, at + 1, size - at);
      }
      numbers[at] = number;
      firstTimes[at] = t;
      lastTimes[at] = t;
      values[4 * at] = v;
      values[4 * at + 1] = v;
      values[4 * at + 2] = v;
      values[4 * at + 3] = v;
      breaks[at] = broken && at == size;
      size++;
      return true;
    }
  }
}
