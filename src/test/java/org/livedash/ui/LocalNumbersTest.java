package org.livedash.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.livedash.i18n.Texts;
import org.livedash.ui.chart.Formats;
import org.livedash.ui.chart.TimeTicks;

/**
 * Numbers and dates read as the user's language writes them — 1.013,8 hPa in Spanish, 3 dic —
 * and a level typed either way is read as meant.
 */
class LocalNumbersTest {
  private static final Locale ES = Locale.forLanguageTag("es");

  @AfterEach
  void english() {
    Texts.use(Locale.ENGLISH);
  }

  @Test
  void readingsInSpanishUseItsSeparators() {
    Texts.use(ES);
    assertThat(Formats.value(1013.8, 1)).isEqualTo("1.013,8");
    assertThat(Formats.value(1603, 0)).isEqualTo("1.603");
    Texts.use(Locale.ENGLISH);
    assertThat(Formats.value(1013.8, 1)).isEqualTo("1,013.8");
  }

  @Test
  void aChartAcrossMidnightNamesItsDaysInTheLanguage() {
    Texts.use(ES);
    long midnight = java.time.LocalDate.of(2026, 12, 3).atStartOfDay(ZoneOffset.UTC).toInstant()
        .toEpochMilli() * 1_000;
    String first = TimeTicks.ticks(midnight - 3_600_000_000L, midnight + 3_600_000_000L,
        1_800_000_000L, ZoneOffset.UTC).get(0).label();
    assertThat(first).contains("dic");
  }

  @Test
  void aLevelTypedWithEitherSeparatorIsReadAsMeant() {
    assertThat(SeriesSettingsDialog.plain("1.013,8", ES)).isEqualTo("1013.8");
    assertThat(SeriesSettingsDialog.plain("1,013.8", Locale.ENGLISH)).isEqualTo("1013.8");
    assertThat(SeriesSettingsDialog.plain("60,5", ES)).isEqualTo("60.5");
    assertThat(SeriesSettingsDialog.plain("60.5", ES)).isEqualTo("60.5");
    assertThat(SeriesSettingsDialog.plain("1.013", ES)).as("thousands in Spanish")
        .isEqualTo("1013");
    assertThat(SeriesSettingsDialog.plain("1.013", Locale.ENGLISH)).isEqualTo("1.013");
    assertThat(SeriesSettingsDialog.plain("1.000.000", ES)).isEqualTo("1000000");
    assertThat(SeriesSettingsDialog.plain("-5", ES)).isEqualTo("-5");
  }
}
