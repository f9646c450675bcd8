package org.livedash.feed;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The valid updates of one frame, held column by column: decoding and storing a fast feed makes
 * no object per update (the hot path reads {@link #seq}, {@link #seriesId}, … by index). Read as
 * an unmodifiable list of {@link Update} where an object per update does not matter.
 */
public final class UpdateBatch extends AbstractList<Update> implements RandomAccess {
  /** A frame without updates. */
  public static final UpdateBatch EMPTY = new UpdateBatch(0);

  private long[] seqs;
  private String[] ids;
  private long[] times;
  private double[] values;
  private double[] volumes;
  private int size;

  UpdateBatch(int capacity) {
    seqs = new long[capacity];
    ids = new String[capacity];
    times = new long[capacity];
    values = new double[capacity];
    volumes = new double[capacity];
  }

  /** Appends one update, the columns growing as needed; only while the frame is decoded. */
  void add(long seq, String seriesId, long timeMicros, double value, double volume) {
    if (size == seqs.length) {
      int grown = Math.max(16, size * 2);
      seqs = Arrays.copyOf(seqs, grown);
      ids = Arrays.copyOf(ids, grown);
      times = Arrays.copyOf(times, grown);
      values = Arrays.copyOf(values, grown);
      volumes = Arrays.copyOf(volumes, grown);
    }
    seqs[size] = seq;
    ids[size] = seriesId;
    times[size] = timeMicros;
    values[size] = value;
    volumes[size] = volume;
    size++;
  }

  public long seq(int i) {
    return seqs[Objects.checkIndex(i, size)];
  }

  public String seriesId(int i) {
    return ids[Objects.checkIndex(i, size)];
  }

  public long timeMicros(int i) {
    return times[Objects.checkIndex(i, size)];
  }

  public double value(int i) {
    return values[Objects.checkIndex(i, size)];
  }

  /** The traded volume, NaN when the update has none. */
  public double volume(int i) {
    return volumes[Objects.checkIndex(i, size)];
  }

  @Override
  public Update get(int i) {
    Objects.checkIndex(i, size);
    return new Update(seqs[i], ids[i], times[i], values[i], volumes[i]);
  }

  @Override
  public int size() {
    return size;
  }
}
