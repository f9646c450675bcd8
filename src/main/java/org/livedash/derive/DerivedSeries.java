package org.livedash.derive;

import org.livedash.model.InvalidInputException;
import org.livedash.model.Reason;
import org.livedash.model.SeriesKind;
import org.livedash.model.StoreView;

/**
 * A series the user defines as a formula over the series shown ({@code spread =
 * coinbase/BTC-USD - binance/BTCUSDT}): its name, the formula as typed, its unit, the chart it
 * goes on, and how old an input's last reading may be and still count (older, the result is a
 * hole, never a value held past its feed's outage).
 *
 * @param toleranceSeconds how far back an input's last reading may lie from the moment evaluated
 */
public record DerivedSeries(String name, String formula, String unit, SeriesKind kind,
    double toleranceSeconds) {
  /** An input's reading counts for five seconds unless the definition says otherwise. */
  public static final double DEFAULT_TOLERANCE_SECONDS = 5;

  public DerivedSeries {
    name = name == null ? "" : name.strip();
    formula = formula == null ? "" : formula.strip();
    unit = unit == null ? "" : unit.strip();
    kind = kind == null ? SeriesKind.SENSOR : kind;
    if (name.isEmpty() || name.contains(StoreView.FEED_SEPARATOR)) {
      throw new InvalidInputException(Reason.of("derive.badName", name));
    }
    if (formula.isEmpty()) {
      throw new InvalidInputException(Reason.of("derive.noFormula", name));
    }
    if (!(toleranceSeconds > 0) || toleranceSeconds > 86_400) {
      toleranceSeconds = DEFAULT_TOLERANCE_SECONDS;
    }
  }

  /**
   * The series a layout keeps.
   *
   * @throws InvalidInputException when it has no name or formula
   */
  public static DerivedSeries of(org.livedash.model.Layout.Derived kept) {
    return new DerivedSeries(kept.name(), kept.formula(), kept.unit(),
        "markets".equals(kept.chart()) ? SeriesKind.STOCK : SeriesKind.SENSOR,
        kept.toleranceSeconds() == null ? DEFAULT_TOLERANCE_SECONDS : kept.toleranceSeconds());
  }

  /**
   * The series a layout or the settings keep, each that can be: one kept wrong (edited by hand)
   * goes to {@code problem}, the others are kept.
   */
  public static java.util.List<DerivedSeries> allOf(
      java.util.List<org.livedash.model.Layout.Derived> kept,
      java.util.function.Consumer<Reason> problem) {
    java.util.List<DerivedSeries> series = new java.util.ArrayList<>();
    for (org.livedash.model.Layout.Derived d : kept) {
      try {
        series.add(of(d));
      } catch (InvalidInputException e) {
        problem.accept(e.reason());
      }
    }
    return series;
  }

  /** This series as a layout keeps it. */
  public org.livedash.model.Layout.Derived kept() {
    return new org.livedash.model.Layout.Derived(name, formula, unit,
        kind == SeriesKind.STOCK ? "markets" : "sensors", toleranceSeconds);
  }

  /** A definition with the default tolerance. */
  public DerivedSeries(String name, String formula, String unit, SeriesKind kind) {
    this(name, formula, unit, kind, DEFAULT_TOLERANCE_SECONDS);
  }
}
