package org.livedash.ui.chart;

/**
 * Axis ticks at "nice" numbers (1, 2, 2.5 or 5 times a power of ten) covering a value range,
 * as Heckbert's "Nice numbers for graph labels" (Graphics Gems, 1990) describes.
 *
 * @param min the axis minimum, a multiple of {@code step}
 * @param max the axis maximum, a multiple of {@code step}
 * @param step the distance between ticks
 */
public record NiceScale(double min, double max, double step) {

  /** A scale with about {@code targetTicks} ticks that covers {@code [lo, hi]}. */
  public static NiceScale of(double lo, double hi, int targetTicks) {
    if (!Double.isFinite(lo) || !Double.isFinite(hi)) {
      return new NiceScale(0, 1, 0.2);
    }
    if (hi - lo < 1e-12) {
      double pad = Math.abs(lo) > 1e-9 ? Math.abs(lo) * 0.01 : 1;
      lo -= pad;
      hi += pad;
    }
    double step = niceStep((hi - lo) / Math.max(1, targetTicks - 1));
    return new NiceScale(Math.floor(lo / step) * step, Math.ceil(hi / step) * step, step);
  }

  static double niceStep(double raw) {
    double exponent = Math.floor(Math.log10(raw));
    double fraction = raw / Math.pow(10, exponent);
    double nice;
    if (fraction <= 1) {
      nice = 1;
    } else if (fraction <= 2) {
      nice = 2;
    } else if (fraction <= 2.5) {
      nice = 2.5;
    } else if (fraction <= 5) {
      nice = 5;
    } else {
      nice = 10;
    }
    return nice * Math.pow(10, exponent);
  }

  /** Decimal places that show every tick distinctly. */
  public int decimals() {
    return Math.max(0, (int) Math.ceil(-Math.log10(step) - 1e-9) + (isHalfStep() ? 1 : 0));
  }

  private boolean isHalfStep() {
    double fraction = step / Math.pow(10, Math.floor(Math.log10(step)));
    return Math.abs(fraction - 2.5) < 1e-9;
  }
}
