package org.livedash.server;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a relay's own source read that no relay has yet been seen publishing: every relay of a
 * shared feed reads the same source, so when the owner dies the one taking over has, here, the
 * readings the owner never appended. A relay standing by keeps each reading until the shared
 * stream shows its series published as far as it (and a while more, {@code keepMicros}), or
 * until the window is full; the owner keeps what it appended the same way, so a Redis that comes
 * back with less can be given it again. The owner's readings wait in order until Redis takes
 * them, so Redis being away for a while loses nothing either.
 *
 * <p>On taking over, {@link #own} decides which readings were not published, series by series:
 * those after the series' last published reading, found by its origin (the source's own
 * identity of it, the same on every relay), else by its time. Where this relay cannot know (it
 * was not reading its source for part of the time since the feed's last publish, or its window
 * overflowed), it issues a hole: a number every client counts as missed and draws as a break.
 *
 * <p>Thread-safe: the source thread adds, the shared stream's reader marks what was published,
 * the lease thread hands ownership over, the append thread takes writes.
 */
final class SourceWindow {
  /** A reading as the source delivered it, or a stretch of the source's readings lost. */
  static final class Entry {
    /** Null for a hole. */
    private final Reading reading;
    private final long receivedMicros;
    /** For a hole: numbers to issue for it (1 when how many were missed is unknown). */
    private long holeNumbers;
    private boolean exact;
    private long holeFrom;
    private long holeTo;

    private Entry(Reading reading, long receivedMicros) {
      this.reading = reading;
      this.receivedMicros = receivedMicros;
    }

    private static Entry hole(long count, long from, long to) {
      Entry e = new Entry(null, to);
      e.holeNumbers = Math.max(1, count);
      e.exact = count > 0;
      e.holeFrom = from;
      e.holeTo = to;
      return e;
    }

    boolean isHole() {
      return reading == null;
    }

    /** Takes a hole that follows this one into it. */
    private void absorb(long numbers, boolean isExact, long from, long to) {
      holeNumbers += numbers;
      exact &= isExact;
      holeFrom = Math.min(holeFrom, from);
      holeTo = Math.max(holeTo, to);
    }
  }

  /** The last reading of a series known to be published: its origin and time. */
  record Mark(long origin, long timeMicros) {}

  /**
   * What the owner appends next, out of the window until it is settled: numbers for a hole
   * first (0 for none; {@code exactHole} when they count readings, not just mark a stretch),
   * then readings, in the order the source delivered them.
   */
  record Write(long holeNumbers, boolean exactHole, long holeFrom, long holeTo,
      List<Reading> readings, List<Entry> entries) {
    boolean isEmpty() {
      return holeNumbers == 0 && readings.isEmpty();
    }
  }

  /** A stretch of time the source may have missed readings in. */
  private record Blind(long fromMicros, long toMicros) {}

  private static final int MAX_BLIND = 64;

  private final int capacity;
  private final long keepMicros;
  /** Readings not (known to be) published, and published ones kept a while, oldest first. */
  private final ArrayDeque<Entry> entries = new ArrayDeque<>();
  /** The owner's readings (and holes) not yet appended, in order; empty while standing by. */
  private final ArrayDeque<Entry> queue = new ArrayDeque<>();
  private final PublishedMarks published = new PublishedMarks();
  private final ArrayDeque<Blind> blind = new ArrayDeque<>();
  private boolean owning;
  /** Since when every reading that arrived is in the window or known published. */
  private long completeSinceMicros;
  private long lostReadings;

  /**
   * @param capacity readings kept at most, standing by and waiting to be appended alike
   * @param keepMicros how long a published reading is still kept (a reader may lag the writer)
   * @param startMicros when the source starts: what came before is not in the window
   */
  SourceWindow(int capacity, long keepMicros, long startMicros) {
    this.capacity = capacity;
    this.keepMicros = keepMicros;
    this.completeSinceMicros = startMicros;
  }

  /** Readings the source delivered at {@code nowMicros}. */
  synchronized void add(List<Reading> readings, long nowMicros) {
    ArrayDeque<Entry> into = owning ? queue : entries;
    for (Reading r : readings) {
      into.addLast(new Entry(r, nowMicros));
    }
    trim(nowMicros);
  }

  /**
   * The source may have missed readings from {@code fromMicros} to {@code toMicros} ({@code
   * count} of them when it knows, else 0): the owner issues a hole there; a relay standing by
   * remembers it, for the day it takes over.
   */
  synchronized void missed(long count, long fromMicros, long toMicros) {
    if (!owning) {
      remember(new Blind(fromMicros, toMicros));
      return;
    }
    Entry last = queue.peekLast();
    if (last != null && last.isHole()) {
      last.absorb(Math.max(1, count), count > 0, fromMicros, toMicros);
    } else {
      queue.addLast(Entry.hole(count, fromMicros, toMicros));
    }
  }

  private void remember(Blind b) {
    blind.addLast(b);
    if (blind.size() > MAX_BLIND) {
      blind.pollFirst();
    }
  }

  /**
   * The shared stream {@code stream} shows this reading published: the newest of its series so
   * far. Marks of a stream other than the one this window follows are ignored.
   */
  synchronized void published(String stream, String seriesId, long origin, long timeMicros) {
    published.mark(stream, seriesId, origin, timeMicros);
  }

  /**
   * The feed's stream is now {@code stream}. When it is another than the one followed (Redis
   * came back with less than it had, and a new stream began), what was published in the old
   * one is no longer known published: the readings still held count as unpublished again, and
   * those already let go make the window incomplete up to the newest of them, so whoever takes
   * over from here issues a hole for them rather than skipping them.
   */
  synchronized void follow(String stream) {
    completeSinceMicros = Math.max(completeSinceMicros, published.follow(stream));
  }

  private boolean isPublished(Entry e) {
    return published.covers(e.reading.seriesId(), e.reading.timeMicros());
  }

  private void trim(long nowMicros) {
    while (!entries.isEmpty()) {
      Entry e = entries.peekFirst();
      if (entries.size() > capacity) {
        entries.pollFirst();
        if (isPublished(e)) {
          published.letGo(e.receivedMicros);
        } else {
          completeSinceMicros = Math.max(completeSinceMicros, e.receivedMicros);
        }
      } else if (e.receivedMicros < nowMicros - keepMicros && isPublished(e)) {
        entries.pollFirst();
        published.letGo(e.receivedMicros);
      } else {
        break;
      }
    }
    while (queue.size() > capacity) {
      overflowed();
    }
  }

  /**
   * Redis has been away too long: the oldest reading waiting goes, counted, and it and the holes
   * before it become one hole at the front, so the queue stays bounded however long it lasts.
   */
  private void overflowed() {
    Entry front = null;
    while (!queue.isEmpty() && queue.peekFirst().isHole()) {
      Entry h = queue.pollFirst();
      if (front == null) {
        front = h;
      } else {
        front.absorb(h.holeNumbers, h.exact, h.holeFrom, h.holeTo);
      }
    }
    Entry lost = queue.pollFirst();
    if (lost == null) {
      if (front != null) {
        queue.addFirst(front);
      }
      return;
    }
    lostReadings++;
    long t = lost.reading.timeMicros();
    if (front == null) {
      front = Entry.hole(1, t, t);
    } else {
      front.absorb(1, true, t, t);
    }
    queue.addFirst(front);
  }

  /**
   * This relay now publishes the feed's stream {@code stream}: queues what its source read that
   * was not published, per series after the last published reading ({@code marks} from Redis,
   * or what this relay saw itself in that stream, the newer of the two), with a hole where it
   * cannot know: its source was not reading, or its window not complete, for part of the time
   * since the feed's last publish at {@code cutoffMicros} (0: never published).
   *
   * @param sourceSinceMicros since when the source has been delivering without a break
   */
  synchronized void own(String stream, Map<String, Mark> marks, long cutoffMicros,
      long sourceSinceMicros, long nowMicros) {
    follow(stream);
    Map<String, Mark> newest = published.newestWith(marks);
    Map<String, List<Entry>> bySeries = new LinkedHashMap<>();
    for (Entry e : entries) {
      bySeries.computeIfAbsent(e.reading.seriesId(), id -> new ArrayList<>()).add(e);
    }
    java.util.Set<Entry> unpublished =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    bySeries.forEach((id, list) -> unpublished.addAll(
        PublishedMarks.after(list, e -> e.reading, newest.get(id))));
    owning = true;
    queue.clear();
    entries.removeIf(e -> {
      if (unpublished.contains(e)) {
        queue.addLast(e);
        return true;
      }
      return false;
    });
    long blindUntil = blindUntil(cutoffMicros, sourceSinceMicros, nowMicros);
    if (blindUntil > 0) {
      insertByTime(Entry.hole(0, cutoffMicros, blindUntil));
    }
    blind.clear();
  }

  /**
   * Until when this relay's source may have missed readings published by nobody since {@code
   * cutoffMicros}; 0 when it read all of them.
   */
  private long blindUntil(long cutoffMicros, long sourceSinceMicros, long nowMicros) {
    if (cutoffMicros <= 0) {
      return 0;
    }
    long until = 0;
    if (completeSinceMicros > cutoffMicros) {
      until = completeSinceMicros;
    }
    if (sourceSinceMicros > cutoffMicros) {
      until = Math.max(until, sourceSinceMicros);
    }
    if (sourceSinceMicros < 0) {
      until = nowMicros;
    }
    for (Blind b : blind) {
      if (b.toMicros() > cutoffMicros) {
        until = Math.max(until, b.toMicros());
      }
    }
    return Math.min(until, nowMicros);
  }

  /** Puts a hole before the first queued reading that arrived after it. */
  private void insertByTime(Entry hole) {
    List<Entry> before = new ArrayList<>();
    while (!queue.isEmpty() && queue.peekFirst().receivedMicros < hole.holeTo) {
      before.add(queue.pollFirst());
    }
    queue.addFirst(hole);
    for (int i = before.size() - 1; i >= 0; i--) {
      queue.addFirst(before.get(i));
    }
  }

  /**
   * This relay no longer publishes: the write it had in flight (null for none) and what it had
   * queued stay as readings not yet published, in order; its holes as stretches its source
   * may have missed.
   */
  synchronized void standBy(Write inFlight) {
    if (inFlight != null) {
      for (Entry e : inFlight.entries()) {
        putBack(e);
      }
    }
    for (Entry e : queue) {
      putBack(e);
    }
    queue.clear();
    owning = false;
  }

  private void putBack(Entry e) {
    if (e.isHole()) {
      remember(new Blind(e.holeFrom, e.holeTo));
    } else {
      entries.addLast(e);
    }
  }

  /**
   * The owner's write was appended: its readings stay in the window as published ones, kept as
   * long as a standby's, so that a Redis coming back with less than it had can be given them
   * again in the new stream.
   */
  synchronized void appended(Write w) {
    for (Entry e : w.entries()) {
      if (!e.isHole()) {
        entries.addLast(e);
      }
    }
  }

  synchronized boolean owning() {
    return owning;
  }

  /**
   * The next write: the holes at the front of the queue as one, then up to {@code maxReadings}
   * readings until the next hole; out of the window until it is appended or put back by
   * {@link #standBy}.
   */
  synchronized Write take(int maxReadings) {
    long numbers = 0;
    boolean exact = true;
    long from = 0;
    long to = 0;
    List<Entry> taken = new ArrayList<>();
    while (!queue.isEmpty() && queue.peekFirst().isHole()) {
      Entry h = queue.pollFirst();
      taken.add(h);
      from = numbers == 0 ? h.holeFrom : Math.min(from, h.holeFrom);
      to = Math.max(to, h.holeTo);
      numbers += h.holeNumbers;
      exact &= h.exact;
    }
    List<Reading> readings = new ArrayList<>();
    while (!queue.isEmpty() && !queue.peekFirst().isHole() && readings.size() < maxReadings) {
      Entry e = queue.pollFirst();
      taken.add(e);
      readings.add(e.reading);
    }
    return new Write(numbers, exact && numbers > 0, from, to, readings, taken);
  }

  /** Readings waiting to be appended. */
  synchronized int waiting() {
    int n = 0;
    for (Entry e : queue) {
      n += e.isHole() ? 0 : 1;
    }
    return n;
  }

  /** Readings the owner had to let go because its queue was full (issued as a hole). */
  synchronized long lostReadings() {
    return lostReadings;
  }

  /** Readings held in all, standing by and waiting. */
  synchronized int size() {
    return entries.size() + queue.size();
  }
}
