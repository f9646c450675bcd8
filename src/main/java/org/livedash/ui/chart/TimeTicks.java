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

  /** A tick on the time axis: where, and what its label says. */
  public record Tick(long micros, String label) {}

  /**
   * The ticks of a window, every {@code stepMicros}. When the window spans more than one day in
   * {@code zone}, the first tick and the first of each new day carry the date, so a chart across
   * midnight never reads as one day.
   */
  public static java.util.List<Tick> ticks(long startMicros, long endMicros, long stepMicros,
      java.time.ZoneId zone) {
    java.time.format.DateTimeFormatter time = java.time.format.DateTimeFormatter.ofPattern(
        pattern(Duration.ofNanos(stepMicros * 1000))).withZone(zone);
    java.time.format.DateTimeFormatter dated = java.time.format.DateTimeFormatter.ofPattern(
        "d MMM " + pattern(Duration.ofNanos(stepMicros * 1000)), org.livedash.i18n.Texts.locale())
        .withZone(zone);
    boolean spansDays = !day(startMicros, zone).equals(day(endMicros, zone));
    java.util.List<Tick> ticks = new java.util.ArrayList<>();
    java.time.LocalDate lastDay = null;
    long first = Math.floorDiv(startMicros, stepMicros) * stepMicros + stepMicros;
    for (long t = first; t <= endMicros; t += stepMicros) {
      java.time.Instant at = org.livedash.model.EpochMicros.toInstant(t);
      java.time.LocalDate d = day(t, zone);
      boolean withDate = spansDays && !d.equals(lastDay);
      lastDay = d;
      ticks.add(new Tick(t, (withDate ? dated : time).format(at)));
    }
    return ticks;
  }

  private static java.time.LocalDate day(long micros, java.time.ZoneId zone) {
    return org.livedash.model.EpochMicros.toInstant(micros).atZone(zone).toLocalDate();
  }
}
