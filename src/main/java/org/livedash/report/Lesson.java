package org.livedash.report;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.HdrHistogram.Histogram;
import org.livedash.i18n.Texts;
import org.livedash.model.FeedMode;
import org.livedash.model.FeedStats;
import org.livedash.model.ModeStats;
import org.livedash.model.StatsSnapshot;
import org.livedash.model.WireEvent;
import org.livedash.model.WireLog;

/**
 * The four-step lesson on the live feed, for a class on client-server programming: interval
 * polling once a second (the empty requests), long-polling (the server holds the request), the
 * WebSocket handshake, and push (frames nobody asked for). It moves the feed from step to step
 * and keeps what each step measured, for the closing comparison and the handout. The window
 * steps through it by hand, a headless run on a timer; neither does I/O here.
 */
public final class Lesson {
  /** How often the lesson's polling steps ask. */
  public static final Duration POLL_EVERY = Duration.ofSeconds(1);

  /** The steps, in order, and the mode each puts the feed in. */
  public enum Step {
    POLLING(FeedMode.POLL), LONG_POLLING(FeedMode.LONGPOLL), HANDSHAKE(FeedMode.WS),
    PUSH(FeedMode.WS);

    private final FeedMode mode;

    Step(FeedMode mode) {
      this.mode = mode;
    }

    public FeedMode mode() {
      return mode;
    }

    /** The step's texts: {@code lesson.<key>.title} and {@code lesson.<key>.text}. */
    public String key() {
      return name().toLowerCase(java.util.Locale.ROOT).replace("_", "");
    }
  }

  /** How the lesson moves the feed to a step's mode. */
  @FunctionalInterface
  public interface Feed {
    void switchTo(FeedMode mode, Duration pollInterval);
  }

  private final FeedStats stats;
  private final WireLog wire;
  private final Feed feed;
  private final LongSupplier nanos;
  private final Map<Step, ModeResult> results = new EnumMap<>(Step.class);
  private Step current;
  private ModeStats segment;
  private StatsSnapshot start;
  private Histogram startLatency;
  private WireEvent.Handshake handshake;

  public Lesson(FeedStats stats, WireLog wire, Feed feed, LongSupplier nanos) {
    this.stats = stats;
    this.wire = wire;
    this.feed = feed;
    this.nanos = nanos;
  }

  /** The step under way, or null before the first and after the last. */
  public synchronized Step current() {
    return current;
  }

  /** Ends the current step (keeping its figures) and begins {@code step}. */
  public synchronized void begin(Step step) {
    finishCurrent();
    current = step;
    segment = null;
    if (step != Step.PUSH || stats.current().orElse(null) != FeedMode.WS) {
      feed.switchTo(step.mode(), POLL_EVERY);
    }
    // A step in the mode the feed is in already measures from now, whenever the next tick is.
    tick();
  }

  /**
   * Notes when the step's own measuring starts: once the feed is in the step's mode. Call often
   * (a pulse, a timer); cheap.
   */
  public synchronized void tick() {
    if (current == null || segment != null) {
      return;
    }
    Optional<ModeStats> now = stats.currentSegment();
    if (now.isPresent() && now.get().mode() == current.mode()) {
      segment = now.get();
      start = segment.snapshot(nanos.getAsLong());
      startLatency = segment.latencyHistogram();
    }
  }

  /** Ends the lesson: the last step's figures are kept. */
  public synchronized void finish() {
    finishCurrent();
    current = null;
  }

  private void finishCurrent() {
    if (current == null) {
      return;
    }
    tick();
    if (segment != null) {
      StatsSnapshot end = segment.snapshot(nanos.getAsLong());
      Histogram latency = segment.latencyHistogram();
      latency.subtract(startLatency);
      results.put(current, ModeResult.between(current == Step.POLLING
          ? Texts.get("mode.poll.every", POLL_EVERY.toSeconds())
          : Texts.get("mode." + current.mode().key()),
          current.mode() == FeedMode.POLL ? POLL_EVERY.toMillis() : 0, start, end, latency, 0,
          -1));
    }
    if (current == Step.HANDSHAKE || current == Step.PUSH) {
      WireEvent.Handshake h = wire.handshake(WireEvent.Lane.MAIN);
      handshake = h != null ? h : handshake;
    }
  }

  /** What each finished step measured, in step order. */
  public synchronized Map<Step, ModeResult> results() {
    return new EnumMap<>(results);
  }

  /** The WebSocket handshake the lesson saw, or null. */
  public synchronized WireEvent.Handshake handshake() {
    return handshake;
  }
}
