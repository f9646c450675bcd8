package org.livedash.ui.chart;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.livedash.model.BucketRing;
import org.livedash.model.SeriesRing;

/**
 * A chart's reads of recorded samples, for the part of a window that the rings no longer hold
 * and the buckets in memory do not cover (finely enough, or far enough back: a restart): one read
 * a series, off the JavaFX thread, of the window and as much again each side, kept while the
 * window stays inside it. Confined to the JavaFX thread but for the reads' results.
 */
final class HistoryReads {
  /** One read: for which ring (another is another feed's), the span, its samples once read. */
  private static final class Read {
    final SeriesRing ring;
    final long from;
    final long to;
    /** Read for columns a bucket wide or more: buckets may stand for its samples. */
    final boolean coarse;
    volatile SeriesRing samples;

    Read(SeriesRing ring, long from, long to, boolean coarse) {
      this.ring = ring;
      this.from = from;
      this.to = to;
      this.coarse = coarse;
    }
  }

  private RecordedHistory source = RecordedHistory.NONE;
  private final Map<String, Read> reads = new HashMap<>();
  private final AtomicBoolean arrived = new AtomicBoolean();
  private final ColumnBuffer scratch = new ColumnBuffer();

  /** Reads from {@code history} from now on, forgetting what was read before. */
  void use(RecordedHistory history) {
    source = history;
    reads.clear();
  }

  /** Whether a read finished since last asked: the chart is filled again. */
  boolean arrived() {
    return arrived.getAndSet(false);
  }

  /** Series {@code id}'s samples read last, or null while none are. */
  SeriesRing samples(String id) {
    Read r = reads.get(id);
    return r == null ? null : r.samples;
  }

  /**
   * Adds series {@code p}'s recorded samples before its ring's first sample to its columns, when
   * the buckets in memory do not draw that part; reads them first if it has not been read. A
   * window that moves ({@code frozen} false) reads only where a column is a bucket wide or more:
   * it then reads again only once its ring has moved past what was read.
   */
  void merge(PlottedSeries p, SeriesRing ring, long start, long end, int columns, long gap,
      boolean frozen) {
    long until = ring.isEmpty() ? end + 1 : ring.timeAt(0);
    BucketRing buckets = ring.buckets();
    long column = (end - start) / Math.max(1, columns);
    boolean coarse = column >= BucketRing.BUCKET_MICROS;
    boolean bucketsDraw = coarse && buckets != null && buckets.size() > 0
        && buckets.firstTime(0) <= start;
    if (source == RecordedHistory.NONE || until <= start || bucketsDraw || columns <= 0
        || !frozen && !coarse) {
      return;
    }
    long to = Math.min(end, until);
    Read r = reads.get(p.id);
    if (r == null || r.ring != ring || r.from > start || r.to < to || r.coarse && !coarse) {
      long w = end - start;
      // A moving window reads a window ahead too: its edge (or an empty ring's) moves on.
      Read next = new Read(ring, start - w,
          frozen ? Math.max(to, Math.min(until + w, end)) : end + w, coarse);
      reads.put(p.id, next);
      source.read(p.id, next.from, next.to, column).thenAccept(samples -> {
        next.samples = samples;
        arrived.set(true);
      });
      r = next;
    }
    SeriesRing samples = r.samples;
    if (samples == null || samples.isEmpty()) {
      return;
    }
    M4Decimator.decimate(samples, start, end, columns, gap, scratch);
    int last = Math.min(columns - 1, (int) ((until - start) * (double) columns / (end - start)));
    ColumnBuffer out = p.columns;
    for (int c = 0; c <= last; c++) {
      if (scratch.present[c]) {
        // What the ring holds comes after what was recorded before it.
        out.putBefore(c, scratch.first[c], scratch.min[c], scratch.max[c], scratch.last[c],
            scratch.breakBefore[c]);
      }
    }
    if (Double.isNaN(out.before)) {
      out.before = scratch.before;
    }
    out.finish();
  }
}
