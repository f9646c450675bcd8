package org.livedash.feed.mapping;

import org.livedash.model.Sequencing;

/** Where a mapping puts the updates it finds, without building an object for each. */
@FunctionalInterface
public interface MappedSink {
  /**
   * One update.
   *
   * @param seq the message's sequence number, or {@link FeedMapping#NO_SEQ}
   * @param sequencing what that number promises: per feed or per series, consecutive or only
   *     increasing
   */
  void accept(String seriesId, long timeMicros, double value, long seq, Sequencing sequencing);

  /**
   * One update with a volume (a trade's size); NaN for none. Where it is not wanted, the volume
   * is passed over.
   */
  default void accept(String seriesId, long timeMicros, double value, double volume, long seq,
      Sequencing sequencing) {
    accept(seriesId, timeMicros, value, seq, sequencing);
  }

  /** The feed reported an error in its own words (a refused login, a bad subscription). */
  default void feedError(String message) {}
}
