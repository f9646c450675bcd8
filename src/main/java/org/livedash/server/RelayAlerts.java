package org.livedash.server;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.livedash.alert.AlertJson;
import org.livedash.model.AlarmWatch;
import org.livedash.model.AlertRule;
import org.livedash.model.SeriesMeta;
import org.livedash.model.SeriesStore;
import org.livedash.model.StoreTap;

/**
 * The rules a relay judges its source's readings by ({@code serve --alert}): judged where a
 * window judges them, by a store of the relay's own that keeps only the last reading of each
 * series that rules watch, before the readings go on to be numbered and served. Each alert
 * raised or cleared is told to the push clients that asked for alerts (protocol 1.5,
 * {@code alerts=1}) and to {@code tell} (the relay's {@code --on-alert} command and
 * {@code --alerts-out} file).
 */
final class RelayAlerts implements FeedSource.ReadingSink {
  private final FeedSource.ReadingSink next;
  private final SeriesStore judge;
  private final Function<String, SeriesMeta> describe;
  private final Set<String> described = new HashSet<>();
  private final Set<String> ruled;
  private long seq;

  /**
   * @param next where the readings go once judged
   * @param describe a series' description (its name and unit, for the alert), by id
   * @param hub the push clients to tell
   * @param tell where else alerts go (none: {@link StoreTap#NONE})
   */
  RelayAlerts(FeedSource.ReadingSink next, Map<String, List<AlertRule>> rules,
      Function<String, SeriesMeta> describe, FeedHub hub, StoreTap tell,
      java.util.function.LongSupplier nowMicros) {
    this.next = next;
    this.describe = describe;
    ruled = Set.copyOf(rules.keySet());
    judge = new SeriesStore(1, nowMicros);
    judge.alertRules(rules);
    judge.tap(StoreTap.both(new StoreTap() {
      @Override
      public void alert(AlarmWatch.Alarm alert, long receivedMicros) {
        hub.alert(alert.meta().id() + " " + alert.rule() + " " + alert.startMicros(),
            "{\"type\":\"alert\"," + AlertJson.line(alert).substring(1), alert.isOn());
      }
    }, tell));
  }

  @Override
  public void publish(List<Reading> readings) {
    synchronized (this) {
      judge.write(w -> {
        for (Reading r : readings) {
          if (!ruled.contains(r.seriesId())) {
            // Only the series rules watch are kept, a reading each.
            continue;
          }
          if (described.add(r.seriesId())) {
            SeriesMeta meta = describe.apply(r.seriesId());
            if (meta != null) {
              w.describe(meta);
            }
          }
          w.offer(r.seriesId(), ++seq, r.timeMicros(), r.value());
        }
      });
    }
    next.publish(readings);
  }

  @Override
  public void missed(long count, long fromMicros, long toMicros) {
    synchronized (this) {
      seq += Math.max(1, count);
      long to = seq;
      judge.write(w -> w.skipTo(to));
    }
    next.missed(count, fromMicros, toMicros);
  }

  /** Judges the rules of silence: called once a second. */
  void checkSilence() {
    judge.checkSilence();
  }
}
