package org.livedash.model;

import java.util.Objects;

/**
 * Catalogue entry for one series: what it is called, its unit, its expected display range and
 * its thresholds. It is the one description of a series shared by the server, the wire codec and
 * the UI, so that every part colours and scales a series the same way.
 *
 * <p>Thresholds that do not apply are {@link Double#NaN}. {@code decimals} is how many decimals
 * a reading is shown with, or {@link #DECIMALS_UNKNOWN} when the feed does not say (the display
 * then infers it once from the data).
 *
 * <p>{@code unitGuessed} says the unit was guessed from the value's name because the source did
 * not state one: the window says so, since a guess can be wrong (a plug's {@code voltage} is in
 * V, a battery's in mV).
 *
 * <p>{@code names} are the series' name in other languages, keyed by language ({@code "es"}),
 * as the feed gave them; {@link #inLanguage} shows the one a window speaks, keeping the feed's
 * own name under {@link #FEED_NAME} so that another language can be chosen later.
 */
public record SeriesMeta(
    String id,
    String name,
    String unit,
    SeriesKind kind,
    double displayMin,
    double displayMax,
    double warnLow,
    double warnHigh,
    double alarmLow,
    double alarmHigh,
    int decimals,
    boolean unitGuessed,
    java.util.Map<String, String> names) {

  /** The feed did not say how many decimals to show. */
  public static final int DECIMALS_UNKNOWN = -1;
  /** The most decimals a reading is shown with. */
  public static final int MAX_DECIMALS = 10;

  /** The key under which {@link #names} keeps the feed's own name once another is shown. */
  public static final String FEED_NAME = "";

  /** A series named in the feed's one language. */
  public SeriesMeta(String id, String name, String unit, SeriesKind kind, double displayMin,
      double displayMax, double warnLow, double warnHigh, double alarmLow, double alarmHigh,
      int decimals, boolean unitGuessed) {
    this(id, name, unit, kind, displayMin, displayMax, warnLow, warnHigh, alarmLow, alarmHigh,
        decimals, unitGuessed, java.util.Map.of());
  }

  /** A series whose unit, if any, is as stated. */
  public SeriesMeta(String id, String name, String unit, SeriesKind kind, double displayMin,
      double displayMax, double warnLow, double warnHigh, double alarmLow, double alarmHigh,
      int decimals) {
    this(id, name, unit, kind, displayMin, displayMax, warnLow, warnHigh, alarmLow, alarmHigh,
        decimals, false);
  }

  /** A series whose feed does not say how many decimals to show. */
  public SeriesMeta(String id, String name, String unit, SeriesKind kind, double displayMin,
      double displayMax, double warnLow, double warnHigh, double alarmLow, double alarmHigh) {
    this(id, name, unit, kind, displayMin, displayMax, warnLow, warnHigh, alarmLow, alarmHigh,
        DECIMALS_UNKNOWN);
  }

  public SeriesMeta {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(kind, "kind");
    if (id.isBlank()) {
      throw new InvalidInputException(Reason.of("series.blankId"));
    }
    if (decimals < DECIMALS_UNKNOWN || decimals > MAX_DECIMALS) {
      throw new InvalidInputException(Reason.of("series.decimals", MAX_DECIMALS));
    }
    names = names == null ? java.util.Map.of() : java.util.Map.copyOf(names);
  }

  /** The same series with its names in other languages. */
  public SeriesMeta withNames(java.util.Map<String, String> other) {
    return new SeriesMeta(id, name, unit, kind, displayMin, displayMax, warnLow, warnHigh,
        alarmLow, alarmHigh, decimals, unitGuessed, other);
  }

  /**
   * The same series named in {@code language} when the feed gave a name in it, else under the
   * feed's own name; itself when the feed gave no other.
   */
  public SeriesMeta inLanguage(String language) {
    if (names.isEmpty()) {
      return this;
    }
    String own = names.getOrDefault(FEED_NAME, name);
    String shown = names.getOrDefault(language, own);
    if (shown.equals(name) && names.containsKey(FEED_NAME)) {
      return this;
    }
    java.util.Map<String, String> kept = new java.util.HashMap<>(names);
    kept.put(FEED_NAME, own);
    return new SeriesMeta(id, shown, unit, kind, displayMin, displayMax, warnLow, warnHigh,
        alarmLow, alarmHigh, decimals, unitGuessed, kept);
  }

  /** The same series shown with {@code n} decimals. */
  public SeriesMeta withDecimals(int n) {
    return new SeriesMeta(id, name, unit, kind, displayMin, displayMax, warnLow, warnHigh,
        alarmLow, alarmHigh, n, unitGuessed, names);
  }

  /** The same series under another name. */
  public SeriesMeta withName(String newName) {
    return new SeriesMeta(id, newName, unit, kind, displayMin, displayMax, warnLow, warnHigh,
        alarmLow, alarmHigh, decimals, unitGuessed, names);
  }

  /**
   * The same series as a window showing several feeds names it: {@code prefix} (its feed and
   * {@link StoreView#FEED_SEPARATOR}) before its id and its name.
   */
  SeriesMeta inFeed(String prefix) {
    return new SeriesMeta(prefix + id, prefix + name, unit, kind, displayMin, displayMax,
        warnLow, warnHigh, alarmLow, alarmHigh, decimals, unitGuessed, names);
  }

  /** The same series with its unit guessed from the value's name (the source stated none). */
  public SeriesMeta withGuessedUnit(String guess) {
    return new SeriesMeta(id, name, guess, kind, displayMin, displayMax, warnLow, warnHigh,
        alarmLow, alarmHigh, decimals, !guess.isEmpty(), names);
  }

  /** What follows a reading of this series: a space and its unit, or nothing without one. */
  public String unitSuffix() {
    return unit.isEmpty() ? "" : " " + unit;
  }

  /** A series with a display range and no thresholds. */
  public static SeriesMeta of(
      String id, String name, String unit, SeriesKind kind, double min, double max) {
    return new SeriesMeta(
        id, name, unit, kind, min, max, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
  }

  /** Classifies a reading: alarm bounds win over warning bounds; NaN bounds never trigger. */
  public ThresholdState classify(double value) {
    if (value >= alarmHigh || value <= alarmLow) {
      return ThresholdState.ALARM;
    }
    if (value >= warnHigh || value <= warnLow) {
      return ThresholdState.WARN;
    }
    return ThresholdState.NORMAL;
  }

  /** Whether any threshold is set. */
  public boolean hasThresholds() {
    return !(Double.isNaN(warnLow)
        && Double.isNaN(warnHigh)
        && Double.isNaN(alarmLow)
        && Double.isNaN(alarmHigh));
  }
}
