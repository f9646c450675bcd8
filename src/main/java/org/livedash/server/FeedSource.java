package org.livedash.server;

import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import org.livedash.model.Reason;
import org.livedash.model.SeriesKind;
import org.livedash.model.SeriesMeta;

/**
 * Where a feed server's readings come from: the demo simulator, an MQTT broker, a relayed JSON
 * feed. The server numbers what the source publishes in one feed-wide sequence, keeps the
 * history and serves every client; the source only says what it read and how its series look.
 */
public interface FeedSource extends AutoCloseable {
  /** The series known before anything arrives (the demo's twelve; none for a broker). */
  List<SeriesMeta> initialSeries();

  /**
   * How a series first seen in a reading is described (its name, unit, thresholds), once, when
   * its first reading is published; null when the source cannot say.
   */
  SeriesMeta describe(String seriesId);

  /** {@link #describe}, or the series named by its id when the source cannot say. */
  default SeriesMeta described(String seriesId) {
    SeriesMeta meta = describe(seriesId);
    return meta != null && seriesId.equals(meta.id()) ? meta
        : SeriesMeta.of(seriesId, seriesId, "", SeriesKind.SENSOR, Double.NaN, Double.NaN);
  }

  /**
   * Starts reading; readings go to {@code out}, from any one thread at a time. {@code timer} is
   * the server's own, for sources that run on a schedule.
   */
  void start(ReadingSink out, ScheduledExecutorService timer) throws Exception;

  /** What feeds this server, in one line: for the start-up message and health. */
  Reason description();

  /**
   * Where the source reads from, as a person would name it ({@code mqtt://broker:1883}, a
   * venue's address without its secrets); null for a source of its own (the simulator).
   */
  default String address() {
    return null;
  }

  /** What is wrong with the source now, or null when it is delivering. */
  Reason problem();

  /**
   * Since when (epoch µs) the source has been delivering without a break: 0 for a source that
   * never breaks (the simulator), -1 while it is not delivering. A relay taking over knows
   * from it whether its source could have missed readings nobody published.
   */
  default long deliveringSinceMicros() {
    return problem() == null ? 0 : -1;
  }

  /**
   * The clock of a source that is not live (a recording played back): the moment it plays,
   * epoch µs, by which its readings' times are to be read; null for a live source, whose
   * readings happen now.
   */
  default java.util.function.LongSupplier playClock() {
    return null;
  }

  /** Whether it reads anything at all ({@link #none()} does not). */
  default boolean reads() {
    return true;
  }

  /** Stops reading; never throws. */
  @Override
  void close();

  /** No source: a relay that only serves what other relays publish to the shared history. */
  static FeedSource none() {
    return new FeedSource() {
      @Override
      public List<SeriesMeta> initialSeries() {
        return List.of();
      }

      @Override
      public SeriesMeta describe(String seriesId) {
        return null;
      }

      @Override
      public void start(ReadingSink out, ScheduledExecutorService timer) { }

      @Override
      public Reason description() {
        return Reason.of("relay.noSource");
      }

      @Override
      public Reason problem() {
        return null;
      }

      @Override
      public boolean reads() {
        return false;
      }

      @Override
      public void close() { }
    };
  }

  /** Where a source puts its readings. */
  @FunctionalInterface
  interface ReadingSink {
    /** Publishes readings as one batch, in order. */
    void publish(List<Reading> readings);

    /**
     * The source may have missed readings from {@code fromMicros} to {@code toMicros}: it lost
     * its broker or venue for that long, or dropped {@code count} readings it could not hold
     * (0 when it cannot know how many). The server issues a hole there, so every client counts
     * it and draws a break instead of joining the line across it.
     */
    default void missed(long count, long fromMicros, long toMicros) {}
  }

  /**
   * What the source has received, by shape and topic, for the window's message browser; null
   * for a source that keeps no such census (the demo).
   */
  default org.livedash.feed.mapping.MessageShapes messages() {
    return null;
  }

  /** The series the messages of {@code topic} gave so far (a broker's), for the browser. */
  default List<String> seriesOf(String topic) {
    return List.of();
  }
}
