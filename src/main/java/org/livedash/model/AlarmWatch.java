package org.livedash.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one place where readings are judged: against their series' alarm levels and against the
 * user's {@link AlertRule}s, on every update as it is stored (not a tile's last value a few times
 * a second), so a single-sample spike raises an alert and a headless run counts them too. It
 * keeps each series' threshold state, the number of alerts each raised, and the newest alerts
 * with when they ended; every alert begun or ended is told to the store's {@link StoreTap}.
 *
 * <p>Written by {@link SeriesStore}'s writer under its write lock and read under its read lock.
 */
public final class AlarmWatch {
  /** Alerts kept for the status line and reports. */
  static final int RECENT = 16;

  /**
   * One alert: a series' reading reached its alarm levels or a rule's condition held.
   *
   * @param rule what was watched ({@link AlertRule#LEVELS} for the series' alarm levels)
   * @param value the reading that began it (a change rule's: the change; a silence's: NaN)
   * @param peak the reading furthest into the rule while it lasted (likewise)
   * @param endedMicros when the readings cleared it, or {@link Long#MIN_VALUE} while on
   */
  public record Alarm(SeriesMeta meta, AlertRule rule, long startMicros, double value,
      double peak, long endedMicros) {
    public boolean isOn() {
      return endedMicros == Long.MIN_VALUE;
    }
  }

  /** An alert as it is being written; {@link Alarm} is its copy for readers. */
  private static final class Entry {
    final SeriesMeta meta;
    final AlertRule rule;
    final long startMicros;
    final double value;
    double peak;
    long endedMicros = Long.MIN_VALUE;

    Entry(SeriesMeta meta, AlertRule rule, long startMicros, double value) {
      this.meta = meta;
      this.rule = rule;
      this.startMicros = startMicros;
      this.value = value;
      this.peak = value;
    }

    Alarm copy() {
      return new Alarm(meta, rule, startMicros, value, peak, endedMicros);
    }
  }

  /** What is watched on one series: its threshold state, its alarm levels, its rules. */
  private static final class Watched {
    ThresholdState state = ThresholdState.NORMAL;
    /** Its alarm levels, judged as a rule once it has any. */
    AlertCheck levels;
    List<AlertRule> rules = List.of();
    AlertCheck[] checks = new AlertCheck[0];
  }

  /** Only series with levels or rules; one lookup a reading. */
  private final Map<String, Watched> watched = new HashMap<>();
  private final Map<String, Long> counts = new HashMap<>();
  private final Map<AlertCheck, Entry> open = new IdentityHashMap<>();
  private final Deque<Entry> recent = new ArrayDeque<>();
  private long total;
  /** Counts alerts begun and ended, and clearings: what readers compare to read them again. */
  private long changes;

  /** Forgets every alert and rule: another feed is starting. */
  void clear() {
    watched.clear();
    counts.clear();
    open.clear();
    recent.clear();
    total = 0;
    changes++;
  }

  /**
   * Judges by {@code next} (rules by series id) from now on ({@code nowMicros}): a series whose
   * rules changed starts its watch over, its alerts that were on ending now; one whose rules
   * stand keeps its state.
   */
  void rules(Map<String, List<AlertRule>> next, long nowMicros, StoreTap tap) {
    for (Map.Entry<String, Watched> e : new ArrayList<>(watched.entrySet())) {
      if (!next.containsKey(e.getKey())) {
        drop(e.getValue(), nowMicros, tap);
      }
    }
    next.forEach((id, list) -> {
      Watched w = watched.computeIfAbsent(id, k -> new Watched());
      if (list.equals(w.rules)) {
        return;
      }
      drop(w, nowMicros, tap);
      w.rules = List.copyOf(list);
      w.checks = new AlertCheck[list.size()];
      for (int i = 0; i < w.checks.length; i++) {
        w.checks[i] = new AlertCheck(list.get(i));
        if (list.get(i).kind() == AlertRule.Kind.SILENCE) {
          // A silence is counted from when its rule is set.
          w.checks[i].silentUntil(nowMicros);
        }
      }
    });
  }

  private void drop(Watched w, long nowMicros, StoreTap tap) {
    for (AlertCheck c : w.checks) {
      end(c, nowMicros, tap, nowMicros);
    }
    w.rules = List.of();
    w.checks = new AlertCheck[0];
  }

  /** Judges one stored reading, received at {@code receivedMicros}; returns its series' state. */
  ThresholdState observe(SeriesMeta meta, long timeMicros, double value, long receivedMicros,
      StoreTap tap) {
    Watched w = watched.get(meta.id());
    if (w == null) {
      if (!meta.hasThresholds()) {
        return ThresholdState.NORMAL;
      }
      w = new Watched();
      watched.put(meta.id(), w);
    }
    if (meta.hasThresholds()) {
      w.state = meta.classify(value);
      if (w.levels == null) {
        w.levels = new AlertCheck(AlertRule.LEVELS);
      }
    } else {
      w.state = ThresholdState.NORMAL;
    }
    if (w.levels != null) {
      judge(w.levels, w.levels.observe(meta, timeMicros, value), meta, timeMicros,
          receivedMicros, tap);
    }
    for (AlertCheck c : w.checks) {
      if (c.rule.kind() == AlertRule.Kind.SILENCE) {
        judge(c, c.seen(receivedMicros), meta, receivedMicros, receivedMicros, tap);
      } else {
        judge(c, c.observe(meta, timeMicros, value), meta, timeMicros, receivedMicros, tap);
      }
    }
    return w.state;
  }

  /**
   * Each silence rule whose series said nothing for its time raises its alert at {@code now};
   * returns whether any did.
   */
  boolean silence(long nowMicros, StoreTap tap, SeriesIndex index) {
    long before = total;
    watched.forEach((id, w) -> {
      for (AlertCheck c : w.checks) {
        if (c.rule.kind() == AlertRule.Kind.SILENCE) {
          StoredSeries s = index.get(id);
          SeriesMeta meta = s != null ? s.meta : SeriesMeta.of(id, id, "", SeriesKind.SENSOR, 0, 1);
          judge(c, c.silentUntil(nowMicros), meta, nowMicros, nowMicros, tap);
        }
      }
    });
    return total != before;
  }

  private void judge(AlertCheck c, AlertCheck.Change change, SeriesMeta meta, long t,
      long receivedMicros, StoreTap tap) {
    switch (change) {
      case RAISED -> {
        Entry e = new Entry(meta, c.rule, c.startMicros(), c.startValue());
        e.peak = c.peak();
        raise(e);
        open.put(c, e);
        tap.alert(e.copy(), receivedMicros);
      }
      case CLEARED -> end(c, t, tap, receivedMicros);
      case NONE -> {
        Entry e = open.get(c);
        if (e != null) {
          e.peak = c.peak();
        }
      }
    }
  }

  private void end(AlertCheck c, long t, StoreTap tap, long receivedMicros) {
    Entry e = open.remove(c);
    if (e != null) {
      e.endedMicros = t;
      changes++;
      tap.alert(e.copy(), receivedMicros);
    }
  }

  private void raise(Entry e) {
    total++;
    changes++;
    counts.merge(e.meta.id(), 1L, Long::sum);
    if (recent.size() == RECENT) {
      recent.removeFirst();
    }
    recent.addLast(e);
  }

  /**
   * Judges a reading that came late and was put among the older ones against its alarm levels:
   * it does not change the series' state (that follows its newest reading), but an alarm it
   * shows is not missed — it adds to an alarm still on, or counts as one that began and ended at
   * its time. Rules watch readings in their order of arrival and pass late ones over.
   */
  void observeLate(SeriesMeta meta, long timeMicros, double value, long receivedMicros,
      StoreTap tap) {
    if (!meta.hasThresholds() || meta.classify(value) != ThresholdState.ALARM) {
      return;
    }
    Watched w = watched.get(meta.id());
    Entry on = w == null || w.levels == null ? null : open.get(w.levels);
    if (on != null && on.startMicros <= timeMicros) {
      on.peak = value >= meta.alarmHigh() ? Math.max(on.peak, value) : Math.min(on.peak, value);
      return;
    }
    Entry e = new Entry(meta, AlertRule.LEVELS, timeMicros, value);
    e.endedMicros = timeMicros;
    raise(e);
    tap.alert(e.copy(), receivedMicros);
  }

  /** A series' state after its newest reading. */
  public ThresholdState state(String seriesId) {
    Watched w = watched.get(seriesId);
    return w == null ? ThresholdState.NORMAL : w.state;
  }

  /** Moves on each time an alert begins or ends: unchanged, {@link #recent} is as it was. */
  public long changes() {
    return changes;
  }

  /** How many alerts were raised. */
  public long total() {
    return total;
  }

  /** How many alerts each series raised (only series that did). */
  public Map<String, Long> counts() {
    return Map.copyOf(counts);
  }

  /** The newest alerts, oldest first. */
  public List<Alarm> recent() {
    return recent.stream().map(Entry::copy).toList();
  }

  /** The newest alert, or null. */
  public Alarm latest() {
    Entry e = recent.peekLast();
    return e == null ? null : e.copy();
  }
}
