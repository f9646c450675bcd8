package org.livedash.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;

/**
 * All series the dashboard shows, with their catalogue entries and sample rings, plus the last
 * accepted feed sequence number. Feed threads write whole frames under the write lock; the UI
 * reads once per frame under the read lock and compares {@link #version()} to skip frames where
 * nothing changed.
 *
 * <p>The store is also where sequence numbers are checked: an update whose sequence is not above
 * the last accepted one is a duplicate (or arrived out of order) and is dropped; one that skips
 * numbers records a gap. This keeps the ring free of repeats whichever transport delivered it.
 */
public final class SeriesStore {
  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private final int ringCapacity;

  // Guarded by lock.
  private final List<Entry> entries = new ArrayList<>();
  private final Map<String, Entry> byId = new HashMap<>();
  private final Map<String, Integer> indexById = new HashMap<>();
  private long lastSeq;
  private final Writer writer = new Writer();
  private final Reader reader = new Reader();

  /** Written under the write lock, read without it by the UI to skip idle frames. */
  private volatile long version;

  public SeriesStore(int ringCapacity) {
    this.ringCapacity = ringCapacity;
  }

  /**
   * Installs the catalogue. Series already known keep their samples (a reconnect must not wipe
   * the chart); series no longer listed are dropped.
   */
  public void setCatalogue(List<SeriesMeta> catalogue) {
    lock.writeLock().lock();
    try {
      Map<String, Entry> old = new HashMap<>(byId);
      entries.clear();
      byId.clear();
      indexById.clear();
      for (SeriesMeta meta : catalogue) {
        Entry previous = old.get(meta.id());
        Entry entry =
            previous == null
                ? new Entry(meta, new SeriesRing(ringCapacity, meta.kind() == SeriesKind.STOCK))
                : previous.with(meta);
        indexById.put(meta.id(), entries.size());
        entries.add(entry);
        byId.put(meta.id(), entry);
      }
      version++;
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** The last accepted sequence number, 0 before any update; a resumed feed starts after it. */
  public long lastSeq() {
    lock.readLock().lock();
    try {
      return lastSeq;
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Changes whenever the catalogue or any sample changes. */
  public long version() {
    return version;
  }

  /** Applies one frame's updates atomically and returns what happened to them. */
  public IngestTally write(Consumer<Writer> body) {
    lock.writeLock().lock();
    try {
      writer.tally = new IngestTally();
      body.accept(writer);
      if (writer.tally.changed()) {
        version++;
      }
      return writer.tally;
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** Gives the UI a consistent view of every series; do not keep the reader past the call. */
  public void read(Consumer<Reader> body) {
    lock.readLock().lock();
    try {
      body.accept(reader);
    } finally {
      lock.readLock().unlock();
    }
  }

  private static final class Entry {
    final SeriesMeta meta;
    final SeriesRing ring;
    double openValue = Double.NaN;

    Entry(SeriesMeta meta, SeriesRing ring) {
      this.meta = meta;
      this.ring = ring;
    }

    Entry with(SeriesMeta newMeta) {
      Entry e = new Entry(newMeta, ring);
      e.openValue = openValue;
      return e;
    }
  }

  /** Write access during {@link #write}; valid only inside the call. */
  public final class Writer {
    private IngestTally tally;

    private Writer() {}

    /** Offers one update; returns whether it was stored (the tally says why not). */
    public boolean offer(String seriesId, long seq, long timeMicros, double value) {
      return offer(seriesId, seq, timeMicros, value, Double.NaN);
    }

    /** Offers one update with its traded volume (NaN for none). */
    public boolean offer(String seriesId, long seq, long timeMicros, double value,
        double volume) {
      Entry entry = byId.get(seriesId);
      if (seq <= lastSeq) {
        tally.duplicates++;
        return false;
      }
      if (seq > lastSeq + 1 && lastSeq > 0) {
        tally.missing += seq - lastSeq - 1;
      }
      lastSeq = seq;
      if (entry == null) {
        tally.unknownSeries++;
        return false;
      }
      if (Double.isNaN(entry.openValue)) {
        entry.openValue = value;
      }
      entry.ring.append(timeMicros, value, volume);
      tally.accepted++;
      return true;
    }

    /**
     * Records that the server no longer has updates up to {@code seq}: they are counted as
     * missing and the stream continues after them.
     */
    public void skipTo(long seq) {
      if (seq > lastSeq) {
        tally.missing += seq - lastSeq;
        lastSeq = seq;
      }
    }

    /** Where a stream that has never seen an update starts; used once on the first frame. */
    public void startAfter(long seq) {
      if (lastSeq == 0 && seq > 0) {
        lastSeq = seq;
        tally.resumed = true;
      }
    }

    /**
     * The server's sequence went back to {@code seq}: it restarted with a new feed. Numbering
     * continues from there; the samples already shown stay.
     */
    public void restartAt(long seq) {
      lastSeq = seq;
      tally.resumed = true;
    }

    public long lastSeq() {
      return lastSeq;
    }
  }

  /** Read access during {@link #read}; valid only inside the call. */
  public final class Reader {
    private Reader() {}

    public int seriesCount() {
      return entries.size();
    }

    public SeriesMeta meta(int index) {
      return entries.get(index).meta;
    }

    public SeriesRing ring(int index) {
      return entries.get(index).ring;
    }

    /** The first value seen for the series this session, the base of its change figure. */
    public double openValue(int index) {
      return entries.get(index).openValue;
    }

    /** Index of a series, or -1. */
    public int indexOf(String id) {
      Integer i = indexById.get(id);
      return i == null ? -1 : i;
    }
  }
}
