package org.livedash.model;

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
 * <p>Every update passes the position: a repeat is dropped, one after a hole is stored with a
 * break before it in every series, an unbelievable number is rejected, and a series' time never
 * goes back in a stream: a little late, a reading is put in place; further back, refused; far
 * ahead of this clock, set aside ({@link ReadingTimes}). A new stream marks a restart.
 */
public final class SeriesStore implements StoreReader {
  /** The most series a mapped feed may bring: each gets a tile and a ring. */
  public static final int MAX_DISCOVERED = 10_000;

  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private final int ringCapacity;
  // Guarded by lock.
  private final SeriesIndex series = new SeriesIndex();
  /** A dashboard opens with what the server keeps: its charts are filled from the start. */
  private final FeedPosition position = new FeedPosition(true);
  private final AlarmWatch alarms = new AlarmWatch();
  /** Who else is told what is stored (a recording); set between writes. */
  private volatile StoreTap tap = StoreTap.NONE;
  private final FeedMarks marks = new FeedMarks();
  /** Moves on every hole in the sequence; a series whose last sample predates it breaks. */
  private long holeEpoch;
  /** Moves on every new stream; a series whose last sample predates it may start over. */
  private long streamEpoch;
  private final LongSupplier nowMicros;
  private final Writer writer = new Writer();
  private final StoreView reader = new StoreView(series, alarms, marks);

  /** Written under the write lock, read without it by the UI to skip idle frames. */
  private volatile long version;

  public SeriesStore(int ringCapacity) {
    this(ringCapacity, () -> System.currentTimeMillis() * 1000);
  }

  /** A store whose idea of now (epoch µs, for readings stamped ahead of it) is {@code now}. */
  public SeriesStore(int ringCapacity, LongSupplier nowMicros) {
    this.ringCapacity = ringCapacity;
    this.nowMicros = nowMicros;
  }

  /**
   * Prepares for a connection to {@code endpointKey}, shown with view {@code view} (the tap is
   * told): a different endpoint than the last starts with no position, no series, no restart
   * marks and no alarms, so two servers' data never share a ring and no series of the feed left
   * is shown as the new one's while its catalogue (or its first messages) have yet to come.
   * Returns whether the endpoint changed.
   */
  public boolean bindEndpoint(String endpointKey, String view) {
    lock.writeLock().lock();
    try {
      boolean changed = position.bindEndpoint(endpointKey);
      if (changed) {
        alarms.clear();
        series.clear();
        marks.clear();
        install(List.of());
      }
      tap.feed(view, changed, nowMicros.getAsLong());
      tap.written();
      return changed;
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** Installs the catalogue: series known keep their samples, those not listed are dropped. */
  public void setCatalogue(List<SeriesMeta> catalogue) {
    lock.writeLock().lock();
    try {
      install(catalogue);
    } finally {
      lock.writeLock().unlock();
    }
  }

  private void install(List<SeriesMeta> catalogue) {
    Map<String, StoredSeries> old = series.byId();
    series.clear();
    for (SeriesMeta meta : catalogue) {
      add(meta, old.get(meta.id()));
    }
    version++;
  }

  /** Adds a series at the end, keeping the samples of {@code previous} if there is one. */
  private StoredSeries add(SeriesMeta meta, StoredSeries previous) {
    StoredSeries entry = previous == null
        ? new StoredSeries(meta, new SeriesRing(ringCapacity, meta.kind() == SeriesKind.STOCK)
            .keepingBuckets(), holeEpoch, streamEpoch)
        : previous.with(meta);
    series.add(entry);
    return entry;
  }

  /**
   * Describes series {@code id} anew: as a {@link SeriesOverride} the user set says (a name, a
   * unit, thresholds: readings from now on are judged by them), or in another language. Returns
   * false when there is no such series.
   */
  public boolean redescribe(String id, java.util.function.UnaryOperator<SeriesMeta> change) {
    lock.writeLock().lock();
    try {
      StoredSeries entry = series.get(id);
      if (entry == null) {
        return false;
      }
      series.replace(entry.with(change.apply(entry.meta)));
      version++;
      return true;
    } finally {
      lock.writeLock().unlock();
    }
  }

  /**
   * Judges series by {@code rules} (by series id) from now on, beside their alarm levels; a
   * series whose rules did not change keeps its alerts as they are.
   */
  public void alertRules(Map<String, List<AlertRule>> rules) {
    lock.writeLock().lock();
    try {
      alarms.rules(rules, nowMicros.getAsLong(), tap);
      version++;
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** Raises the alerts of series silent for longer than their silence rules allow, as of now. */
  public void checkSilence() {
    lock.writeLock().lock();
    try {
      if (alarms.silence(nowMicros.getAsLong(), tap, series)) {
        version++;
        tap.written();
      }
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

  /** From the next write on, tells {@code next} what is stored ({@link StoreTap#NONE}: no one). */
  public void tap(StoreTap next) {
    lock.writeLock().lock();
    try {
      tap = next;
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** Changes whenever the catalogue or any sample changes. */
  @Override
  public long version() {
    return version;
  }

  /** Applies one frame's updates atomically and returns what happened to them. */
  public IngestTally write(Consumer<Writer> body) {
    lock.writeLock().lock();
    try {
      writer.tally = new IngestTally();
      // Read once a frame: a frame's readings arrive at one moment.
      writer.frameNow = nowMicros.getAsLong();
      body.accept(writer);
      if (writer.tally.changed()) {
        version++;
      }
      tap.written();
      return writer.tally;
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** Gives the UI a consistent view of every series; do not keep the reader past the call. */
  @Override
  public void read(Consumer<StoreView> body) {
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
    /** This machine's clock as the frame is written, epoch µs ({@link ReadingTimes}). */
    private long frameNow;

    private Writer() {}

    /** The message this write maps, as received: kept by a recording. */
    public void received(String text) {
      tap.message(text, frameNow);
    }

    /** Offers one update; returns whether it was stored (the tally says why not). */
    public boolean offer(String seriesId, long seq, long timeMicros, double value) {
      return offer(seriesId, seq, timeMicros, value, Double.NaN);
    }

    /** Offers one update with its traded volume (NaN for none). */
    public boolean offer(String seriesId, long seq, long timeMicros, double value, double volume) {
      long skipped = position.advance(seq);
      if (skipped == FeedPosition.DUPLICATE) {
        tally.duplicates++;
        return false;
      }
      if (skipped == FeedPosition.IMPLAUSIBLE) {
        tally.reject(Reason.of("reject.jump", Long.toString(seq)));
        return false;
      }
      hole(skipped);
      StoredSeries entry = series.get(seriesId);
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
     * with a newer time is the feed numbering afresh: drawn after a break, not dropped. The
     * volume is a trade's size (NaN for none).
     */
    public boolean offerMapped(String seriesId, long seq, Sequencing sequencing,
        long timeMicros, double value, double volume, SeriesDiscovery discovery, boolean ownTimes) {
      StoredSeries entry = discover(seriesId, discovery);
      if (entry == null) {
        tally.unknownSeries++;
        return false;
      }
      if (seq < 0) {
        return store(entry, -1, timeMicros, value, volume, false);
      }
      if (sequencing == Sequencing.FEED) {
        return offer(seriesId, seq, timeMicros, value, volume);
      }
      long skipped = position.advanceMapped(seriesId, seq, sequencing, ownTimes
          && !entry.ring.isEmpty() && timeMicros > entry.ring.lastTime());
      if (skipped == FeedPosition.RENUMBERED) {
        tally.renumbered++;
        return store(entry, seq, timeMicros, value, volume, true);
      }
      if (skipped == FeedPosition.DUPLICATE) {
        tally.duplicates++;
        return false;
      }
      if (skipped == FeedPosition.IMPLAUSIBLE) {
        tally.reject(Reason.of("reject.jumpIn", Long.toString(seq), seriesId));
        return false;
      }
      tally.missing += skipped;
      return store(entry, seq, timeMicros, value, volume, skipped > 0);
    }

    /**
     * A series the server described while running (protocol 1.2): added, if new and there is
     * room, before its first update arrives.
     */
    public void describe(SeriesMeta meta) {
      discover(meta.id(), id -> meta);
    }

    private StoredSeries discover(String id, SeriesDiscovery discovery) {
      StoredSeries entry = series.get(id);
      if (entry == null && series.size() < MAX_DISCOVERED) {
        entry = add(discovery.describe(id), null);
        tally.discovered++;
      }
      return entry;
    }

    /**
     * Appends a sample to its series' ring, puts a late one in its place, or sets aside or
     * refuses it ({@link ReadingTimes}); the reasons' texts are built only then.
     */
    private boolean store(StoredSeries entry, long seq, long timeMicros, double value,
        double volume, boolean seriesHole) {
      if (entry.repeats(streamEpoch, timeMicros, value)) {
        // Held already: not stored twice, nor a repeated update (its number is new).
        return false;
      }
      switch (ReadingTimes.judge(entry.ring, timeMicros, frameNow, entry.streamFor(streamEpoch))) {
        case AHEAD -> {
          tally.quarantine(entry.meta.id(), (timeMicros - frameNow) / 1_000_000);
          return false;
        }
        case TOO_LATE -> {
          tally.tooLate(seq, entry.meta.id(), Reason.of("reject.tooLate",
              ReadingTimes.REORDER_MICROS / 1_000_000));
          return false;
        }
        case PUT_IN_PLACE -> {
          if (!entry.ring.insertInOrder(timeMicros, value, volume, seriesHole)) {
            tally.tooLate(seq, entry.meta.id(), Reason.of("reject.beforeAll"));
            return false;
          }
          alarms.observeLate(entry.meta, timeMicros, value, frameNow, tap);
          tap.reading(entry.meta, seq, timeMicros, value, volume, frameNow);
          tally.late++;
          tally.accepted++;
          return true;
        }
        // A new stream whose clock is behind the old one's: the old samples cannot stay before
        // it in one time-ordered ring.
        case NEW_STREAM_BEHIND -> entry.ring.clear();
        case APPEND -> { }
      }
      if (Double.isNaN(entry.openValue)) {
        entry.openValue = value;
      }
      boolean breakBefore = seriesHole || entry.holeEpoch != holeEpoch;
      entry.ring.append(timeMicros, value, volume, breakBefore);
      tap.reading(entry.meta, seq, timeMicros, value, volume, frameNow);
      alarms.observe(entry.meta, timeMicros, value, frameNow, tap);
      // The mark stands where the new stream's data begins, its history included.
      marks.stored(timeMicros);
      entry.holeEpoch = holeEpoch;
      entry.streamEpoch = streamEpoch;
      tally.accepted++;
      return true;
    }

    private void hole(long skipped) {
      if (skipped > 0) {
        tally.missing += skipped;
        holeEpoch++;
        marks.missed(skipped, frameNow);
        tap.hole(skipped, frameNow);
      }
    }

    /**
     * Records that the server will not deliver updates up to {@code seq}: they are counted as
     * missing, drawn as a hole, and the stream continues after them.
     */
    public void skipTo(long seq) {
      long skipped = position.skipTo(seq);
      if (skipped == FeedPosition.IMPLAUSIBLE) {
        tally.reject(Reason.of("reject.gapJump", Long.toString(seq)));
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
        marks.restarted(nowMicros);
        holeEpoch++;
        streamEpoch++;
        tally.restarted = true;
      }
      tally.resumed = true;
      tap.stream(stream, last, a == FeedPosition.Announcement.RESTARTED, frameNow);
      return a;
    }
  }
}
