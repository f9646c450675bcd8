package org.livedash.model;

/**
 * What one frame did to the store: how many updates were kept, repeated, missed, unknown or
 * refused, and whether the feed restarted.
 */
public final class IngestTally {
  long accepted;
  long duplicates;
  long missing;
  long unknownSeries;
  long discovered;
  long rejected;
  long renumbered;
  String lastRejection;
  boolean resumed;
  boolean restarted;
  boolean unnamedStream;

  void reject(String reason) {
    rejected++;
    lastRejection = reason;
  }

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

  /** Series a mapped feed brought that were not known before this frame. */
  public long discovered() {
    return discovered;
  }

  /** Updates the store refused (a number too far ahead, a time that goes back). */
  /** Series a mapped feed began numbering afresh (drawn after a break). */
  public long renumbered() {
    return renumbered;
  }

  public long rejected() {
    return rejected;
  }

  /** Why the last refused update was refused, null when none was. */
  public String lastRejection() {
    return lastRejection;
  }

  /** Whether the server began a new stream with this frame. */
  public boolean restarted() {
    return restarted;
  }

  /**
   * Whether the server was found, with this frame, to name no stream (protocol 1.0): told once
   * per endpoint.
   */
  public boolean unnamedStream() {
    return unnamedStream;
  }

  boolean changed() {
    return accepted > 0 || missing > 0 || resumed || discovered > 0;
  }
}
