package org.livedash.model;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * All series the dashboard shows, with their catalogue entries and sample rings, where the
 * client stands in the feed ({@link FeedPosition}), and where the feed restarted. Feed threads
 * write whole frames under the write lock; the UI reads once per frame under the read lock and
 * compares {@link #version()} to skip frames where nothing changed.
 *
 * <p>Every update passes the position: a repeat is dropped, an update after a hole is stored
 * with a break before it (in every series, since a lost update could have been any series'), an
 * unbelievable number is rejected, and a series' time never goes back within a stream: a reading
 * up to {@link #REORDER_MICROS} late is put in its place, one further back refused, and one
 * stamped more than {@link #AHEAD_TOLERANCE_MICROS} ahead of this clock set aside. A new stream
 * marks a restart; a new endpoint starts from empty rings.
 */
public final class SeriesStore {
  /** The most series a mapped feed may bring: each gets a tile and a ring. */
  public static final int MAX_DISCOVERED = 10_000;
  /**
   * How late a reading may come, behind its series' newest, and still be put in its place (a
   * venue's trades a few milliseconds out of order in one batch); later ones are refused.
   */
  public static final long REORDER_MICROS = 2_000_000;
  /**
   * How far ahead of this machine's clock a reading may be stamped before it is set aside: a
   * device with a bad clock, or a hostile feed, cannot make its series refuse every later
   * reading as "time goes back".
   */
  public static final long AHEAD_TOLERANCE_MICROS = 10_000_000;
  /** Restart times kept for the charts' markers. */
  static final int MAX_RESTART_MARKS = 32;

  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private final int ringCapacity;

  // Guarded by lock.
  private final List<StoredSeries> entries = new ArrayList<>();
  private final Map<String, StoredSeries> byId = new HashMap<>();
  private final Map<String, Integer> indexById = new HashMap<>();
  /** A dashboard opens with what the server keeps: its charts are filled from the start. */
  private final FeedPosition position = new FeedPosition(true);
  private final AlarmWatch alarms = new AlarmWatch();
  private final long[] restartMarks = new long[MAX_RESTART_MARKS];
  private int restarts;
  /** The newest restart mark still waits for the new stream's first sample time. */
  private boolean markPending;
  /** Moves on every hole in the sequence; a series whose last sample predates it breaks. */
  private long holeEpoch;
  /** Moves on every new stream; a series whose last sample predates it may start over. */
  private long streamEpoch;
  private final LongSupplier nowMicros;
  private final Writer writer = new Writer();
  private final Reader reader = new Reader();

  /** Written under the write lock, read without it by the UI to skip idle frames. */
  private volatile long version;

  public SeriesStore(int ringCapacity) {
    this(ringCapacity, () -> EpochMicros.now(Clock.systemUTC()));
  }

  /** A store whose idea of now (epoch µs, for readings stamped ahead of it) is {@code now}. */
  public SeriesStore(int ringCapacity, LongSupplier nowMicros) {
    this.ringCapacity = ringCapacity;
    this.nowMicros = nowMicros;
  }

  /**
   * Prepares for a connection to {@code endpointKey}: a different endpoint than the last starts
   * with no position, empty rings, no restart marks and no alarms, so two servers' data never
   * share a ring; a feed whose series come with its messages ({@code discovered}) starts with
   * none, rather than the old feed's, since no catalogue will replace them. Returns whether the
   * endpoint changed.
   */
  public boolean bindEndpoint(String endpointKey, boolean discovered) {
    lock.writeLock().lock();
    try {
      boolean changed = position.bindEndpoint(endpointKey);
      if (changed) {
        alarms.clear();
        List<SeriesMeta> metas = discovered ? List.of()
            : entries.stream().map(e -> e.meta).toList();
        entries.clear();
        byId.clear();
        indexById.clear();
        restarts = 0;
        markPending = false;
        install(metas);
      }
      return changed;
    } finally {
      lock.writeLock().unlock();
    }
  }

  /**
   * Installs the catalogue. Series already known keep their samples (a reconnect must not wipe
   * the chart); series no longer listed are dropped.
   */
  public void setCatalogue(List<SeriesMeta> catalogue) {
    lock.writeLock().lock();
    try {
      install(catalogue);
    } finally {
      lock.writeLock().unlock();
    }
  }

  private void install(List<SeriesMeta> catalogue) {
    Map<String, StoredSeries> old = new HashMap<>(byId);
    entries.clear();
    byId.clear();
    indexById.clear();
    for (SeriesMeta meta : catalogue) {
      add(meta, old.get(meta.id()));
    }
    version++;
  }

  /** Adds a series at the end, keeping the samples of {@code previous} if there is one. */
  private StoredSeries add(SeriesMeta meta, StoredSeries previous) {
    StoredSeries entry = previous == null
        ? new StoredSeries(meta, new SeriesRing(ringCapacity, meta.kind() == SeriesKind.STOCK),
            holeEpoch, streamEpoch)
        : previous.with(meta);
    indexById.put(meta.id(), entries.size());
    entries.add(entry);
    byId.put(meta.id(), entry);
    return entry;
  }

  /**
   * Shows series {@code id} as {@code override} says (a name, a unit, thresholds the user set):
   * readings from now on are judged by its thresholds. Returns false when there is no such
   * series.
   */
  public boolean override(String id, SeriesOverride override) {
    lock.writeLock().lock();
    try {
      StoredSeries entry = byId.get(id);
      if (entry == null) {
        return false;
      }
      StoredSeries changed = entry.with(override.apply(entry.meta));
      entries.set(indexById.get(id), changed);
      byId.put(id, changed);
      version++;
      return true;
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** What to ask a server for on the next connection or poll. */
  public ResumePoint resumePoint() {
    lock.readLock().lock();
    try {
      return position.resumePoint();
    } finally {
      lock.readLock().unlock();
    }
  }

  /** The last sequence number accounted for, 0 before any. */
  public long lastSeq() {
    lock.readLock().lock();
    try {
      return position.seq();
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
      // Read once a frame: a frame's readings arrive at one moment.
      writer.latestAllowed = nowMicros.getAsLong() + AHEAD_TOLERANCE_MICROS;
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

  /** Write access during {@link #write}; valid only inside the call. */
  public final class Writer {
    private IngestTally tally;
    /** The newest time a reading of this frame may carry ({@link #AHEAD_TOLERANCE_MICROS}). */
    private long latestAllowed;

    private Writer() {}

    /** Offers one update; returns whether it was stored (the tally says why not). */
    public boolean offer(String seriesId, long seq, long timeMicros, double value) {
      return offer(seriesId, seq, timeMicros, value, Double.NaN);
    }

    /** Offers one update with its traded volume (NaN for none). */
    public boolean offer(String seriesId, long seq, long timeMicros, double value,
        double volume) {
      long skipped = position.advance(seq);
      if (skipped == FeedPosition.DUPLICATE) {
        tally.duplicates++;
        return false;
      }
      if (skipped == FeedPosition.IMPLAUSIBLE) {
        tally.reject("update " + seq + ": sequence number jumps too far ahead");
        return false;
      }
      hole(skipped);
      StoredSeries entry = byId.get(seriesId);
      if (entry == null) {
        tally.unknownSeries++;
        return false;
      }
      return store(entry, seq, timeMicros, value, volume, false);
    }

    /**
     * Offers an update of a feed in its own JSON shape, mapped by a profile: its series may be
     * new (then {@code discovery} describes it and it is added, up to {@link #MAX_DISCOVERED}),
     * and its sequence number may be none ({@code seq < 0}) or counted as {@code sequencing}
     * says: a hole in a series' own numbers breaks that series' line only. With
     * {@code ownTimes} (the times are the feed's own), a number not above the last that comes
     * with a newer time is the feed numbering afresh: drawn after a break, not dropped.
     */
    public boolean offerMapped(String seriesId, long seq, Sequencing sequencing,
        long timeMicros, double value, SeriesDiscovery discovery, boolean ownTimes) {
      StoredSeries entry = discover(seriesId, discovery);
      if (entry == null) {
        tally.unknownSeries++;
        return false;
      }
      if (seq < 0) {
        return store(entry, -1, timeMicros, value, Double.NaN, false);
      }
      if (sequencing == Sequencing.FEED) {
        return offer(seriesId, seq, timeMicros, value, Double.NaN);
      }
      long skipped = position.advanceMapped(seriesId, seq, sequencing, ownTimes
          && !entry.ring.isEmpty() && timeMicros > entry.ring.lastTime());
      if (skipped == FeedPosition.RENUMBERED) {
        tally.renumbered++;
        return store(entry, seq, timeMicros, value, Double.NaN, true);
      }
      if (skipped == FeedPosition.DUPLICATE) {
        tally.duplicates++;
        return false;
      }
      if (skipped == FeedPosition.IMPLAUSIBLE) {
        tally.reject("update " + seq + " of '" + seriesId + "': sequence number jumps too far");
        return false;
      }
      tally.missing += skipped;
      return store(entry, seq, timeMicros, value, Double.NaN, skipped > 0);
    }

    /**
     * A series the server described while running (protocol 1.2): added, if new and there is
     * room, before its first update arrives.
     */
    public void describe(SeriesMeta meta) {
      discover(meta.id(), id -> meta);
    }

    private StoredSeries discover(String id, SeriesDiscovery discovery) {
      StoredSeries entry = byId.get(id);
      if (entry == null && entries.size() < MAX_DISCOVERED) {
        entry = add(discovery.describe(id), null);
        tally.discovered++;
      }
      return entry;
    }

    /**
     * Appends a sample to a series' ring — or, a little late, puts it in its place — unless it
     * is stamped too far ahead of this clock (set aside) or its time goes further back than the
     * reorder window within the stream (refused). The reasons' texts are built only then.
     */
    private boolean store(StoredSeries entry, long seq, long timeMicros, double value,
        double volume, boolean seriesHole) {
      if (timeMicros > latestAllowed) {
        tally.quarantine(entry.meta.id(),
            (timeMicros - (latestAllowed - AHEAD_TOLERANCE_MICROS)) / 1_000_000);
        return false;
      }
      if (!entry.ring.isEmpty() && timeMicros < entry.ring.lastTime()) {
        if (entry.streamEpoch == streamEpoch) {
          if (entry.ring.lastTime() - timeMicros <= REORDER_MICROS
              && entry.ring.insertInOrder(timeMicros, value, volume, seriesHole)) {
            alarms.observeLate(entry.meta, timeMicros, value);
            tally.late++;
            tally.accepted++;
            return true;
          }
          tally.reject(what(seq, entry) + ": time goes back in series '" + entry.meta.id()
              + "' by more than " + REORDER_MICROS / 1_000_000 + " s");
          return false;
        }
        // A new stream whose clock is behind the old one's: the old samples cannot stay before
        // it in one time-ordered ring.
        entry.ring.clear();
      }
      if (Double.isNaN(entry.openValue)) {
        entry.openValue = value;
      }
      boolean breakBefore = seriesHole || entry.holeEpoch != holeEpoch;
      entry.ring.append(timeMicros, value, volume, breakBefore);
      alarms.observe(entry.meta, timeMicros, value);
      if (markPending) {
        // The mark stands where the new stream's data begins, its history included.
        restartMarks[(restarts - 1) % MAX_RESTART_MARKS] = timeMicros;
        markPending = false;
      }
      entry.holeEpoch = holeEpoch;
      entry.streamEpoch = streamEpoch;
      tally.accepted++;
      return true;
    }

    private static String what(long seq, StoredSeries entry) {
      return seq < 0 ? "update of '" + entry.meta.id() + "'" : "update " + seq;
    }

    private void hole(long skipped) {
      if (skipped > 0) {
        tally.missing += skipped;
        holeEpoch++;
      }
    }

    /**
     * Records that the server will not deliver updates up to {@code seq}: they are counted as
     * missing, drawn as a hole, and the stream continues after them.
     */
    public void skipTo(long seq) {
      long skipped = position.skipTo(seq);
      if (skipped == FeedPosition.IMPLAUSIBLE) {
        tally.reject("gap up to " + seq + ": sequence number jumps too far ahead");
      } else {
        hole(skipped);
      }
    }

    /**
     * The server said where its feed stands ({@code hello} or a polling answer). A new stream
     * is recorded as a restart at {@code nowMicros}: a marker on the charts and a break in every
     * series, never counted as missing or repeated updates.
     */
    public FeedPosition.Announcement announce(String stream, long last, long nowMicros) {
      tally.unnamedStream |= position.firstUnnamed(stream);
      FeedPosition.Announcement a = position.announce(stream, last);
      if (a == FeedPosition.Announcement.RESTARTED) {
        restartMarks[restarts % MAX_RESTART_MARKS] = nowMicros;
        restarts++;
        markPending = true;
        holeEpoch++;
        streamEpoch++;
        tally.restarted = true;
      }
      tally.resumed = true;
      return a;
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

    /** Every reading judged against its thresholds, as it was stored. */
    public AlarmWatch alarms() {
      return alarms;
    }

    /** Index of a series, or -1. */
    public int indexOf(String id) {
      Integer i = indexById.get(id);
      return i == null ? -1 : i;
    }

    /** How many restart marks {@link #restartMark} can return (the newest ones). */
    public int restartMarkCount() {
      return Math.min(restarts, MAX_RESTART_MARKS);
    }

    /** The time of the i-th newest feed restart on this endpoint, epoch microseconds. */
    public long restartMark(int i) {
      return restartMarks[Math.floorMod(restarts - 1 - i, MAX_RESTART_MARKS)];
    }
  }
}
