package org.livedash.ui.chart;

import java.time.Duration;

/**
 * Which stretch of time a chart shows. By default it follows the newest data ("live"); zooming,
 * panning or pausing freezes it where the user left it, and {@link #backToLive} returns. Pure
 * logic on epoch microseconds, so every interaction is tested without a window.
 */
public final class TimeViewport {
  /** The narrowest window a user can zoom to. */
  public static final long MIN_WINDOW_MICROS = 1_000_000L;
  /** The widest: the longest preset, a day. */
  public static final long MAX_WINDOW_MICROS = 86_400_000_000L;

  private long windowMicros;
  /** The window last chosen from the presets: what going back to live restores. */
  private long chosenMicros;
  private boolean following = true;
  private boolean paused;
  /** The right edge while not following. */
  private long frozenEndMicros;

  public TimeViewport(Duration window) {
    setWindow(window);
  }

  public boolean isLive() {
    return following;
  }

  public boolean isPaused() {
    return paused;
  }

  public long windowMicros() {
    return windowMicros;
  }

  /** Left edge, given the newest sample time. */
  public long start(long latestMicros) {
    return end(latestMicros) - windowMicros;
  }

  /** Right edge, given the newest sample time. */
  public long end(long latestMicros) {
    return following ? latestMicros : frozenEndMicros;
  }

  /** A preset window: keeps following if live, else keeps the right edge. */
  public void setWindow(Duration window) {
    windowMicros = clampWindow(window.toNanos() / 1000);
    chosenMicros = windowMicros;
  }

  /**
   * Zooms by {@code factor} (below 1 zooms in) around the time at {@code anchor} (0 = left edge,
   * 1 = right edge), and stops following.
   */
  public void zoom(double factor, double anchor, long latestMicros) {
    long start = start(latestMicros);
    double a = Math.max(0, Math.min(1, anchor));
    long anchorTime = start + Math.round(windowMicros * a);
    long newWindow = clampWindow(Math.round(windowMicros * factor));
    freezeAt(anchorTime + Math.round(newWindow * (1 - a)));
    windowMicros = newWindow;
  }

  /** Shows exactly {@code [startMicros, endMicros]} (a dragged box), and stops following. */
  public void zoomTo(long startMicros, long endMicros) {
    long lo = Math.min(startMicros, endMicros);
    long hi = Math.max(startMicros, endMicros);
    windowMicros = clampWindow(hi - lo);
    freezeAt(lo + windowMicros);
  }

  /** Moves the window by {@code deltaMicros} (positive: later), and stops following. */
  public void pan(long deltaMicros, long latestMicros) {
    freezeAt(end(latestMicros) + deltaMicros);
  }

  /** Freezes the view where it is; data keeps arriving underneath. */
  public void pause(long latestMicros) {
    freezeAt(end(latestMicros));
    paused = true;
  }

  /** Follows the newest data again (after pause, zoom or pan) over the chosen window. */
  public void backToLive() {
    following = true;
    paused = false;
    windowMicros = chosenMicros;
  }

  /** Takes another viewport's window, edge and state (charts linked together). */
  void copyFrom(TimeViewport other) {
    windowMicros = other.windowMicros;
    chosenMicros = other.chosenMicros;
    following = other.following;
    paused = other.paused;
    frozenEndMicros = other.frozenEndMicros;
  }

  private void freezeAt(long endMicros) {
    frozenEndMicros = endMicros;
    following = false;
  }

  private static long clampWindow(long micros) {
    return Math.max(MIN_WINDOW_MICROS, Math.min(MAX_WINDOW_MICROS, micros));
  }
}
