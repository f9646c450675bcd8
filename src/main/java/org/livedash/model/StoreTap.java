package org.livedash.model;

/**
 * What the store took in, told as it takes it, for a consumer that keeps its own copy (a
 * recording): every reading stored, every alert begun or ended, every hole and every stream the
 * server announced, every feed begun, then the end of each write. Called on the writing thread
 * under the store's lock: an implementation only hands the facts on, never waits.
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
   * An alert began ({@link AlarmWatch.Alarm#isOn}) or ended, as the store's {@link AlarmWatch}
   * judged it, on a reading received (or, for a silence, a check made) at {@code receivedMicros}.
   */
  default void alert(AlarmWatch.Alarm alert, long receivedMicros) { }

  /**
   * A message of a feed in its own shape, as it was received ({@code text}), before its readings
   * in the same write.
   */
  default void message(String text, long receivedMicros) { }

  /** {@code missing} updates will never come: the feed has a hole here. */
  default void hole(long missing, long receivedMicros) { }

  /** The server announced {@code stream}, holding up to {@code last}; a new one if restarted. */
  default void stream(String stream, long last, boolean restarted, long receivedMicros) { }

  /**
   * The store was bound to the feed shown with view {@code view} (a connection began); {@code
   * anew} when it is not the feed it held before, whose samples it dropped.
   */
  default void feed(String view, boolean anew, long atMicros) { }

  /** One write (one frame or message) is done. */
  default void written() { }

  /** Tells {@code first}, then {@code second}, everything. */
  static StoreTap both(StoreTap first, StoreTap second) {
    return new StoreTap() {
      @Override
      public void reading(SeriesMeta series, long seq, long timeMicros, double value,
          double volume, long receivedMicros) {
        first.reading(series, seq, timeMicros, value, volume, receivedMicros);
        second.reading(series, seq, timeMicros, value, volume, receivedMicros);
      }

      @Override
      public void alert(AlarmWatch.Alarm alert, long receivedMicros) {
        first.alert(alert, receivedMicros);
        second.alert(alert, receivedMicros);
      }

      @Override
      public void message(String text, long receivedMicros) {
        first.message(text, receivedMicros);
        second.message(text, receivedMicros);
      }

      @Override
      public void hole(long missing, long receivedMicros) {
        first.hole(missing, receivedMicros);
        second.hole(missing, receivedMicros);
      }

      @Override
      public void stream(String stream, long last, boolean restarted, long receivedMicros) {
        first.stream(stream, last, restarted, receivedMicros);
        second.stream(stream, last, restarted, receivedMicros);
      }

      @Override
      public void feed(String view, boolean anew, long atMicros) {
        first.feed(view, anew, atMicros);
        second.feed(view, anew, atMicros);
      }

      @Override
      public void written() {
        first.written();
        second.written();
      }
    };
  }
}
