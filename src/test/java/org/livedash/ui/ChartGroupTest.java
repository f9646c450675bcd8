package org.livedash.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.livedash.model.SeriesKind;
import org.livedash.model.SeriesMeta;

class ChartGroupTest {
  @Test
  void aChartFirstShowsTheFirstSeriesWithAUnit() {
    // A RuuviTag's message begins with its data format, a constant 5 that measures nothing.
    List<SeriesMeta> ruuvi = List.of(meta("tag:dataFormat", ""),
        meta("tag:temperature", "").withGuessedUnit("°C"), meta("tag:humidity", "%RH"));
    assertThat(ChartGroup.firstIds(ruuvi)).containsExactly("tag:temperature");
  }

  @Test
  void withNoUnitAnywhereTheFirstSeriesIsShown() {
    assertThat(ChartGroup.firstIds(List.of(meta("a", ""), meta("b", ""))))
        .containsExactly("a");
    assertThat(ChartGroup.firstIds(List.of())).isEmpty();
  }

  private static SeriesMeta meta(String id, String unit) {
    return SeriesMeta.of(id, id, unit, SeriesKind.SENSOR, Double.NaN, Double.NaN);
  }
}
