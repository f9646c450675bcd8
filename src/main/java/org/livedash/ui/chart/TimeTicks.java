package org.livedash.ui.chart;

import java.time.Duration;
import java.util.List;

/** Picks the time-axis tick spacing: the smallest round step that leaves room for a label. */
public final class TimeTicks {
  private static final List<Duration> STEPS = List.of(
      Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(500),
      Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(5),
      Duration.ofSeconds(10), Duration.ofSeconds(15), Duration.ofSeconds(30),
      Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(5),
      Duration.ofMinutes(10), Duration.ofMinutes(15), Duration.ofMinutes(30),
      Duration.ofHours(1), Duration.ofHours(2), Duration.ofHours(6));

  private TimeTicks() {}

  /** The step for a window of {@code windowMicros} across {@code widthPx} pixels. */
  public static Duration step(long windowMicros, double widthPx, double minSpacingPx) {
    for (Duration d : STEPS) {
      double px = widthPx * (d.toNanos() / 1000.0) / windowMicros;
      if (px >= minSpacingPx) {
        return d;
      }
    }
    return STEPS.get(STEPS.size() - 1);
  }

  /** Whether labels at this step need seconds (or tenths of seconds) shown. */
  public static String pattern(Duration step) {
    if (step.toMillis() < 1000) {
      return "HH:mm:ss.S";
    }
    return step.toSeconds() < 60 ? "HH:mm:ss" : "HH:mm";
  }
}
