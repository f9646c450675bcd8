package org.livedash.feed;

/**
 * One reading of one series as it travels on the wire.
 *
 * @param seq feed-wide sequence number, one higher than the update before it
 * @param seriesId the catalogue id of the series
 * @param timeMicros source timestamp, microseconds since the Unix epoch
 * @param value the reading or price; always finite
 * @param volume traded volume for a stock tick, NaN when the series has none
 */
public record Update(long seq, String seriesId, long timeMicros, double value, double volume) {

  /** An update without volume. */
  public static Update of(long seq, String seriesId, long timeMicros, double value) {
    return new Update(seq, seriesId, timeMicros, value, Double.NaN);
  }
}
