package org.livedash.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The user's alert rules, judged by the store on every reading beside the alarm levels: each
 * kind, hysteresis, a minimum duration, silence on an injected clock, and what the tap is told.
 */
class AlertRulesTest {
  private static final SeriesMeta TEMP = SeriesMeta.of("t", "Temperature", "°C",
      SeriesKind.SENSOR, 0, 100);
  private static final long S = 1_000_000;

  private final AtomicLong now = new AtomicLong(1_000 * S);
  private final SeriesStore store = new SeriesStore(1000, now::get);
  private final List<AlarmWatch.Alarm> told = new ArrayList<>();
  private long seq;

  @BeforeEach
  void catalogue() {
    store.setCatalogue(List.of(TEMP));
    store.tap(new StoreTap() {
      @Override
      public void alert(AlarmWatch.Alarm alert, long receivedMicros) {
        told.add(alert);
      }
    });
  }

  private void rules(AlertRule... rules) {
    store.alertRules(Map.of("t", List.of(rules)));
  }

  /** Readings one a second from {@code second}. */
  private void readings(long second, double... values) {
    for (double v : values) {
      long t = second++ * S;
      now.set(t);
      store.write(w -> w.offer("t", ++seq, t, v));
    }
  }

  private AlarmWatch watch() {
    AlarmWatch[] w = new AlarmWatch[1];
    store.read(r -> w[0] = r.alarms());
    return w[0];
  }

  @Test
  void aOneSampleSpikeAboveALevelIsRaisedAndClearedAndTold() {
    rules(AlertRule.above(80));
    readings(1_000, 20, 95, 21);
    assertThat(told).hasSize(2);
    AlarmWatch.Alarm raised = told.get(0);
    assertThat(raised.isOn()).isTrue();
    assertThat(raised.rule()).isEqualTo(AlertRule.above(80));
    assertThat(raised.value()).isEqualTo(95);
    assertThat(raised.startMicros()).isEqualTo(1_001 * S);
    AlarmWatch.Alarm cleared = told.get(1);
    assertThat(cleared.isOn()).isFalse();
    assertThat(cleared.endedMicros()).isEqualTo(1_002 * S);
    assertThat(cleared.peak()).isEqualTo(95);
    assertThat(watch().total()).isEqualTo(1);
  }

  @Test
  void hysteresisKeepsAReadingHoveringAtTheLevelOneAlert() {
    rules(AlertRule.above(80).withHysteresis(5));
    readings(1_000, 81, 79, 82, 77, 80.5, 76, 74);
    assertThat(watch().total()).as("one alert, not three").isEqualTo(1);
    AlarmWatch.Alarm a = watch().latest();
    assertThat(a.peak()).isEqualTo(82);
    assertThat(a.endedMicros()).as("cleared only below 75").isEqualTo(1_006 * S);
  }

  @Test
  void withoutHysteresisTheSameReadingsAreThreeAlerts() {
    rules(AlertRule.above(80));
    readings(1_000, 81, 79, 82, 77, 80.5, 76, 74);
    assertThat(watch().total()).isEqualTo(3);
  }

  @Test
  void aConditionMustHoldItsMinimumDuration() {
    rules(AlertRule.below(10).holdingFor(3));
    readings(1_000, 5, 6, 20, 5, 4, 3);
    assertThat(watch().total()).as("2 s below, then back: nothing").isZero();
    readings(1_006, 2, 1);
    assertThat(watch().total()).isEqualTo(1);
    AlarmWatch.Alarm a = watch().latest();
    assertThat(a.startMicros()).as("it began with its first reading").isEqualTo(1_003 * S);
    assertThat(a.value()).isEqualTo(5);
    assertThat(a.peak()).isEqualTo(1);
    assertThat(a.isOn()).isTrue();
  }

  @Test
  void outsideABandOnEitherSide() {
    rules(AlertRule.outside(20, 80));
    readings(1_000, 50, 19, 50, 81, 50);
    assertThat(watch().recent()).extracting(AlarmWatch.Alarm::value).containsExactly(19.0, 81.0);
  }

  @Test
  void aChangeWithinItsWindowIsRaisedAndASlowDriftIsNot() {
    rules(AlertRule.change(10, 5));
    readings(1_000, 50, 52, 54, 56, 58, 60, 62, 64, 66, 68);
    assertThat(watch().total()).as("2 a second: 8 in 5 s at most").isZero();
    readings(1_010, 69, 80);
    assertThat(watch().total()).isEqualTo(1);
    AlarmWatch.Alarm a = watch().latest();
    assertThat(a.value()).as("the change, from 64 to 80").isEqualTo(16);
    readings(1_012, 80, 80, 80, 80, 80, 80, 80);
    assertThat(watch().latest().isOn()).as("steady again for a window").isFalse();
  }

  @Test
  void silenceIsRaisedByTheClockAndClearedByTheNextReading() {
    rules(AlertRule.silence(30));
    readings(1_000, 20);
    now.set(1_029 * S);
    store.checkSilence();
    assertThat(watch().total()).isZero();
    now.set(1_030 * S);
    store.checkSilence();
    store.checkSilence();
    assertThat(watch().total()).isEqualTo(1);
    assertThat(watch().latest().startMicros()).isEqualTo(1_030 * S);
    assertThat(watch().latest().value()).isNaN();
    readings(1_100, 21);
    assertThat(watch().latest().isOn()).isFalse();
    assertThat(told).hasSize(2);
  }

  @Test
  void aSeriesThatNeverSpeaksIsSilentFromWhenTheRuleWasSet() {
    now.set(2_000 * S);
    store.alertRules(Map.of("never", List.of(AlertRule.silence(10))));
    now.set(2_010 * S);
    store.checkSilence();
    assertThat(watch().latest().meta().id()).isEqualTo("never");
  }

  @Test
  void rulesSetAgainUnchangedKeepTheirAlertAndRemovedOnesEndIt() {
    rules(AlertRule.above(80));
    readings(1_000, 90);
    rules(AlertRule.above(80));
    assertThat(watch().latest().isOn()).isTrue();
    readings(1_001, 91);
    assertThat(watch().total()).isEqualTo(1);
    now.set(1_005 * S);
    store.alertRules(Map.of());
    assertThat(watch().latest().isOn()).isFalse();
    assertThat(watch().latest().endedMicros()).isEqualTo(1_005 * S);
    assertThat(told.get(told.size() - 1).isOn()).isFalse();
  }

  @Test
  void alarmLevelsEnterTheLogAsTheLevelsRule() {
    store.setCatalogue(List.of(new SeriesMeta("t", "Temperature", "°C", SeriesKind.SENSOR, 0,
        100, Double.NaN, 70, Double.NaN, 90)));
    rules(AlertRule.above(80));
    readings(1_000, 95, 50);
    assertThat(watch().recent()).extracting(AlarmWatch.Alarm::rule)
        .containsExactlyInAnyOrder(AlertRule.LEVELS, AlertRule.above(80));
  }

  @Test
  void aRuleThatSaysTooLittleIsRefusedInPlainWords() {
    assertThatThrownBy(() -> AlertRule.outside(80, 20)).isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).reason().key()).isEqualTo("rule.band");
    assertThatThrownBy(() -> AlertRule.change(0, 5)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> AlertRule.silence(0)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> AlertRule.above(Double.NaN))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> AlertRule.above(1).withHysteresis(-1))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void aRuleDescribesItselfWithItsUnit() {
    assertThat(AlertRule.above(80).withHysteresis(2).holdingFor(10).describe("°C").english())
        .isEqualTo("at or above 80 °C for 10 s, clears 2 °C back");
    assertThat(AlertRule.outside(0.5, 9).describe("").english()).isEqualTo("outside 0.5 to 9");
  }
}
