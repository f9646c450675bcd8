package org.livedash.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.livedash.alert.AlertDispatch;
import org.livedash.alert.AlertLog;
import org.livedash.model.AlertRule;
import org.livedash.model.SeriesKind;
import org.livedash.model.SeriesMeta;
import org.livedash.model.SeriesStore;
import org.livedash.model.StoreTap;

/**
 * The alert log survives a restart because it is in the recording: alerts raised and cleared
 * and the user's acknowledgements are events of the file, read back into the next run's log.
 */
class RecordedAlertsTest {
  @TempDir
  Path dir;

  @Test
  void theNextRunsLogHoldsTheAlertsAndAcknowledgementsOfTheLast() throws Exception {
    Path file = dir.resolve("livedash-run.mcap");
    SeriesStore store = new SeriesStore(100);
    store.setCatalogue(List.of(new SeriesMeta("boiler", "Boiler", "°C", SeriesKind.SENSOR, 0,
        100, Double.NaN, 80, Double.NaN, 90)));
    store.alertRules(Map.of("boiler", List.of(AlertRule.change(20, 10))));
    AlertLog first = new AlertLog(e -> { });
    FeedRecorder recorder = FeedRecorder.start(file, "LiveDash test", System::nanoTime);
    try (AlertDispatch dispatch = new AlertDispatch().to(first)) {
      store.tap(StoreTap.both(recorder, dispatch));
      long t = System.currentTimeMillis() * 1000 - 60_000_000L;
      double[] readings = new double[16];
      java.util.Arrays.fill(readings, 60);
      readings[0] = 50;
      readings[1] = 95;
      for (int i = 0; i < readings.length; i++) {
        long seq = i + 1;
        double v = readings[i];
        long at = t + i * 2_000_000L;
        store.write(w -> w.offer("boiler", seq, at, v));
      }
      await().atMost(Duration.ofSeconds(10)).until(() -> dispatch.told() == 4);
    }
    assertThat(first.entries()).hasSize(2);
    AlertLog.Entry levels = first.entries().stream()
        .filter(e -> e.alert().rule().kind() == AlertRule.Kind.LEVELS).findFirst().orElseThrow();
    first.acknowledge(levels.key());
    recorder.notes().acknowledged(first.entries().stream().filter(AlertLog.Entry::acknowledged)
        .findFirst().orElseThrow(), System.currentTimeMillis() * 1000);
    store.tap(StoreTap.NONE);
    recorder.close();

    AlertLog next = new AlertLog(e -> { });
    RecordedAlerts.restore(List.of(file), next);
    assertThat(next.entries()).hasSize(2);
    assertThat(next.entries()).extracting(AlertLog.Entry::key)
        .containsExactlyElementsOf(first.entries().stream().map(AlertLog.Entry::key).toList());
    for (AlertLog.Entry e : next.entries()) {
      AlertLog.Entry was = first.entries().stream().filter(f -> f.key().equals(e.key()))
          .findFirst().orElseThrow();
      assertThat(e.alert().isOn()).isEqualTo(was.alert().isOn());
      assertThat(e.alert().endedMicros()).isEqualTo(was.alert().endedMicros());
      assertThat(e.alert().peak()).isEqualTo(was.alert().peak());
      assertThat(e.alert().meta().name()).isEqualTo("Boiler");
      assertThat(e.acknowledged()).as(e.key().rule().toString())
          .isEqualTo(e.key().rule().kind() == AlertRule.Kind.LEVELS);
    }
    assertThat(next.entries()).noneMatch(AlertLog.Entry::runEnded);
  }

  @Test
  void anAlertStillOnWhenItsRunEndedEndsWithTheRunNotForever() throws Exception {
    Path file = dir.resolve("livedash-2026-12-04T08-21-23.mcap");
    SeriesStore store = new SeriesStore(100);
    store.setCatalogue(List.of(SeriesMeta.of("boiler", "Boiler", "°C", SeriesKind.SENSOR, 0,
        100)));
    store.alertRules(Map.of("boiler", List.of(AlertRule.above(80))));
    FeedRecorder recorder = FeedRecorder.start(file, "LiveDash test", System::nanoTime);
    store.tap(recorder);
    long t = System.currentTimeMillis() * 1000 - 60_000_000L;
    store.write(w -> w.offer("boiler", 1, t, 95));
    store.write(w -> w.offer("boiler", 2, t + 5_000_000L, 96));
    store.tap(StoreTap.NONE);
    recorder.close();

    AlertLog next = new AlertLog(e -> { });
    RecordedAlerts.restore(List.of(file), next);
    assertThat(next.entries()).hasSize(1);
    AlertLog.Entry e = next.entries().get(0);
    assertThat(e.alert().isOn()).as("not still on: its run is over").isFalse();
    assertThat(e.runEnded()).isTrue();
    assertThat(e.alert().endedMicros()).isGreaterThanOrEqualTo(t + 5_000_000L);
  }

  @Test
  void aRunGoesOnInItsNextFilesOnly() {
    Path first = Path.of("livedash-2026-12-04T08-21-23.mcap");
    Path second = Path.of("livedash-2026-12-04T08-21-23-2.mcap");
    assertThat(RunFiles.continues(first, second)).isTrue();
    assertThat(RunFiles.continues(second, Path.of("livedash-2026-12-04T08-21-23-3.mcap")))
        .isTrue();
    assertThat(RunFiles.continues(first, Path.of("livedash-2026-12-04T09-00-00.mcap")))
        .isFalse();
    assertThat(RunFiles.continues(second, Path.of("livedash-2026-12-04T08-21-23-5.mcap")))
        .isFalse();
  }
}
