package org.livedash.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeriesMetaTest {
  private final SeriesMeta humidity = new SeriesMeta("h", "Humidity", "%RH", SeriesKind.SENSOR,
      0, 100, 30, 60, 25, 70);

  @Test
  void classifiesAgainstBothBounds() {
    assertThat(humidity.classify(45)).isEqualTo(ThresholdState.NORMAL);
    assertThat(humidity.classify(61)).isEqualTo(ThresholdState.WARN);
    assertThat(humidity.classify(29)).isEqualTo(ThresholdState.WARN);
    assertThat(humidity.classify(70)).isEqualTo(ThresholdState.ALARM);
    assertThat(humidity.classify(10)).isEqualTo(ThresholdState.ALARM);
  }

  @Test
  void neverAlarmsWithoutThresholds() {
    SeriesMeta plain = SeriesMeta.of("p", "P", "", SeriesKind.STOCK, 0, 1);
    assertThat(plain.hasThresholds()).isFalse();
    assertThat(plain.classify(1e12)).isEqualTo(ThresholdState.NORMAL);
  }
}
