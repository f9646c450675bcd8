package org.livedash.ui.chart;

import java.util.HashMap;
import java.util.Map;
import org.livedash.model.SeriesMeta;
import org.livedash.model.SeriesRing;

/**
 * How many decimals each series is shown with, so a value reads the same in its tile, its chart
 * and its export: the catalogue's {@code decimals} when the feed gives it, else as many as its
 * readings need — never fewer, so 21.5 is never shown as 21 or 22 because the first reading was
 * 22.0. Readings are looked at as they arrive; the decimals only grow (to at most four exact
 * ones), so once a series has shown its precision a value does not change its look as it moves.
 * At most the newest {@link #MOST_LOOKED_AT} readings are looked at a call, whatever the rate.
 * Readings with float noise (more than four decimals) are shown to about four significant
 * digits of their size. Used on the JavaFX thread.
 */
public final class SeriesDecimals {
  /** More decimals than this in the data means noise, not precision. */
  private static final int MOST_MEANINGFUL = 4;
  private static final double[] SCALES = {1, 10, 100, 1_000, 10_000};
  /** Readings looked at, at most, in one call: the newest. */
  static final int MOST_LOOKED_AT = 512;

  /** What is known of a series' readings so far. */
  private static final class Seen {
    /** The most decimals an exactly written reading needed. */
    int exact;
    /** Whether a reading had more decimals than are meaningful (float noise). */
    boolean noisy;
    /** The largest magnitude seen, for noisy readings. */
    double typical;
    /** How many readings of the ring were looked at ({@link SeriesRing#appended()}). */
    long upTo;
    /** Late readings put among older ones when last looked ({@link SeriesRing#insertions()}). */
    long insertions;
  }

  private final Map<String, Seen> seen = new HashMap<>();

  /** The decimals for a series; call with the store's read lock held. */
  public int of(SeriesMeta meta, SeriesRing ring) {
    if (meta.decimals() != SeriesMeta.DECIMALS_UNKNOWN) {
      return meta.decimals();
    }
    if (ring.isEmpty()) {
      Seen s = seen.get(meta.id());
      return s == null ? 2 : decimals(s);
    }
    Seen s = seen.computeIfAbsent(meta.id(), id -> new Seen());
    long appended = ring.appended();
    if (appended != s.upTo) {
      // The readings that arrived since: at most the ring's (a ring started again counts anew).
      int fresh = (int) Math.min(ring.size(), Math.max(0, appended - s.upTo));
      if (appended < s.upTo || ring.insertions() != s.insertions) {
        // A ring started again, or a late reading put among the older ones: all of them anew.
        fresh = ring.size();
        s.insertions = ring.insertions();
      }
      // The newest of them, at most a bounded number a call: the JavaFX thread's work stays
      // the same however fast the feed (a precision shows again and again in a fast feed).
      fresh = Math.min(fresh, MOST_LOOKED_AT);
      for (int i = ring.size() - fresh; i < ring.size(); i++) {
        look(s, ring.valueAt(i));
      }
      s.upTo = appended;
    }
    return decimals(s);
  }

  /** As {@link #of}, decided from these readings alone. */
  static int infer(double[] values) {
    Seen s = new Seen();
    for (double v : values) {
      look(s, v);
    }
    return decimals(s);
  }

  private static void look(Seen s, double v) {
    if (Double.isNaN(v)) {
      return;
    }
    s.typical = Math.max(s.typical, Math.abs(v));
    if (s.noisy) {
      // Float noise already decided the decimals: only the typical size still counts.
      return;
    }
    int d = 0;
    while (d <= MOST_MEANINGFUL && !isWhole(v * SCALES[d])) {
      d++;
    }
    if (d > MOST_MEANINGFUL) {
      s.noisy = true;
    } else {
      s.exact = Math.max(s.exact, d);
    }
  }

  /**
   * The fewest decimals that show every exactly written reading as it is; with float noise,
   * enough for about four significant digits of the typical reading.
   */
  private static int decimals(Seen s) {
    if (!s.noisy) {
      return s.exact;
    }
    double typical = s.typical;
    return typical >= 1000 ? 1 : typical >= 1 ? 2 : typical >= 0.01 ? 4 : 6;
  }

  /** Whole but for the rounding of the multiplication that scaled it (a few ulps). */
  private static boolean isWhole(double x) {
    return Math.abs(x - Math.rint(x)) <= 4 * Math.ulp(x);
  }
}
