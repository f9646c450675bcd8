package org.livedash.alert;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Consumer;
import org.livedash.model.AlarmWatch;
import org.livedash.model.AlertRule;

/**
 * The window's alert log: every alert raised, with its peak and when it cleared as they become
 * known, and whether the user acknowledged it. Bounded ({@link #KEPT}, the oldest dropped first);
 * filled on the alerts' thread and read by the window as a snapshot when its {@link #version()}
 * moved. What a recording kept of an earlier run is put back with {@link #restore}.
 */
public final class AlertLog implements AlertOutlet {
  /** Alerts the log keeps. */
  public static final int KEPT = 1000;

  /**
   * One alert as the log shows it.
   *
   * @param alert the alert as last told (raised, then cleared)
   * @param acknowledged whether the user acknowledged it
   * @param runEnded whether it was still on when its run ended (its end is the run's, not a
   *     clearing reading's)
   */
  public record Entry(AlarmWatch.Alarm alert, boolean acknowledged, boolean runEnded) {
    /** What tells this alert from every other: its series, its rule, when it began. */
    public Key key() {
      return new Key(alert.meta().id(), alert.rule(), alert.startMicros());
    }
  }

  /** What tells one alert from another. */
  public record Key(String series, AlertRule rule, long startMicros) { }

  // Guarded by this; oldest first.
  private final LinkedHashMap<Key, Entry> entries = new LinkedHashMap<>();
  private final Consumer<Entry> onAcknowledged;
  private volatile long version;

  /** A log that tells {@code onAcknowledged} of every acknowledgement (to record it). */
  public AlertLog(Consumer<Entry> onAcknowledged) {
    this.onAcknowledged = onAcknowledged;
  }

  @Override
  public void told(AlarmWatch.Alarm alert) {
    put(alert, false, false);
  }

  /**
   * Puts back an alert a recording kept ({@code acknowledged} if the user acknowledged it then;
   * {@code runEnded} if it was still on when that run ended); one the log already holds keeps
   * what is newer.
   */
  public synchronized void restore(AlarmWatch.Alarm alert, boolean acknowledged,
      boolean runEnded) {
    Entry held = entries.get(new Entry(alert, false, false).key());
    boolean keep = held != null && !held.alert().isOn();
    put(keep ? held.alert() : alert, acknowledged || held != null && held.acknowledged(),
        keep ? held.runEnded() : runEnded);
  }

  private synchronized void put(AlarmWatch.Alarm alert, boolean acknowledged, boolean runEnded) {
    Entry e = new Entry(alert, acknowledged, runEnded);
    Entry held = entries.get(e.key());
    entries.put(e.key(), held == null ? e
        : new Entry(alert, held.acknowledged() || acknowledged, runEnded));
    while (entries.size() > KEPT) {
      entries.remove(entries.keySet().iterator().next());
    }
    version++;
  }

  /** The user acknowledged the alert {@code key}; false when the log no longer holds it. */
  public boolean acknowledge(Key key) {
    Entry done;
    synchronized (this) {
      Entry held = entries.get(key);
      if (held == null || held.acknowledged()) {
        return held != null;
      }
      done = new Entry(held.alert(), true, held.runEnded());
      entries.put(key, done);
      version++;
    }
    onAcknowledged.accept(done);
    return true;
  }

  /** The user acknowledged every alert; returns how many were not yet. */
  public int acknowledgeAll() {
    List<Key> open;
    synchronized (this) {
      open = entries.values().stream().filter(e -> !e.acknowledged()).map(Entry::key).toList();
    }
    open.forEach(this::acknowledge);
    return open.size();
  }

  /** Changes whenever an entry does. */
  public long version() {
    return version;
  }

  /** The alerts, oldest first. */
  public synchronized List<Entry> entries() {
    return new ArrayList<>(entries.values());
  }

  /** Alerts not acknowledged yet. */
  public synchronized long unacknowledged() {
    return entries.values().stream().filter(e -> !e.acknowledged()).count();
  }
}
