package org.livedash.ui.chart;

import java.util.Locale;

/** Number formatting shared by the chart, tiles and stats, so a value reads the same everywhere. */
public final class Formats {
  private Formats() {}

  /** A reading with precision that suits its size: 1013.2, 22.51, 0.482. */
  public static String value(double v) {
    if (Double.isNaN(v)) {
      return "–";
    }
    double a = Math.abs(v);
    String f = a >= 1000 ? "%.1f" : a >= 100 ? "%.2f" : a >= 1 ? "%.2f" : "%.3f";
    return String.format(Locale.ROOT, f, v);
  }

  /** A latency in milliseconds: 0.42 ms, 12.3 ms, 512 ms, 1.52 s. */
  public static String millis(double ms) {
    if (Double.isNaN(ms)) {
      return "–";
    }
    if (ms >= 1000) {
      return String.format(Locale.ROOT, "%.2f s", ms / 1000);
    }
    String f = ms >= 100 ? "%.0f ms" : ms >= 10 ? "%.1f ms" : "%.2f ms";
    return String.format(Locale.ROOT, f, ms);
  }

  /** A byte count or rate: 812 B, 14.2 kB, 3.1 MB (decimal units). */
  public static String bytes(double b) {
    if (Double.isNaN(b)) {
      return "–";
    }
    if (b >= 1e6) {
      return String.format(Locale.ROOT, "%.1f MB", b / 1e6);
    }
    if (b >= 1e3) {
      return String.format(Locale.ROOT, "%.1f kB", b / 1e3);
    }
    return String.format(Locale.ROOT, "%.0f B", b);
  }

  /** A candle interval: 1 s, 5 s, 1 min. */
  public static String interval(long micros) {
    long s = micros / 1_000_000L;
    return s >= 60 && s % 60 == 0 ? (s / 60) + " min" : s + " s";
  }

  /** A rate or count with one decimal below 100. */
  public static String rate(double r) {
    if (Double.isNaN(r)) {
      return "–";
    }
    return String.format(Locale.ROOT, r >= 100 ? "%.0f" : "%.1f", r);
  }
}
