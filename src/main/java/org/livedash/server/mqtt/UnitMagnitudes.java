package org.livedash.server.mqtt;

import java.util.Map;

/**
 * Whether a unit guessed from a value's name fits the value itself: a name says what is
 * measured, not in what unit, and devices differ — a pressure of 100 812 is in pascals, not
 * hectopascals; a voltage of 3 010 is a battery's millivolts. A guess the first value does not
 * fit becomes the unit its magnitude points to where one clearly does (pressure near the
 * atmosphere's in Pa, hPa or kPa; a cell's voltage in mV), else no guess at all: a number
 * without a unit is read as one, a wrong unit is not.
 */
final class UnitMagnitudes {
  /** A unit and the values a reading in it plausibly has. */
  private record Range(String unit, double low, double high) {
    boolean holds(double v) {
      return v >= low && v <= high;
    }
  }

  /**
   * For each unit a name may suggest, the ranges tried in turn; a unit not here fits any value
   * (power, energy and light span every magnitude).
   */
  private static final Map<String, Range[]> RANGES = Map.of(
      "hPa", new Range[] {new Range("hPa", 300, 1_100), new Range("Pa", 30_000, 110_000),
          new Range("kPa", 85, 110)},
      "V", new Range[] {new Range("V", -1_000, 1_000), new Range("mV", 1_000, 5_000)},
      "°C", new Range[] {new Range("°C", -90, 200)},
      "%RH", new Range[] {new Range("%RH", 0, 100)},
      "%", new Range[] {new Range("%", 0, 100)},
      "ppm", new Range[] {new Range("ppm", 0, 50_000)});

  private UnitMagnitudes() {}

  /**
   * The unit to guess for a value first seen as {@code value}, given the unit its name
   * suggests; {@code ""} when the value fits none. A value not known (NaN) keeps the guess.
   */
  static String fit(String suggested, double value) {
    Range[] ranges = RANGES.get(suggested);
    if (ranges == null || Double.isNaN(value)) {
      return suggested;
    }
    for (Range r : ranges) {
      if (r.holds(value)) {
        return r.unit();
      }
    }
    return "";
  }
}
