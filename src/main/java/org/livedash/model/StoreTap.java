package org.livedash.model;

/**
 * What the store took in, told as it takes it, for a consumer that keeps its own copy (a
 * recording): every reading stored, every alarm begun or ended, every hole and every stream the
 * server announced, then the end of each write. Called on the writing thread under the store's
 * lock: an implementation only hands the facts on, never waits.
 */
public interface StoreTap {
  /** Stores nothing anywhere. */
  StoreTap NONE = new StoreTap() { };

  /**
   * A reading stored in {@code series}: numbered {@code seq} (-1 for none), stamped
   * {@code timeMicros}, with its {@code volume} (NaN for none), received at
   * {@code receivedMicros} (this machine's clock, epoch µs).
   */
  default void reading(SeriesMeta series, long seq, long timeMicros, double value, double volume,
      long receivedMicros) { }

  /**
   * {@code series} entered its alarm band ({@code on}) or left it, with the reading stamped
   * {@code timeMicros} of {@code value}, as the store's {@link AlarmWatch} judged it.
   */
  default void alarm(SeriesMeta series, boolean on, long timeMicros, double value,
      long receivedMicros) { }

  /** {@code missing} updates will never come: the feed has a hole here. */
  default void hole(long missing, long receivedMicros) { }

  /** The server announced {@code stream}, holding up to {@code last}; a new one if restarted. */
  default void stream(String stream, long last, boolean restarted, long receivedMicros) { }

  /** One write (one frame or message) is done. */
  default void written() { }
}
