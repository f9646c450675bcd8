package org.livedash.ui.chart;

import java.util.HashMap;
import java.util.Map;
import org.livedash.model.SeriesMeta;
import org.livedash.model.SeriesRing;

/**
 * How many decimals each series is shown with, decided once so a reading never changes its
 * look as it moves (not "700.00 ppm" and then "1370.0 ppm"): the catalogue's {@code decimals}
 * when the feed gives it, else inferred from the series' first readings. Shared by the tiles and
 * the charts, so a value reads the same everywhere. Used on the JavaFX thread.
 */
public final class SeriesDecimals {
  /** Readings looked at to infer the decimals. */
  static final int SAMPLE = 32;
  /** More decimals than this in the data means noise, not precision. */
  private static final int MOST_MEANINGFUL = 4;

  private final Map<String, Integer> decided = new HashMap<>();

  /** The decimals for a series; call with the store's read lock held. */
  public int of(SeriesMeta meta, SeriesRing ring) {
    if (meta.decimals() != SeriesMeta.DECIMALS_UNKNOWN) {
      return meta.decimals();
    }
    Integer d = decided.get(meta.id());
    if (d != null) {
      return d;
    }
    if (ring.isEmpty()) {
      return 2;
    }
    int n = Math.min(SAMPLE, ring.size());
    double[] values = new double[n];
    for (int i = 0; i < n; i++) {
      values[i] = ring.valueAt(i);
    }
    int inferred = infer(values);
    decided.put(meta.id(), inferred);
    return inferred;
  }

  /**
   * The fewest decimals that show every one of these readings exactly, when that is at most
   * four; otherwise (readings with float noise) enough for about four significant digits of the
   * typical reading.
   */
  static int infer(double[] values) {
    int most = 0;
    double typical = 0;
    for (double v : values) {
      if (Double.isNaN(v)) {
        continue;
      }
      typical = Math.max(typical, Math.abs(v));
      int d = 0;
      while (d <= MOST_MEANINGFUL && !isWhole(v * Math.pow(10, d))) {
        d++;
      }
      most = Math.max(most, d);
    }
    if (most <= MOST_MEANINGFUL) {
      return most;
    }
    if (typical >= 1000) {
      return 1;
    }
    return typical >= 1 ? 2 : typical >= 0.01 ? 4 : 6;
  }

  /** Whole but for the rounding of the multiplication that scaled it (a few ulps). */
  private static boolean isWhole(double x) {
    return Math.abs(x - Math.rint(x)) <= 4 * Math.ulp(x);
  }
}
