package org.livedash.client;

import java.util.ArrayList;
import java.util.List;
import org.livedash.i18n.Texts;
import org.livedash.model.SeriesMeta;
import org.livedash.model.SeriesStore;

/**
 * Series named in the window's language, where their feed gave names in several (protocol 1.4,
 * {@code names}; the embedded demo does): a Spanish window reads "Humedad aviso ≥ 60,0 %RH",
 * never "Humidity aviso". A name the user gave, or a series named in one language only, is left
 * as it is.
 */
public final class SeriesNames {
  private SeriesNames() {}

  /** {@code meta} under its name in the language in use, when its feed gave one. */
  static SeriesMeta inLanguage(SeriesMeta meta) {
    return meta.inLanguage(Texts.locale().getLanguage());
  }

  /** Renames, after the language changed, the series the store holds. */
  public static void relabel(SeriesStore store) {
    List<String> named = new ArrayList<>();
    store.read(r -> {
      for (int i = 0; i < r.seriesCount(); i++) {
        if (!r.meta(i).names().isEmpty()) {
          named.add(r.meta(i).id());
        }
      }
    });
    for (String id : named) {
      store.redescribe(id, SeriesNames::inLanguage);
    }
  }
}
