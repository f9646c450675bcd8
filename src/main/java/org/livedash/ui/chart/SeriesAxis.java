package org.livedash.ui.chart;

import java.util.Locale;

/**
 * Where a series is drawn on its chart: in the lane of its unit against the left axis (the
 * default), against a right axis over the top lane (two units read in one place), in a lane of
 * its own, or as its % change from the window's left edge on the "%" lane.
 */
public enum SeriesAxis {
  UNIT, RIGHT, OWN, PERCENT;

  /** How a layout writes it: {@code unit}, {@code right}, {@code own}, {@code percent}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The axes a layout names by series id: those not known are left with their unit. */
  public static java.util.Map<String, SeriesAxis> ofKeys(java.util.Map<String, String> keys) {
    java.util.Map<String, SeriesAxis> out = new java.util.HashMap<>();
    keys.forEach((id, key) -> {
      if (of(key) != UNIT) {
        out.put(id, of(key));
      }
    });
    return out;
  }

  /** The axis a layout names, or {@link #UNIT} for a name not known. */
  public static SeriesAxis of(String key) {
    for (SeriesAxis a : values()) {
      if (a.key().equals(key)) {
        return a;
      }
    }
    return UNIT;
  }
}
