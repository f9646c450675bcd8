package org.livedash.relay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.logging.Logger;
import org.livedash.model.InvalidInputException;
import org.livedash.model.Reason;
import org.livedash.model.SeriesKind;
import org.livedash.model.SeriesMeta;
import org.livedash.record.FeedRecorder;
import org.livedash.record.JsonNumbers;
import org.livedash.record.McapReader;
import org.livedash.server.FeedSource;
import org.livedash.server.Reading;

/**
 * A recording played back as a feed: its readings handed to the server at the pace they were
 * recorded (or 10 or 100 times faster, or as fast as they can be read), each with its recorded
 * time (another tool's JSON channels too: each number of a message a series, {@code
 * topic:path}). Its {@link #playClock} is the moment it plays — the recording's first reading's
 * time plus what has elapsed since, times the speed — so whoever shows it reads the times as
 * the recording's, not as this machine's now. A hole the recording holds is issued again.
 */
public final class ReplaySource implements FeedSource {
  private static final Logger LOG = Logger.getLogger(ReplaySource.class.getName());
  private static final ObjectMapper JSON = new ObjectMapper();
  /** How often the playback looks what is due. */
  private static final long TICK_MILLIS = 10;
  /** The most readings handed over in one tick at full speed. */
  private static final int MOST_A_TICK = 20_000;

  private final Path file;
  private final LongSupplier nanoClock;
  private final Map<String, SeriesMeta> series = new ConcurrentHashMap<>();
  private final McapReader.Span span;
  private McapReader reader;
  private volatile McapReader.Message pending;
  private ReadingSink out;
  private ScheduledFuture<?> ticking;
  // The play clock, guarded by this: set on the timer's thread, paused and sped from others.
  private double speed;
  /** The recording's time the playback started from, and when (nanoClock); -1 before. */
  private long startMicros = -1;
  private long startNanos;
  private boolean paused;
  private long pausedMicros;
  /** The time of the last reading handed over, epoch µs (what "now" is at full speed). */
  private volatile long lastMicros;
  private volatile Reason problem;

  /**
   * Plays {@code file} at {@code speed} (1, 10, 100, or infinite for as fast as it can be read).
   *
   * @throws InvalidInputException when the file cannot be read as a recording
   */
  public ReplaySource(Path file, double speed, LongSupplier nanoClock) {
    this(file, speed, Long.MIN_VALUE, nanoClock);
  }

  /**
   * Plays {@code file} from its first reading at or after {@code fromMicros} (what comes before
   * is read past, not played).
   *
   * @throws InvalidInputException when the file cannot be read as a recording
   */
  public ReplaySource(Path file, double speed, long fromMicros, LongSupplier nanoClock) {
    this.file = file;
    this.speed = speed;
    this.nanoClock = nanoClock;
    if (!Files.isRegularFile(file)) {
      throw new InvalidInputException(Reason.of("replay.noFile", file));
    }
    try {
      span = McapReader.span(file);
      // From a moment: its chunk found by the file's chunk table, what is before it not read.
      reader = fromMicros == Long.MIN_VALUE
          ? new McapReader(new BufferedInputStream(Files.newInputStream(file), 1 << 16))
          : McapReader.from(file, fromMicros);
      pending = nextReading();
      while (pending != null && pending.timeMicros() < fromMicros) {
        lastMicros = pending.timeMicros();
        pending = nextReading();
      }
    } catch (IOException | RuntimeException e) {
      throw new InvalidInputException(Reason.of("replay.unreadable", file, Reason.why(e)), e);
    }
  }

  /** The file it plays. */
  public Path file() {
    return file;
  }

  /** When the recording begins and ends, epoch µs. */
  public McapReader.Span span() {
    return span;
  }

  /** Whether all of it has been played. */
  public boolean ended() {
    return pending == null;
  }

  /** Whether it is paused. */
  public synchronized boolean paused() {
    return paused;
  }

  /** The speed it plays at (infinite: as fast as it can be read). */
  public synchronized double speed() {
    return speed;
  }

  /** Holds the playback where it is (its play clock stands still), or plays on from there. */
  public synchronized void pause(boolean hold) {
    if (hold == paused) {
      return;
    }
    if (hold) {
      pausedMicros = position();
      paused = true;
    } else {
      paused = false;
      rebase(pausedMicros);
    }
  }

  /** Plays on from where it is at {@code next} (1, 10, 100, or infinite). */
  public synchronized void speed(double next) {
    long at = position();
    speed = next;
    rebase(at);
  }

  /** The play clock goes on from {@code micros}, now. */
  private void rebase(long micros) {
    if (startMicros >= 0) {
      startMicros = micros;
      startNanos = nanoClock.getAsLong();
    }
  }

  /** The moment it plays, epoch µs. */
  private synchronized long position() {
    McapReader.Message next = pending;
    if (startMicros < 0 || next == null) {
      // Not begun: where it begins; played to the end: it stands at its last reading.
      return next == null ? lastMicros : next.timeMicros();
    }
    if (paused) {
      return pausedMicros;
    }
    if (Double.isInfinite(speed)) {
      return lastMicros;
    }
    return startMicros + (long) ((nanoClock.getAsLong() - startNanos) / 1000.0 * speed);
  }

  /** Reads a speed as the command line gives it: 1, 10, 100 or max. */
  public static double speed(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    return switch (t) {
      case "1", "10", "100" -> Double.parseDouble(t);
      case "max" -> Double.POSITIVE_INFINITY;
      default -> throw new InvalidInputException(Reason.of("replay.speed", text));
    };
  }

  @Override
  public List<SeriesMeta> initialSeries() {
    return List.of();
  }

  @Override
  public SeriesMeta describe(String seriesId) {
    return series.get(seriesId);
  }

  @Override
  public void start(ReadingSink sink, ScheduledExecutorService timer) {
    playTo(sink);
    ticking = timer.scheduleWithFixedDelay(this::tickSafely, 0, TICK_MILLIS,
        TimeUnit.MILLISECONDS);
  }

  /** Where readings go; {@link #tick} plays them there (package-private for a test). */
  void playTo(ReadingSink sink) {
    out = sink;
  }

  private void tickSafely() {
    try {
      tick();
    } catch (IOException | RuntimeException e) {
      problem = Reason.of("replay.unreadable", file, Reason.why(e));
      LOG.warning(problem.english());
      ticking.cancel(false);
    }
  }

  /** Hands over every reading due by now; package-private so a test can drive it. */
  void tick() throws IOException {
    long due;
    synchronized (this) {
      if (pending == null || paused) {
        return;
      }
      if (startMicros < 0) {
        startMicros = pending.timeMicros();
        startNanos = nanoClock.getAsLong();
      }
      due = Double.isInfinite(speed) ? Long.MAX_VALUE : position();
    }
    List<Reading> batch = new ArrayList<>();
    while (pending != null && pending.timeMicros() <= due && batch.size() < MOST_A_TICK) {
      long t = pending.timeMicros();
      if (!pending.channel().schemaName().startsWith("livedash.")) {
        foreign(pending, t, batch);
      } else if (pending.channel().topic().equals(FeedRecorder.EVENTS_TOPIC)) {
        flush(batch);
        JsonNode e = JSON.readTree(pending.data());
        // Updates the feed never delivered, and readings the recorder could not keep: both
        // missing from the recording, so both a hole in what it plays.
        switch (e.path("kind").asText()) {
          case "hole" -> out.missed(e.path("missing").asLong(), t, t);
          case "notRecorded" -> out.missed(e.path("readings").asLong(), t, t);
          default -> { }
        }
      } else if (pending.channel().schemaName().equals("livedash.Reading")) {
        JsonNode r = JSON.readTree(pending.data());
        double volume = r.path("volume").isNumber() ? r.get("volume").asDouble() : Double.NaN;
        if (r.path("value").isNumber()) {
          batch.add(Reading.of(seriesOf(pending.channel()), r.path("t").asLong(t),
              r.get("value").asDouble(), volume));
        }
      }
      lastMicros = Math.max(lastMicros, t);
      pending = nextReading();
    }
    flush(batch);
  }

  /**
   * A message of another tool's JSON channel: each of its numbers a series of its own,
   * {@code topic:path}; one that is not JSON is passed over.
   */
  private void foreign(McapReader.Message m, long t, List<Reading> batch) {
    JsonNumbers.ofMessage(m, (id, v) -> {
      series.computeIfAbsent(id, i -> SeriesMeta.of(i, i, "", SeriesKind.SENSOR, Double.NaN,
          Double.NaN));
      batch.add(Reading.of(id, t, v));
    });
  }

  private void flush(List<Reading> batch) {
    if (!batch.isEmpty()) {
      out.publish(List.copyOf(batch));
      batch.clear();
    }
  }

  /** The series a channel carries, described from its metadata the first time. */
  private String seriesOf(McapReader.Channel c) {
    Map<String, String> m = c.metadata();
    String id = c.seriesId();
    series.computeIfAbsent(id, i -> SeriesMeta.of(i, m.getOrDefault("name", i),
        m.getOrDefault("unit", ""), "stock".equals(m.get("kind")) ? SeriesKind.STOCK
            : SeriesKind.SENSOR, Double.NaN, Double.NaN));
    return id;
  }

  /**
   * The next message of a reading's or the events' channel, or of another tool's JSON channel
   * (a feed's own messages as received are not played: their readings are); null at the end.
   */
  private McapReader.Message nextReading() throws IOException {
    McapReader.Message m;
    do {
      m = reader.next();
    } while (m != null && (m.channel().topic().equals(FeedRecorder.RAW_TOPIC)
        || !m.channel().schemaName().startsWith("livedash.")
        && !m.channel().messageEncoding().equals("json")));
    return m;
  }

  @Override
  public String address() {
    return file.toString();
  }

  @Override
  public LongSupplier playClock() {
    return this::position;
  }

  @Override
  public Reason description() {
    double now = speed();
    return Reason.of("replay.description", file.getFileName(),
        Double.isInfinite(now) ? "max" : String.format(Locale.ROOT, "%.0f×", now));
  }

  @Override
  public Reason problem() {
    return problem;
  }

  @Override
  public void close() {
    if (ticking != null) {
      ticking.cancel(false);
    }
    try {
      reader.close();
    } catch (IOException e) {
      // Only read from: nothing is lost.
    }
  }
}
