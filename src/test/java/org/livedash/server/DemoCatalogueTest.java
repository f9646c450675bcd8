package org.livedash.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.livedash.i18n.Texts;
import org.livedash.model.SeriesKind;
import org.livedash.model.SeriesMeta;

/** The demo's sensors are named as the window's bundles know them, so each can be translated. */
class DemoCatalogueTest {
  @Test
  void everySensorHasItsNameInEveryLanguage() {
    ResourceBundle english = Texts.bundle(Locale.ENGLISH);
    for (SeriesSimulator s : DemoCatalogue.create()) {
      SeriesMeta m = s.meta();
      if (m.kind() == SeriesKind.SENSOR) {
        assertThat(english.getString("demo.series." + m.id())).isEqualTo(m.name());
        assertThat(Texts.bundle(Locale.forLanguageTag("es")).containsKey("demo.series." + m.id()))
            .isTrue();
      }
    }
  }
}
