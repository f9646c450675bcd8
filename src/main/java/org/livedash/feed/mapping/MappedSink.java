package org.livedash.feed.mapping;

/** Where a mapping puts the updates it finds, without building an object for each. */
@FunctionalInterface
public interface MappedSink {
  /**
   * One update.
   *
   * @param seq the message's sequence number, or {@link FeedMapping#NO_SEQ}
   * @param seqPerSeries whether {@code seq} counts for this series alone, not the whole feed
   */
  void accept(String seriesId, long timeMicros, double value, long seq, boolean seqPerSeries);
}
