package org.livedash.model;

/** What a series measures, so the UI can present sensors and instruments differently. */
public enum SeriesKind {
  /** A physical measurement with a unit and alarm thresholds. */
  SENSOR,
  /** A traded instrument: a price, with a traded volume per tick. */
  STOCK
}
