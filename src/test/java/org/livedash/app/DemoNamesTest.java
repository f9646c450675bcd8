package org.livedash.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.livedash.i18n.Texts;
import org.livedash.model.SeriesKind;
import org.livedash.model.SeriesMeta;
import org.livedash.model.SeriesStore;

/**
 * A Spanish window names the demo's sensors in Spanish ("Humedad aviso ≥ 60,0 %RH", never
 * "Humidity aviso"), and renames them when the language changes; other feeds' names and the
 * user's own are left alone.
 */
class DemoNamesTest {
  private static final SeriesMeta HUMIDITY = new SeriesMeta("humidity", "Humidity", "%RH",
      SeriesKind.SENSOR, 20, 80, 30, 60, 25, 70, 1);

  @AfterEach
  void english() {
    Texts.use(Locale.ENGLISH);
  }

  @Test
  void theDemosSensorsAreNamedInTheWindowsLanguageAndNothingElseIs() {
    Texts.use(Locale.forLanguageTag("es"));
    SeriesMeta shown = DemoNames.inLanguage(HUMIDITY);
    assertThat(shown.name()).isEqualTo("Humedad");
    assertThat(shown.warnHigh()).isEqualTo(60);
    assertThat(shown.unit()).isEqualTo("%RH");
    // Another feed's series of the same id, or one the user named: as it is.
    assertThat(DemoNames.inLanguage(HUMIDITY.withName("Hall humidity")).name())
        .isEqualTo("Hall humidity");
    SeriesMeta other = SeriesMeta.of("plant:humidity", "Humidity", "%", SeriesKind.SENSOR, 0, 1);
    assertThat(DemoNames.inLanguage(other)).isEqualTo(other);
  }

  @Test
  void switchingTheLanguageRenamesWhatTheStoreHolds() {
    SeriesStore store = new SeriesStore(16);
    store.setCatalogue(List.of(DemoNames.inLanguage(HUMIDITY)));
    Texts.use(Locale.forLanguageTag("es"));
    DemoNames.relabel(store);
    store.read(r -> assertThat(r.meta(r.indexOf("humidity")).name()).isEqualTo("Humedad"));
    Texts.use(Locale.ENGLISH);
    DemoNames.relabel(store);
    store.read(r -> assertThat(r.meta(r.indexOf("humidity")).name()).isEqualTo("Humidity"));
  }
}
