package org.livedash.model;

/** What one frame did to the store: how many updates were kept, repeated, missed or unknown. */
public final class IngestTally {
  long accepted;
  long duplicates;
  long missing;
  long unknownSeries;
  boolean resumed;

  public long accepted() {
    return accepted;
  }

  public long duplicates() {
    return duplicates;
  }

  /** Sequence numbers skipped over: updates that will never be shown. */
  public long missing() {
    return missing;
  }

  /** Updates for series the catalogue does not list. */
  public long unknownSeries() {
    return unknownSeries;
  }

  boolean changed() {
    return accepted > 0 || missing > 0 || resumed;
  }
}
