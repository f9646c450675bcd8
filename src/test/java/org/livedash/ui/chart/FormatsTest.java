package org.livedash.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormatsTest {
  @Test
  void durationsReadAsAPersonSaysThem() {
    assertThat(Formats.duration(44.6)).isEqualTo("45 s");
    assertThat(Formats.duration(612)).isEqualTo("10 min 12 s");
    assertThat(Formats.duration(7380)).isEqualTo("2 h 03 min");
    assertThat(Formats.duration(3 * 86_400 + 4 * 3600)).isEqualTo("3 d 04 h");
  }

  @Test
  void ratiosAreRoundedToWhatTheMeasurementSupports() {
    assertThat(Formats.ratio(1.37)).isEqualTo("1.4×");
    assertThat(Formats.ratio(37.4)).isEqualTo("37×");
    assertThat(Formats.ratio(1987)).isEqualTo("about 2,000×");
    assertThat(Formats.ratio(123_456)).isEqualTo("about 120,000×");
  }

  @Test
  void countsHaveThousandsSeparators() {
    assertThat(Formats.count(1_234_567)).isEqualTo("1,234,567");
    assertThat(Formats.count(12)).isEqualTo("12");
  }
}
