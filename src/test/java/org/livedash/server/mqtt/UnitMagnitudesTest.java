package org.livedash.server.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.livedash.model.SeriesMeta;

class UnitMagnitudesTest {
  private final SourceMapping generic = SourceMapping.named("generic");

  @ParameterizedTest(name = "{0} first seen as {1}: {2}")
  @CsvSource(delimiter = '|', emptyValue = "", value = {
      // A name's unit where the value fits it.
      "ruuvi/gw/c3:pressure | 1008.12 | hPa",
      "plant/boiler:temperature | 184.5 | °C",
      "room:humidity | 45.2 | %RH",
      "plug:voltage | 231.4 | V",
      "office:co2 | 612 | ppm",
      // The magnitude says which unit of the same quantity.
      "ruuvi/gw/c3:pressure | 100812 | Pa",
      "station:pressure | 101.3 | kPa",
      "tag:voltage | 3010 | mV",
      // Fits none: no guess rather than a wrong one.
      "tyre:pressure | 32.5 | ''",
      "probe:temperature | 295.15 | ''",
      "sensor:battery | 2950 | ''",
      "weird:humidity | 180 | ''",
      // Units that span every magnitude are kept whatever the value.
      "heater:power | 5000 | W",
      "meter:energy | 0.004 | kWh"})
  void aGuessedUnitIsTheOneTheFirstValueFits(String id, double first, String unit) {
    SeriesMeta meta = generic.describe(id, null, first);
    assertThat(meta.unit()).isEqualTo(unit);
    assertThat(meta.unitGuessed()).isEqualTo(!unit.isEmpty());
  }

  @Test
  void aStatedUnitIsNeverJudgedByTheValue() {
    SeriesMeta meta = generic.describe("tag:pressure", "psi", 32.5);
    assertThat(meta.unit()).isEqualTo("psi");
    assertThat(meta.unitGuessed()).isFalse();
  }

  @Test
  void withoutAFirstValueTheNameAloneGuesses() {
    assertThat(generic.describe("tag:pressure", null, Double.NaN).unit()).isEqualTo("hPa");
  }
}
