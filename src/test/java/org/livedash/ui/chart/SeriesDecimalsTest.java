package org.livedash.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.livedash.model.SeriesKind;
import org.livedash.model.SeriesMeta;
import org.livedash.model.SeriesRing;

class SeriesDecimalsTest {
  @Test
  void inferredFromTheReadingsExactDecimals() {
    assertThat(SeriesDecimals.infer(new double[] {700, 712, 698})).isZero();
    assertThat(SeriesDecimals.infer(new double[] {1013.2, 1013.25, 1012.9})).isEqualTo(2);
    assertThat(SeriesDecimals.infer(new double[] {0.1, 0.2, 0.3})).isEqualTo(1);
  }

  @Test
  void floatNoiseFallsBackToFourSignificantDigits() {
    assertThat(SeriesDecimals.infer(new double[] {22.381726123, 22.4})).isEqualTo(2);
    assertThat(SeriesDecimals.infer(new double[] {1013.28172635})).isEqualTo(1);
    assertThat(SeriesDecimals.infer(new double[] {0.0123456789})).isEqualTo(4);
    // Large prices with many decimals are noise too, not "whole" within a loose tolerance.
    assertThat(SeriesDecimals.infer(new double[] {67013.42700123})).isEqualTo(1);
  }

  @Test
  void decidedOnceSoAReadingNeverChangesItsLook() {
    SeriesMeta co2 = SeriesMeta.of("co2", "CO₂", "ppm", SeriesKind.SENSOR, 0, 2000);
    SeriesRing ring = new SeriesRing(100, false);
    ring.append(1, 700, Double.NaN, false);
    SeriesDecimals book = new SeriesDecimals();
    assertThat(book.of(co2, ring)).isZero();
    ring.append(2, 1370.5, Double.NaN, false);
    assertThat(book.of(co2, ring)).as("still as first decided").isZero();
    assertThat(Formats.value(1370.5, book.of(co2, ring))).isEqualTo("1,371");
    // The catalogue's word wins.
    assertThat(book.of(co2.withDecimals(1), ring)).isEqualTo(1);
  }
}
