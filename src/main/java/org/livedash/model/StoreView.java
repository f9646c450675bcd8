package org.livedash.model;

import java.util.List;

/**
 * What the UI reads of a {@link SeriesStore}: its series, their rings, the alarms and the
 * restart marks. Handed out by {@link SeriesStore#read} and valid only inside that call, under
 * the store's read lock.
 *
 * <p>A {@link StoreSet} hands out one view over several feeds' stores: their series one after
 * the other, the first feed's under their own ids, each other feed's named by the feed
 * ({@code binance/BTCUSDT}, shown as {@code binance/BTC-USDT}).
 */
public final class StoreView {
  /** Between a feed's name and its series' id or name. */
  public static final String FEED_SEPARATOR = "/";
  private final Part[] parts;

  StoreView(SeriesIndex series, AlarmWatch alarms, FeedMarks marks) {
    parts = new Part[] {new Part("", series, alarms, marks)};
  }

  private StoreView(Part[] parts) {
    this.parts = parts;
  }

  /** The views of several stores as one, each after the first named by its feed. */
  static StoreView joined(List<StoreView> views, List<String> feeds) {
    Part[] parts = new Part[views.size()];
    for (int i = 0; i < parts.length; i++) {
      Part own = views.get(i).parts[0];
      parts[i] = new Part(feeds.get(i), own.series, own.alarms, own.marks);
    }
    return new StoreView(parts);
  }

  public int seriesCount() {
    int n = 0;
    for (Part p : parts) {
      n += p.series.size();
    }
    return n;
  }

  public SeriesMeta meta(int index) {
    int part = partOf(index);
    return parts[part].shown(index - offset(part));
  }

  public SeriesRing ring(int index) {
    int part = partOf(index);
    return parts[part].series.at(index - offset(part)).ring;
  }

  /** The first value seen for the series this session, the base of its change figure. */
  public double openValue(int index) {
    int part = partOf(index);
    return parts[part].series.at(index - offset(part)).openValue;
  }

  /** Which feed the series comes from: 0 for the first, then in the order they were added. */
  public int feedOf(int index) {
    return partOf(index);
  }

  /** The first feed's alarms: every reading judged against its thresholds, as it was stored. */
  public AlarmWatch alarms() {
    return parts[0].alarms;
  }

  /** Where the series stands against its thresholds and rules now. */
  public ThresholdState alarmState(int index) {
    int part = partOf(index);
    return parts[part].alarms.state(parts[part].series.at(index - offset(part)).meta.id());
  }

  /** The alarm of any feed that began or ended last, its series named as shown; or null. */
  public AlarmWatch.Alarm latestAlarm() {
    AlarmWatch.Alarm latest = null;
    for (Part p : parts) {
      AlarmWatch.Alarm a = p.alarms.latest();
      if (a != null && (latest == null || changedAt(a) > changedAt(latest))) {
        latest = p.named(a);
      }
    }
    return latest;
  }

  /** Moves on each time an alert of any feed begins or ends. */
  public long alarmChanges() {
    long n = 0;
    for (Part p : parts) {
      n += p.alarms.changes();
    }
    return n;
  }

  /** Every feed's newest alerts, their series named as shown. */
  public java.util.List<AlarmWatch.Alarm> recentAlarms() {
    java.util.List<AlarmWatch.Alarm> out = new java.util.ArrayList<>();
    for (Part p : parts) {
      for (AlarmWatch.Alarm a : p.alarms.recent()) {
        out.add(p.named(a));
      }
    }
    return out;
  }

  private static long changedAt(AlarmWatch.Alarm a) {
    return a.isOn() ? a.startMicros() : Math.max(a.startMicros(), a.endedMicros());
  }

  /** Index of a series, or -1. */
  public int indexOf(String id) {
    int offset = 0;
    for (Part p : parts) {
      int local = p.indexOf(id);
      if (local >= 0) {
        return offset + local;
      }
      offset += p.series.size();
    }
    return -1;
  }

  /** How many marks {@link #feedMark} can return: each feed's newest restarts and holes. */
  public int feedMarkCount() {
    int n = 0;
    for (Part p : parts) {
      n += p.marks.count();
    }
    return n;
  }

  /**
   * When a feed restarted or lost updates, epoch microseconds: each feed's newest first, feed
   * by feed.
   */
  public long feedMark(int i) {
    return markOf(i, false);
  }

  /** How many updates the hole of {@link #feedMark feedMark(i)} lost; 0: a restart. */
  public long feedMarkMissed(int i) {
    return markOf(i, true);
  }

  /** The i-th mark's time, or what its hole lost ({@code missed}), feed by feed. */
  private long markOf(int i, boolean missed) {
    int k = i;
    for (Part p : parts) {
      if (k < p.marks.count()) {
        return missed ? p.marks.missed(k) : p.marks.mark(k);
      }
      k -= p.marks.count();
    }
    throw new IndexOutOfBoundsException(i);
  }

  private int partOf(int index) {
    int k = index;
    for (int i = 0; i < parts.length; i++) {
      if (k < parts[i].series.size()) {
        return i;
      }
      k -= parts[i].series.size();
    }
    throw new IndexOutOfBoundsException(index);
  }

  private int offset(int part) {
    int offset = 0;
    for (int i = 0; i < part; i++) {
      offset += parts[i].series.size();
    }
    return offset;
  }

  /** One store's series, alarms and marks (restarts, holes), and the feed naming its series. */
  private static final class Part {
    final String feed;
    final String prefix;
    final SeriesIndex series;
    final AlarmWatch alarms;
    final FeedMarks marks;
    /** The store's descriptions last named, and as named: a new one is named again. */
    private SeriesMeta[] from = new SeriesMeta[0];
    private SeriesMeta[] named = new SeriesMeta[0];

    Part(String feed, SeriesIndex series, AlarmWatch alarms, FeedMarks marks) {
      this.feed = feed;
      this.prefix = feed.isEmpty() ? "" : feed + FEED_SEPARATOR;
      this.series = series;
      this.alarms = alarms;
      this.marks = marks;
    }

    int indexOf(String id) {
      if (prefix.isEmpty()) {
        return series.indexOf(id);
      }
      return id.startsWith(prefix) ? series.indexOf(id.substring(prefix.length())) : -1;
    }

    /** The description of the series at {@code local}, named by the feed. */
    synchronized SeriesMeta shown(int local) {
      SeriesMeta own = series.at(local).meta;
      if (prefix.isEmpty()) {
        return own;
      }
      if (from.length <= local) {
        from = java.util.Arrays.copyOf(from, Math.max(series.size(), local + 1));
        named = java.util.Arrays.copyOf(named, from.length);
      }
      if (from[local] != own) {
        from[local] = own;
        named[local] = named(own);
      }
      return named[local];
    }

    SeriesMeta named(SeriesMeta own) {
      return own.inFeed(prefix);
    }

    /** {@code a} with its series named as shown. */
    AlarmWatch.Alarm named(AlarmWatch.Alarm a) {
      return feed.isEmpty() ? a : new AlarmWatch.Alarm(named(a.meta()), a.rule(),
          a.startMicros(), a.value(), a.peak(), a.endedMicros());
    }
  }
}
