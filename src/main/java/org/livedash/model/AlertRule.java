package org.livedash.model;

/**
 * A condition on one series that raises an alert, beyond its alarm levels: a reading at or above
 * a level, at or below one, outside a band, a change of more than an amount within a window, or
 * no reading for a while. Kept with the feed's view; judged by {@link AlarmWatch} on every update.
 *
 * <p>An alert that is on clears only once the readings are back by {@code hysteresis} (so a
 * reading that hovers at the level does not raise one alert a sample), and one is raised only
 * once its condition has held for {@code forSeconds} of the readings' time (0: at the first).
 *
 * @param kind what is watched
 * @param low the level a reading must reach going down ({@link Kind#BELOW}, {@link Kind#OUTSIDE})
 * @param high the level a reading must reach going up ({@link Kind#ABOVE}, {@link Kind#OUTSIDE})
 * @param change the change a {@link Kind#CHANGE} rule watches for (max − min within the window)
 * @param windowSeconds the window of a {@link Kind#CHANGE} rule, the silence of a
 *     {@link Kind#SILENCE} one
 * @param hysteresis how far back past the level the readings must come to clear (0 or more)
 * @param forSeconds how long the condition must hold before the alert is raised (0 or more)
 */
public record AlertRule(Kind kind, Double low, Double high, Double change, Double windowSeconds,
    double hysteresis, double forSeconds) {

  /** What a rule watches. */
  public enum Kind {
    /** A reading at or above {@code high}. */
    ABOVE,
    /** A reading at or below {@code low}. */
    BELOW,
    /** A reading at or beyond either level. */
    OUTSIDE,
    /** Readings that move by more than {@code change} within {@code windowSeconds}. */
    CHANGE,
    /** No reading for {@code windowSeconds}. */
    SILENCE,
    /** The series' own alarm levels, whatever they are now (not set by a rule of the user's). */
    LEVELS
  }

  /** The longest window or silence a rule may watch: a day. */
  public static final double MAX_WINDOW_SECONDS = 86_400;

  /** The series' alarm levels as a rule: how {@link SeriesMeta}'s alarms enter the alert log. */
  public static final AlertRule LEVELS = new AlertRule(Kind.LEVELS, null, null, null, null, 0, 0);

  /**
   * Checks the rule says what its kind needs, with levels in order and durations in range.
   *
   * @throws InvalidInputException in plain words when it does not
   */
  public AlertRule {
    if (kind == null) {
      throw new InvalidInputException(Reason.of("rule.kind"));
    }
    boolean needsLow = kind == Kind.BELOW || kind == Kind.OUTSIDE;
    boolean needsHigh = kind == Kind.ABOVE || kind == Kind.OUTSIDE;
    require(!needsLow || finite(low), "rule.level");
    require(!needsHigh || finite(high), "rule.level");
    require(kind != Kind.OUTSIDE || low < high, "rule.band");
    require(kind != Kind.CHANGE || finite(change) && change > 0, "rule.change");
    boolean needsWindow = kind == Kind.CHANGE || kind == Kind.SILENCE;
    require(!needsWindow || finite(windowSeconds) && windowSeconds > 0
        && windowSeconds <= MAX_WINDOW_SECONDS, "rule.window");
    require(Double.isFinite(hysteresis) && hysteresis >= 0, "rule.hysteresis");
    require(Double.isFinite(forSeconds) && forSeconds >= 0 && forSeconds <= MAX_WINDOW_SECONDS,
        "rule.for");
    low = needsLow ? low : null;
    high = needsHigh ? high : null;
    change = kind == Kind.CHANGE ? change : null;
    windowSeconds = needsWindow ? windowSeconds : null;
  }

  /** A reading at or above {@code level}. */
  public static AlertRule above(double level) {
    return new AlertRule(Kind.ABOVE, null, level, null, null, 0, 0);
  }

  /** A reading at or below {@code level}. */
  public static AlertRule below(double level) {
    return new AlertRule(Kind.BELOW, level, null, null, null, 0, 0);
  }

  /** A reading at or beyond {@code low} or {@code high}. */
  public static AlertRule outside(double low, double high) {
    return new AlertRule(Kind.OUTSIDE, low, high, null, null, 0, 0);
  }

  /** Readings that move by more than {@code change} within {@code seconds}. */
  public static AlertRule change(double change, double seconds) {
    return new AlertRule(Kind.CHANGE, null, null, change, seconds, 0, 0);
  }

  /** No reading for {@code seconds}. */
  public static AlertRule silence(double seconds) {
    return new AlertRule(Kind.SILENCE, null, null, null, seconds, 0, 0);
  }

  /** The same rule clearing only {@code by} back past its level. */
  public AlertRule withHysteresis(double by) {
    return new AlertRule(kind, low, high, change, windowSeconds, by, forSeconds);
  }

  /** The same rule raised only once its condition held {@code seconds}. */
  public AlertRule holdingFor(double seconds) {
    return new AlertRule(kind, low, high, change, windowSeconds, hysteresis, seconds);
  }

  /** What the rule watches, in words ({@code rule.above} and the like). */
  public Reason describe(String unit) {
    String u = unit == null || unit.isEmpty() ? "" : " " + unit;
    Reason what = switch (kind) {
      case ABOVE -> Reason.of("rule.describe.above", number(high) + u);
      case BELOW -> Reason.of("rule.describe.below", number(low) + u);
      case OUTSIDE -> Reason.of("rule.describe.outside", number(low), number(high) + u);
      case CHANGE -> Reason.of("rule.describe.change", number(change) + u,
          number(windowSeconds));
      case SILENCE -> Reason.of("rule.describe.silence", number(windowSeconds));
      case LEVELS -> Reason.of("rule.describe.levels");
    };
    if (hysteresis > 0 && forSeconds > 0) {
      return Reason.of("rule.describe.hysteresisFor", what, number(hysteresis) + u,
          number(forSeconds));
    }
    if (hysteresis > 0) {
      return Reason.of("rule.describe.hysteresis", what, number(hysteresis) + u);
    }
    return forSeconds > 0 ? Reason.of("rule.describe.for", what, number(forSeconds)) : what;
  }

  /** How long the condition must hold, µs. */
  long forMicros() {
    return Math.round(forSeconds * 1e6);
  }

  /** The window or silence, µs. */
  long windowMicros() {
    return windowSeconds == null ? 0 : Math.round(windowSeconds * 1e6);
  }

  /** A level as a person writes it: no trailing {@code .0}. */
  static String number(Double d) {
    if (d == null) {
      return "";
    }
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString(d.longValue())
        : Double.toString(d);
  }

  private static boolean finite(Double d) {
    return d != null && Double.isFinite(d);
  }

  private static void require(boolean ok, String key) {
    if (!ok) {
      throw new InvalidInputException(Reason.of(key));
    }
  }
}
