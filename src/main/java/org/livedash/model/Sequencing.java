package org.livedash.model;

/**
 * What a mapped feed's sequence numbers promise, so the store knows what a jump means. Some
 * feeds number every update one after the other (a jump is a hole); others only number upwards,
 * skipping freely (Coinbase's ticker carries the product's order-book sequence), so a jump is
 * normal and only a repeat or a step back is caught.
 */
public enum Sequencing {
  /** One counter for the whole feed, each update the next number. */
  FEED(false, true),
  /** One counter per series, each update the next number. */
  SERIES(true, true),
  /** One counter for the whole feed that only goes up: no holes are told from it. */
  FEED_INCREASING(false, false),
  /** One counter per series that only goes up: no holes are told from it. */
  SERIES_INCREASING(true, false);

  private final boolean perSeries;
  private final boolean consecutive;

  Sequencing(boolean perSeries, boolean consecutive) {
    this.perSeries = perSeries;
    this.consecutive = consecutive;
  }

  /** Whether each series counts on its own. */
  public boolean perSeries() {
    return perSeries;
  }

  /** Whether a number skipped means an update lost. */
  public boolean consecutive() {
    return consecutive;
  }

  /** The kind for a scope and whether numbers are consecutive. */
  public static Sequencing of(boolean perSeries, boolean consecutive) {
    return perSeries ? consecutive ? SERIES : SERIES_INCREASING
        : consecutive ? FEED : FEED_INCREASING;
  }
}
