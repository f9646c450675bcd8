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
  long late;
  long quarantined;
  Reason lastRejection;
  String lastQuarantinedSeries;
  long lastAheadSeconds;
  boolean resumed;
  boolean restarted;
  boolean unnamedStream;

  void reject(Reason reason) {
    rejected++;
    lastRejection = reason;
  }

  /** Refuses a reading whose time goes back in its series further than it can be placed. */
  void tooLate(long seq, String seriesId, Reason how) {
    reject(Reason.of(seq < 0 ? "reject.timeBack" : "reject.timeBackSeq", seriesId, how,
        Long.toString(seq)));
  }

  void quarantine(String seriesId, long aheadSeconds) {
    quarantined++;
    lastQuarantinedSeries = seriesId;
    lastAheadSeconds = aheadSeconds;
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

  /** Series a mapped feed began numbering afresh (drawn after a break). */
  public long renumbered() {
    return renumbered;
  }

  /**
   * Updates the store refused (a number too far ahead, a time further back than the reorder
   * window).
   */
  public long rejected() {
    return rejected;
  }

  /** Readings that came a little late and were put in their place by time (and kept). */
  public long late() {
    return late;
  }

  /**
   * Readings stamped too far ahead of this machine's clock: set aside and counted, so one bad
   * clock cannot make a series refuse every reading after it.
   */
  public long quarantined() {
    return quarantined;
  }

  /** The series of the last reading set aside, null when none was. */
  public String lastQuarantinedSeries() {
    return lastQuarantinedSeries;
  }

  /** How far ahead of this clock the last reading set aside was stamped, in seconds. */
  public long lastAheadSeconds() {
    return lastAheadSeconds;
  }

  /** Why the last refused update was refused, null when none was. */
  public Reason lastRejection() {
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
