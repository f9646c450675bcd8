package org.livedash.model;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one place where readings are judged against their thresholds: every update, as it is
 * stored, not a tile's last value a few times a second, so a single-sample spike raises an
 * alarm and a headless run counts alarms too. It keeps each series' state, the number of times
 * each entered its alarm band, and the newest alarms with when they ended.
 *
 * <p>Written by {@link SeriesStore}'s writer under its write lock and read under its read lock.
 */
public final class AlarmWatch {
  /** Alarms kept for the status line and reports. */
  static final int RECENT = 16;

  /**
   * One time a series entered its alarm band.
   *
   * @param peak the reading furthest into the band while it lasted
   * @param endedMicros when the readings left the band, or {@link Long#MIN_VALUE} while on
   */
  public record Alarm(SeriesMeta meta, long startMicros, double value, double peak,
      long endedMicros) {
    public boolean isOn() {
      return endedMicros == Long.MIN_VALUE;
    }
  }

  /** An alarm as it is being written; {@link Alarm} is its copy for readers. */
  private static final class Entry {
    final SeriesMeta meta;
    final long startMicros;
    final double value;
    double peak;
    long endedMicros = Long.MIN_VALUE;

    Entry(SeriesMeta meta, long startMicros, double value) {
      this.meta = meta;
      this.startMicros = startMicros;
      this.value = value;
      this.peak = value;
    }

    Alarm copy() {
      return new Alarm(meta, startMicros, value, peak, endedMicros);
    }
  }

  private final Map<String, ThresholdState> states = new HashMap<>();
  private final Map<String, Long> counts = new HashMap<>();
  private final Map<String, Entry> open = new HashMap<>();
  private final Deque<Entry> recent = new ArrayDeque<>();
  private long total;

  /** Forgets every alarm: another feed is starting. */
  void clear() {
    states.clear();
    counts.clear();
    open.clear();
    recent.clear();
    total = 0;
  }

  /** Judges one stored reading; returns the series' state after it. */
  ThresholdState observe(SeriesMeta meta, long timeMicros, double value) {
    if (!meta.hasThresholds()) {
      return ThresholdState.NORMAL;
    }
    ThresholdState now = meta.classify(value);
    ThresholdState before = states.getOrDefault(meta.id(), ThresholdState.NORMAL);
    if (now != before) {
      states.put(meta.id(), now);
    }
    Entry on = open.get(meta.id());
    if (now == ThresholdState.ALARM && on == null) {
      total++;
      counts.merge(meta.id(), 1L, Long::sum);
      if (recent.size() == RECENT) {
        recent.removeFirst();
      }
      Entry e = new Entry(meta, timeMicros, value);
      recent.addLast(e);
      open.put(meta.id(), e);
    } else if (now == ThresholdState.ALARM) {
      on.peak = value >= meta.alarmHigh() ? Math.max(on.peak, value) : Math.min(on.peak, value);
    } else if (on != null) {
      on.endedMicros = timeMicros;
      open.remove(meta.id());
    }
    return now;
  }

  /**
   * Judges a reading that came late and was put among the older ones: it does not change the
   * series' state (that follows its newest reading), but an alarm it shows is not missed — it
   * adds to an alarm still on, or counts as one that began and ended at its time.
   */
  void observeLate(SeriesMeta meta, long timeMicros, double value) {
    if (!meta.hasThresholds() || meta.classify(value) != ThresholdState.ALARM) {
      return;
    }
    Entry on = open.get(meta.id());
    if (on != null && on.startMicros <= timeMicros) {
      on.peak = value >= meta.alarmHigh() ? Math.max(on.peak, value) : Math.min(on.peak, value);
      return;
    }
    total++;
    counts.merge(meta.id(), 1L, Long::sum);
    if (recent.size() == RECENT) {
      recent.removeFirst();
    }
    Entry e = new Entry(meta, timeMicros, value);
    e.endedMicros = timeMicros;
    recent.addLast(e);
  }

  /** A series' state after its newest reading. */
  public ThresholdState state(String seriesId) {
    return states.getOrDefault(seriesId, ThresholdState.NORMAL);
  }

  /** How many times any series entered its alarm band. */
  public long total() {
    return total;
  }

  /** How many times each series entered its alarm band (only series that did). */
  public Map<String, Long> counts() {
    return Map.copyOf(counts);
  }

  /** The newest alarms, oldest first. */
  public List<Alarm> recent() {
    return recent.stream().map(Entry::copy).toList();
  }

  /** The newest alarm, or null. */
  public Alarm latest() {
    Entry e = recent.peekLast();
    return e == null ? null : e.copy();
  }
}
