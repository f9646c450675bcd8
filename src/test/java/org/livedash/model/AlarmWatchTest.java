package org.livedash.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Readings are judged as they are stored: each one counts, not the last of a frame. */
class AlarmWatchTest {
  private static final SeriesMeta TEMP = new SeriesMeta("t", "Temperature", "°C",
      SeriesKind.SENSOR, 0, 40, Double.NaN, 27, Double.NaN, 30);

  private final SeriesStore store = new SeriesStore(100);
  private long seq;

  private void offer(long time, double... values) {
    store.write(w -> {
      for (double v : values) {
        w.offer("t", ++seq, time, v);
      }
    });
  }

  private AlarmWatch watch() {
    AlarmWatch[] w = new AlarmWatch[1];
    store.read(r -> w[0] = r.alarms());
    return w[0];
  }

  @Test
  void aSingleSampleSpikeWithinOneFrameIsAnAlarmAndThenAPastOne() {
    store.setCatalogue(List.of(TEMP));
    offer(1_000, 22);
    offer(2_000, 31, 35, 33, 21);
    AlarmWatch w = watch();
    assertThat(w.total()).isEqualTo(1);
    assertThat(w.counts()).containsEntry("t", 1L);
    assertThat(w.state("t")).isEqualTo(ThresholdState.NORMAL);
    AlarmWatch.Alarm a = w.latest();
    assertThat(a.isOn()).isFalse();
    assertThat(a.value()).isEqualTo(31);
    assertThat(a.peak()).isEqualTo(35);
    assertThat(a.startMicros()).isEqualTo(2_000);
    assertThat(a.endedMicros()).isEqualTo(2_000);
  }

  @Test
  void anAlarmLastsUntilAReadingLeavesTheBandAndCountsOnce() {
    store.setCatalogue(List.of(TEMP));
    offer(1_000, 32);
    offer(2_000, 31);
    assertThat(watch().latest().isOn()).isTrue();
    assertThat(watch().state("t")).isEqualTo(ThresholdState.ALARM);
    offer(3_000, 28);
    assertThat(watch().state("t")).isEqualTo(ThresholdState.WARN);
    assertThat(watch().latest().endedMicros()).isEqualTo(3_000);
    offer(4_000, 30);
    assertThat(watch().total()).isEqualTo(2);
    assertThat(watch().recent()).hasSize(2);
  }

  @Test
  void keepsOnlyTheNewestAlarms() {
    store.setCatalogue(List.of(TEMP));
    for (int i = 0; i < AlarmWatch.RECENT + 5; i++) {
      offer(1_000L * (2 * i + 1), 31);
      offer(1_000L * (2 * i + 2), 20);
    }
    assertThat(watch().recent()).hasSize(AlarmWatch.RECENT);
    assertThat(watch().total()).isEqualTo(AlarmWatch.RECENT + 5);
  }
}
