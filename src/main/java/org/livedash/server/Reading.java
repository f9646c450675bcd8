package org.livedash.server;

/**
 * One reading a source hands the server, before the server numbers it: which series, when, the
 * value, and the traded volume (NaN for none).
 */
public record Reading(String seriesId, long timeMicros, double value, double volume) {
  /** A reading without volume. */
  public static Reading of(String seriesId, long timeMicros, double value) {
    return new Reading(seriesId, timeMicros, value, Double.NaN);
  }
}
