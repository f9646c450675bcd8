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
  void aFastFeedIsLookedAtByItsNewestReadingsSoTheWorkOfACallIsBounded() {
    SeriesMeta price = SeriesMeta.of("p", "Price", "USD", SeriesKind.STOCK, 0, 100);
    SeriesRing ring = new SeriesRing(100_000, false);
    // Between two looks, 100 000 readings: the oldest with three decimals, the rest with one.
    ring.append(1, 20.125, Double.NaN, false);
    for (int i = 2; i <= 100_000; i++) {
      ring.append(i, 20.5, Double.NaN, false);
    }
    SeriesDecimals book = new SeriesDecimals();
    assertThat(book.of(price, ring)).as("the newest %d only", SeriesDecimals.MOST_LOOKED_AT)
        .isEqualTo(1);
    ring.append(100_001, 20.125, Double.NaN, false);
    assertThat(book.of(price, ring)).as("a new reading is always looked at").isEqualTo(3);
  }

  @Test
  void aReadingIsNeverShownWithFewerDecimalsThanItNeeds() {
    SeriesMeta temperature = SeriesMeta.of("t", "Temperature", "°C", SeriesKind.SENSOR, 0, 40);
    SeriesRing ring = new SeriesRing(100, false);
    ring.append(1, 22.0, Double.NaN, false);
    SeriesDecimals book = new SeriesDecimals();
    assertThat(book.of(temperature, ring)).isZero();
    ring.append(2, 21.5, Double.NaN, false);
    ring.append(3, 21.0, Double.NaN, false);
    // 21.5 came between two looks: it still counts.
    assertThat(book.of(temperature, ring)).isEqualTo(1);
    assertThat(Formats.value(21.5, book.of(temperature, ring))).isEqualTo("21.5");
    ring.append(4, 22.0, Double.NaN, false);
    assertThat(book.of(temperature, ring)).as("never fewer again").isEqualTo(1);
    assertThat(Formats.value(22.0, book.of(temperature, ring))).isEqualTo("22.0");
    // The catalogue's word wins.
    assertThat(book.of(temperature.withDecimals(2), ring)).isEqualTo(2);
  }

  @Test
  void readingsThatArrivedBetweenTwoLooksAreLookedAtInARingThatWrapped() {
    SeriesMeta co2 = SeriesMeta.of("co2", "CO₂", "ppm", SeriesKind.SENSOR, 0, 2000);
    SeriesRing ring = new SeriesRing(8, false);
    SeriesDecimals book = new SeriesDecimals();
    ring.append(1, 700, Double.NaN, false);
    assertThat(book.of(co2, ring)).isZero();
    for (int t = 2; t < 40; t++) {
      ring.append(t, t == 35 ? 701.25 : 700 + t, Double.NaN, false);
    }
    assertThat(book.of(co2, ring)).isEqualTo(2);
  }
}
