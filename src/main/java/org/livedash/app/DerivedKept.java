package org.livedash.app;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.livedash.derive.DerivedSeries;
import org.livedash.model.InvalidInputException;
import org.livedash.model.SeriesKind;
import org.livedash.settings.Settings;

/**
 * Derived series as the settings file keeps them, and back: what a window defined comes back
 * on its next start. One kept wrong (edited by hand) is said in the log and left out.
 */
final class DerivedKept {
  private static final Logger LOG = Logger.getLogger(DerivedKept.class.getName());

  private DerivedKept() {}

  static List<DerivedSeries> of(List<Settings.Derived> kept) {
    List<DerivedSeries> series = new ArrayList<>();
    for (Settings.Derived d : kept) {
      try {
        SeriesKind kind = "price".equalsIgnoreCase(d.kind()) ? SeriesKind.STOCK
            : SeriesKind.SENSOR;
        series.add(new DerivedSeries(d.name(), d.formula(), d.unit(), kind,
            d.toleranceSeconds() == null ? DerivedSeries.DEFAULT_TOLERANCE_SECONDS
                : d.toleranceSeconds()));
      } catch (InvalidInputException e) {
        LOG.warning(e.reason().english());
      }
    }
    return series;
  }

  static List<Settings.Derived> kept(List<DerivedSeries> series) {
    return series.stream().map(d -> new Settings.Derived(d.name(), d.formula(), d.unit(),
        d.kind() == SeriesKind.STOCK ? "price" : "sensor", d.toleranceSeconds())).toList();
  }
}
