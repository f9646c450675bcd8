package org.livedash.ui.chart;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.livedash.model.BucketRing;
import org.livedash.model.SeriesRing;

/**
 * A chart's reads of recorded samples, for the part of a window held still (paused, panned,
 * zoomed) that the rings no longer hold and the day of buckets does not cover finely enough: one
 * read a series, off the JavaFX thread, of the window and as much again each side, kept while the
 * window stays inside it. Confined to the JavaFX thread but for the reads' results.
 */
final class HistoryReads {
  /** One read: for which ring (another is another feed's), the span, its samples once read. */
  private static final class Read {
    final SeriesRing ring;
    final long from;
    final long to;
    volatile SeriesRing samples;

    Read(SeriesRing ring, long from, long to) {
      this.ring = ring;
      this.from = from;
      this.to = to;
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
   * the buckets do not draw that part; reads them first if it has not been read.
   */
  void merge(PlottedSeries p, SeriesRing ring, long start, long end, int columns, long gap) {
    long until = ring.isEmpty() ? end + 1 : ring.timeAt(0);
    BucketRing buckets = ring.buckets();
    boolean bucketsDraw = buckets != null && buckets.size() > 0
        && buckets.firstTime(0) <= start
        && (end - start) / Math.max(1, columns) >= BucketRing.BUCKET_MICROS;
    if (source == RecordedHistory.NONE || until <= start || bucketsDraw || columns <= 0) {
      return;
    }
    long to = Math.min(end, until);
    Read r = reads.get(p.id);
    if (r == null || r.ring != ring || r.from > start || r.to < to) {
      long w = end - start;
      Read next = new Read(ring, start - w, Math.max(to, Math.min(until + w, end)));
      reads.put(p.id, next);
      source.read(p.id, next.from, next.to).thenAccept(samples -> {
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
