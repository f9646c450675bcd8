package org.livedash.server;

/**
 * One reading a source hands the server, before the server numbers it: which series, when, the
 * value, the traded volume (NaN for none), and its origin — the source's own identity of the
 * reading, the same on every relay that reads the same source (a digest of the MQTT message or
 * venue message it came from, and its place in it), so a relay that takes over publishing can
 * tell which readings the one before it already published.
 */
public record Reading(String seriesId, long timeMicros, double value, double volume,
    long origin) {
  /** A reading without volume, its origin drawn from what it says (series, time, value). */
  public static Reading of(String seriesId, long timeMicros, double value) {
    return new Reading(seriesId, timeMicros, value, Double.NaN,
        Origins.of(seriesId, timeMicros, value));
  }

  /** A reading with volume, its origin drawn from what it says. */
  public static Reading of(String seriesId, long timeMicros, double value, double volume) {
    return new Reading(seriesId, timeMicros, value, volume,
        Origins.of(seriesId, timeMicros, value));
  }

  /**
   * The {@code index}-th reading of a message whose digest is {@code message} ({@link
   * Origins#digest}): two relays receiving the same message give its readings the same origins,
   * whatever time each stamped on arrival.
   */
  public static Reading fromMessage(long message, int index, String seriesId, long timeMicros,
      double value) {
    return new Reading(seriesId, timeMicros, value, Double.NaN,
        Origins.mix(Origins.mix(message, seriesId.hashCode()), index));
  }
}
