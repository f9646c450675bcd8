package org.livedash.ui.chart;

/**
 * A reading as its % change from a base: how a chart compares series of different sizes (two
 * venues' prices, a price and an index) on one scale. Measured against the base's size, so a
 * negative base still reads "up" when the value rises.
 */
final class PercentChange {
  private PercentChange() {}

  /** {@code value}'s change from {@code base} in %, NaN when either is none or the base is 0. */
  static double of(double value, double base) {
    if (Double.isNaN(value) || Double.isNaN(base) || base == 0) {
      return Double.NaN;
    }
    return (value - base) / Math.abs(base) * 100;
  }
}
