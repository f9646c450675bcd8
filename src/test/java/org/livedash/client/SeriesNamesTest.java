package org.livedash.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.livedash.feed.CatalogueCodec;
import org.livedash.i18n.Texts;
import org.livedash.model.SeriesKind;
import org.livedash.model.SeriesMeta;
import org.livedash.model.SeriesOverride;
import org.livedash.model.SeriesStore;

/**
 * A Spanish window names series whose feed gave Spanish names in Spanish ("Humedad aviso ≥ 60,0
 * %RH", never "Humidity aviso"), and renames them when the language changes; series named in one
 * language and the user's own names are left alone.
 */
class SeriesNamesTest {
  /** As a catalogue carries it (protocol 1.4), read by the client's codec. */
  private static final SeriesMeta HUMIDITY = new CatalogueCodec().decode("{\"series\":[{\"id\":"
      + "\"humidity\",\"name\":\"Humidity\",\"unit\":\"%RH\",\"warnHigh\":60,"
      + "\"names\":{\"en\":\"Humidity\",\"es\":\"Humedad\",\"x\":\"bad tag\",\"de\":7}}]}")
      .get(0);

  @AfterEach
  void english() {
    Texts.use(Locale.ENGLISH);
  }

  @Test
  void aSeriesIsNamedInTheWindowsLanguageWhenItsFeedGaveThatName() {
    assertThat(HUMIDITY.names()).as("only language tags with texts")
        .isEqualTo(Map.of("en", "Humidity", "es", "Humedad"));
    Texts.use(Locale.forLanguageTag("es"));
    SeriesMeta shown = SeriesNames.inLanguage(HUMIDITY);
    assertThat(shown.name()).isEqualTo("Humedad");
    assertThat(shown.warnHigh()).isEqualTo(60);
    assertThat(shown.unit()).isEqualTo("%RH");
    // One the user named keeps that name; one named in one language stays as it is.
    SeriesMeta user = new SeriesOverride("Hall humidity", null, null).apply(HUMIDITY);
    assertThat(SeriesNames.inLanguage(user).name()).isEqualTo("Hall humidity");
    SeriesMeta other = SeriesMeta.of("plant:humidity", "Humidity", "%", SeriesKind.SENSOR, 0, 1);
    assertThat(SeriesNames.inLanguage(other)).isEqualTo(other);
    // A language the feed did not name it in: the feed's own name.
    Texts.use(Locale.ENGLISH);
    assertThat(new CatalogueCodec().decode("{\"series\":[{\"id\":\"t\",\"name\":\"Temp\","
        + "\"names\":{\"es\":\"Temperatura\"}}]}").get(0).inLanguage("fr").name())
        .isEqualTo("Temp");
  }

  @Test
  void switchingTheLanguageRenamesWhatTheStoreHolds() {
    SeriesStore store = new SeriesStore(16);
    store.setCatalogue(List.of(SeriesNames.inLanguage(HUMIDITY)));
    Texts.use(Locale.forLanguageTag("es"));
    SeriesNames.relabel(store);
    store.read(r -> assertThat(r.meta(r.indexOf("humidity")).name()).isEqualTo("Humedad"));
    Texts.use(Locale.ENGLISH);
    SeriesNames.relabel(store);
    store.read(r -> assertThat(r.meta(r.indexOf("humidity")).name()).isEqualTo("Humidity"));
  }

  @Test
  void theDemoGivesItsSensorsNamesInEveryLanguageTheWindowSpeaks() throws Exception {
    try (org.livedash.server.FeedServer server = new org.livedash.server.FeedServer(
        org.livedash.server.DemoFeedConfig.defaults()).start()) {
      String catalogue = java.net.http.HttpClient.newHttpClient().send(
          java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:"
              + server.port() + "/api/series")).build(),
          java.net.http.HttpResponse.BodyHandlers.ofString()).body();
      assertThat(catalogue).contains("\"names\":{\"en\":\"Vibration\",\"es\":\"Vibración\"}");
    }
  }
}
