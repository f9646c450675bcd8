package org.livedash.app;

import java.util.ArrayList;
import java.util.List;
import java.util.MissingResourceException;
import org.livedash.i18n.Texts;
import org.livedash.model.SeriesMeta;
import org.livedash.model.SeriesOverride;
import org.livedash.model.SeriesStore;

/**
 * The demo feed's sensors named in the window's language: the demo server names them in
 * English (its catalogue is data, the same for every client), and a Spanish window would
 * otherwise read "Humidity aviso ≥ 60,0 %RH". A series is renamed only when it is one of the
 * demo's, under the demo's own name in a language the window knows; a name the user gave, or
 * any other feed's, is left as it is.
 */
final class DemoNames {
  private static final String PREFIX = "demo.series.";

  private DemoNames() {}

  /** {@code meta} under its name in the language in use, when it is a demo sensor's. */
  static SeriesMeta inLanguage(SeriesMeta meta) {
    String key = PREFIX + meta.id();
    for (java.util.Locale l : Texts.LANGUAGES) {
      String name;
      try {
        name = Texts.bundle(l).getString(key);
      } catch (MissingResourceException e) {
        return meta;
      }
      if (name.equals(meta.name())) {
        return meta.withName(Texts.get(key));
      }
    }
    return meta;
  }

  /** Renames, after the language changed, the demo sensors the store holds. */
  static void relabel(SeriesStore store) {
    List<SeriesMeta> renamed = new ArrayList<>();
    store.read(r -> {
      for (int i = 0; i < r.seriesCount(); i++) {
        SeriesMeta now = inLanguage(r.meta(i));
        if (!now.name().equals(r.meta(i).name())) {
          renamed.add(now);
        }
      }
    });
    for (SeriesMeta m : renamed) {
      store.override(m.id(), new SeriesOverride(m.name(), null, null));
    }
  }
}
