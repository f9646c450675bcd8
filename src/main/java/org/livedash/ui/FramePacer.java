package org.livedash.ui;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.input.InputEvent;

/**
 * Runs the dashboard's frames: every pulse while something moves, and, once nothing has changed
 * for {@link #SLEEP_AFTER_NANOS}, once a second (ages and the status are told in seconds), so a
 * window left open on a silent feed costs next to nothing (an animation timer keeps JavaFX
 * pulsing 60 times a second, CSS and layout passes included, whether or not anything is drawn).
 * New data wakes it within {@link #LOOK_MILLIS}; the user's input or a resize at once.
 */
final class FramePacer {
  /**
   * The beat new data is drawn on: charts, tiles and the status change only on beats, so they
   * are drawn in the same pulses, ten a second at most (on a machine without a GPU, every pulse
   * that draws anything costs a copy of the whole window, however little changed).
   */
  static final long BEAT_NANOS = 100_000_000L;
  /** How long without a change before the frames slow down. */
  static final long SLEEP_AFTER_NANOS = 2_000_000_000L;
  /** How often a sleeping dashboard looks for new data (off the JavaFX thread). */
  static final long LOOK_MILLIS = 100;
  /** How often a sleeping dashboard runs a frame: its ages, its status, a moving edge. */
  static final long SLEEPING_FRAME_MILLIS = 1_000;

  private final LongConsumer frame;
  private final LongSupplier version;
  private final AnimationTimer timer;
  private ScheduledExecutorService waker;
  private ScheduledFuture<?> ticking;
  /** What was seen at the last pulse; JavaFX thread only. */
  private long lastVersion = Long.MIN_VALUE;
  private long lastChangeNanos;
  private long lastBeatNanos = Long.MIN_VALUE / 2;
  private boolean beat;
  private volatile boolean sleeping;

  /**
   * @param frame the dashboard's frame, given the time in ns
   * @param version what changes whenever the data does (the store's version)
   * @param inputs the node whose input (mouse, keys, scroll) and resizing wake the frames
   */
  FramePacer(LongConsumer frame, LongSupplier version, javafx.scene.layout.Region inputs) {
    this.frame = frame;
    this.version = version;
    timer = new AnimationTimer() {
      @Override
      public void handle(long now) {
        pulse(now);
      }
    };
    inputs.addEventFilter(InputEvent.ANY, e -> wake());
    inputs.widthProperty().addListener((o, a, b) -> wake());
    inputs.heightProperty().addListener((o, a, b) -> wake());
  }

  /** Runs frames from now on. */
  void start() {
    if (waker == null) {
      waker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "frame-waker");
        t.setDaemon(true);
        return t;
      });
    }
    lastChangeNanos = System.nanoTime();
    sleeping = false;
    timer.start();
  }

  /** Runs no more frames. */
  void stop() {
    timer.stop();
    if (waker != null) {
      waker.shutdownNow();
      waker = null;
    }
  }

  /** Whether the frame running now is on a beat (every frame is, while sleeping). */
  boolean onBeat() {
    return beat || sleeping;
  }

  /** Whether frames run only once a second now. */
  boolean isSleeping() {
    return sleeping;
  }

  /** Back to a frame every pulse (JavaFX thread). */
  void wake() {
    if (!sleeping) {
      lastChangeNanos = System.nanoTime();
      return;
    }
    sleeping = false;
    if (ticking != null) {
      ticking.cancel(false);
    }
    lastChangeNanos = System.nanoTime();
    timer.start();
  }

  private void pulse(long now) {
    beat = now - lastBeatNanos >= BEAT_NANOS;
    if (beat) {
      lastBeatNanos = now;
    }
    frame.accept(now);
    long v = version.getAsLong();
    if (v != lastVersion) {
      // New data: what it brings is drawn within a second (LiveChart), well before sleeping.
      lastVersion = v;
      lastChangeNanos = now;
    } else if (now - lastChangeNanos >= SLEEP_AFTER_NANOS && waker != null) {
      sleep();
    }
  }

  private void sleep() {
    timer.stop();
    sleeping = true;
    long seen = lastVersion;
    long[] looks = {0};
    ticking = waker.scheduleWithFixedDelay(() -> {
      boolean changed = version.getAsLong() != seen;
      if (!changed && ++looks[0] % (SLEEPING_FRAME_MILLIS / LOOK_MILLIS) != 0) {
        return;
      }
      Platform.runLater(() -> {
        if (!sleeping) {
          return;
        }
        if (changed) {
          wake();
        } else {
          // Ages, the status, a chart whose edge moves on with the clock: drawn as they change.
          frame.accept(System.nanoTime());
        }
      });
    }, LOOK_MILLIS, LOOK_MILLIS, TimeUnit.MILLISECONDS);
  }
}
