package org.livedash.model;


/**
 * What a user (or a profile's author) says of a series beyond what its feed says: the name and
 * unit to show it with, and its warning and alarm thresholds. A null name or unit keeps the
 * feed's; thresholds, when given, replace all four of the feed's (a null one is none).
 */
public record SeriesOverride(String name, String unit, Thresholds thresholds) {
  /** The four thresholds, null for none; warnings first, then alarms. */
  public record Thresholds(Double warnLow, Double warnHigh, Double alarmLow, Double alarmHigh) {
    /**
     * Checks the bands nest: alarms beyond warnings on each side.
     *
     * @throws IllegalArgumentException in plain words when they do not
     */
    public Thresholds {
      check(warnHigh, alarmHigh, "override.alarmHigh");
      check(alarmLow, warnLow, "override.alarmLow");
      check(warnLow, warnHigh, "override.warnings");
    }

    private static void check(Double lower, Double upper, String key) {
      if (lower != null && upper != null && lower > upper) {
        throw new InvalidInputException(Reason.of(key));
      }
    }
  }

  /** The series as shown: {@code meta} with these changes. */
  public SeriesMeta apply(SeriesMeta meta) {
    String n = name == null || name.isBlank() ? meta.name() : name;
    String u = unit == null ? meta.unit() : unit;
    double wl = meta.warnLow();
    double wh = meta.warnHigh();
    double al = meta.alarmLow();
    double ah = meta.alarmHigh();
    if (thresholds != null) {
      wl = orNaN(thresholds.warnLow());
      wh = orNaN(thresholds.warnHigh());
      al = orNaN(thresholds.alarmLow());
      ah = orNaN(thresholds.alarmHigh());
    }
    // A name the user gave is theirs in every language.
    return new SeriesMeta(meta.id(), n, u, meta.kind(), meta.displayMin(), meta.displayMax(),
        wl, wh, al, ah, meta.decimals(), unit == null && meta.unitGuessed(),
        n.equals(meta.name()) ? meta.names() : java.util.Map.of());
  }

  private static double orNaN(Double d) {
    return d == null ? Double.NaN : d;
  }
}
