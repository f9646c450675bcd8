package org.livedash.ui.chart;

import org.livedash.i18n.Texts;

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
    return String.format(Texts.locale(), f, v);
  }

  /** A reading with a series' own decimals and thousands separators: 1,013.2, 22.51. */
  public static String value(double v, int decimals) {
    if (Double.isNaN(v)) {
      return "–";
    }
    return String.format(Texts.locale(), "%,." + Math.max(0, decimals) + "f", v);
  }

  /** A latency in milliseconds: 0.42 ms, 12.3 ms, 512 ms, 1.52 s. */
  public static String millis(double ms) {
    if (Double.isNaN(ms)) {
      return "–";
    }
    if (ms >= 1000) {
      return String.format(Texts.locale(), "%.2f s", ms / 1000);
    }
    String f = ms >= 100 ? "%.0f ms" : ms >= 10 ? "%.1f ms" : "%.2f ms";
    return String.format(Texts.locale(), f, ms);
  }

  /** A byte count or rate: 812 B, 14.2 kB, 3.1 MB (decimal units). */
  public static String bytes(double b) {
    if (Double.isNaN(b)) {
      return "–";
    }
    if (b >= 1e6) {
      return String.format(Texts.locale(), "%.1f MB", b / 1e6);
    }
    if (b >= 1e3) {
      return String.format(Texts.locale(), "%.1f kB", b / 1e3);
    }
    return String.format(Texts.locale(), "%.0f B", b);
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
    return String.format(Texts.locale(), r >= 100 ? "%.0f" : "%.1f", r);
  }

  /** A count with thousands separators: 1,234,567. */
  public static String count(long n) {
    return String.format(Texts.locale(), "%,d", n);
  }

  /** A duration a person reads at a glance: 45 s, 10 min 12 s, 2 h 03 min, 3 d 04 h. */
  public static String duration(double seconds) {
    if (Double.isNaN(seconds)) {
      return "–";
    }
    long s = Math.round(seconds);
    if (s < 60) {
      return s + " s";
    }
    if (s < 3600) {
      return String.format(Texts.locale(), "%d min %02d s", s / 60, s % 60);
    }
    if (s < 86_400) {
      return String.format(Texts.locale(), "%d h %02d min", s / 3600, s % 3600 / 60);
    }
    return String.format(Texts.locale(), "%,d d %02d h", s / 86_400, s % 86_400 / 3600);
  }

  /**
   * How many times more, rounded as a person would say it: 1.4×, 37×, about 2,000× (two
   * significant digits from 100 on: the measurement is not more exact than that).
   */
  public static String ratio(double r) {
    if (Double.isNaN(r) || Double.isInfinite(r)) {
      return "–";
    }
    if (r < 10) {
      return String.format(Texts.locale(), "%.1f×", r);
    }
    if (r < 100) {
      return String.format(Texts.locale(), "%.0f×", r);
    }
    double magnitude = Math.pow(10, Math.floor(Math.log10(r)) - 1);
    return Texts.get("format.about", Math.round(r / magnitude) * magnitude);
  }

  /** A share as a percentage with one decimal: 4.9 %, 0.3 %. */
  public static String percent(double share) {
    if (Double.isNaN(share)) {
      return "–";
    }
    return String.format(Texts.locale(), "%.1f %%", share * 100);
  }
}
