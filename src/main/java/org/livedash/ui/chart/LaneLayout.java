package org.livedash.ui.chart;

import java.util.List;

/**
 * How a chart's plot is split and scaled: one lane per unit (one for candles), each scaled to
 * the data it shows — or to its thresholds too when asked, to the catalogue's range without
 * autoscale, or to the values a box zoomed to.
 */
final class LaneLayout {
  /** The shortest lane drawn: room for two value labels and the unit. */
  static final double MIN_LANE = 40;
  private static final double GAP = 18;
  private static final double TIGHT_GAP = 8;
  private final ChartState s;
  private List<UnitLane> lanes = List.of();
  /** The lane drawn over the top one against a right axis, or none. */
  private List<UnitLane> overlays = List.of();
  private List<String> leftOut = List.of();

  LaneLayout(ChartState state) {
    this.s = state;
  }

  /**
   * The units given no lane in the last layout (a series' name for one without a unit): the plot
   * was too short for them.
   */
  List<String> leftOut() {
    return leftOut;
  }

  private static int fitting(double height, double gap) {
    return (int) Math.floor((height + gap) / (MIN_LANE + gap));
  }

  /** The lane over the top one, read against a right axis: none, or one. */
  List<UnitLane> overlays() {
    return overlays;
  }

  /** Every lane of the last layout: top to bottom, then the one over the top (right axis). */
  List<UnitLane> drawn() {
    List<UnitLane> all = new java.util.ArrayList<>(lanes);
    all.addAll(overlays);
    return all;
  }

  /** The lanes of the last layout, top to bottom. */
  List<UnitLane> lanes() {
    return lanes;
  }

  /**
   * Splits the plot ({@code height} pixels from {@code top}) into one lane per unit (one lane
   * for candles), each scaled to its own data; returns whether there is nothing to draw.
   */
  boolean layOut(boolean candles, double top, double height) {
    overlays = List.of();
    List<UnitLane> all = candles ? List.of(candleLane()) : byAxis();
    if (all.isEmpty()) {
      all = List.of(new UnitLane(""));
    }
    // Lanes too short to read are worse than none: as many as fit at a legible height are
    // drawn (closer together first), and the units left out are named.
    double gap = GAP;
    int fit = fitting(height, gap);
    if (fit < all.size()) {
      gap = TIGHT_GAP;
      fit = fitting(height, gap);
    }
    fit = Math.max(1, Math.min(fit, all.size()));
    lanes = List.copyOf(all.subList(0, fit));
    leftOut = all.subList(fit, all.size()).stream()
        .map(l -> l.label.isEmpty() && !l.series.isEmpty() ? l.series.get(0).name() : l.label)
        .toList();
    double each = (height - gap * (lanes.size() - 1)) / lanes.size();
    boolean empty = true;
    for (int i = 0; i < lanes.size(); i++) {
      UnitLane l = lanes.get(i);
      l.top = top + i * (each + gap);
      l.height = Math.max(1, each);
      double[] zoomed = candles ? null : s.valueZoom.get(l.key);
      double[] range = zoomed != null ? zoomed : candles ? candleRange() : lineRange(l.series);
      empty &= range == null;
      // About one label per 30 px: a short lane gets fewer, never a stack of them.
      int ticks = (int) Math.max(2, Math.min(8, l.height / 30));
      l.scale = range == null ? NiceScale.of(0, 1, ticks)
          : NiceScale.of(range[0], range[1], ticks);
    }
    for (UnitLane o : overlays) {
      UnitLane host = lanes.get(0);
      o.top = host.top;
      o.height = host.height;
      double[] range = lineRange(o.series);
      int ticks = (int) Math.max(2, Math.min(8, o.height / 30));
      o.scale = range == null ? NiceScale.of(0, 1, ticks)
          : NiceScale.of(range[0], range[1], ticks);
      empty &= range == null;
    }
    return empty;
  }

  /**
   * The lanes of the series as each is placed: with its unit (split by size), in a lane of its
   * own after those, or against the right axis over the top lane — the first unit placed there;
   * a series of another unit placed right gets a lane of its own.
   */
  private List<UnitLane> byAxis() {
    List<PlottedSeries> withUnit = new java.util.ArrayList<>();
    List<PlottedSeries> own = new java.util.ArrayList<>();
    List<PlottedSeries> right = new java.util.ArrayList<>();
    for (PlottedSeries p : s.plotted) {
      SeriesAxis axis = s.axisOf(p.id);
      if (axis == SeriesAxis.RIGHT && !right.isEmpty() && !right.get(0).unit().equals(p.unit())) {
        axis = SeriesAxis.OWN;
      }
      (axis == SeriesAxis.OWN ? own : axis == SeriesAxis.RIGHT ? right : withUnit).add(p);
    }
    List<UnitLane> all = new java.util.ArrayList<>(splitBySize(UnitLane.of(withUnit)));
    own.forEach(p -> all.add(UnitLane.alone(p)));
    if (all.isEmpty()) {
      // Nothing on the left: the right's series are read on the left.
      all.addAll(UnitLane.of(right));
    } else if (!right.isEmpty()) {
      overlays = List.of(UnitLane.right(right));
    }
    return all;
  }

  /**
   * A unit's series of very different sizes (three prices: 97 000, 3 600 and 231 USD) each get a
   * lane of their own, so none is drawn as a flat line; series of like sizes share their unit's.
   */
  private List<UnitLane> splitBySize(List<UnitLane> byUnit) {
    List<UnitLane> out = new java.util.ArrayList<>();
    for (UnitLane l : byUnit) {
      if (l.series.size() > 1 && s.autoscale && s.splitBySize
          && UnitLane.differInSize(l.series.stream().map(p -> lineRange(List.of(p))).toList())) {
        l.series.forEach(p -> out.add(UnitLane.alone(p)));
      } else {
        out.add(l);
      }
    }
    return out;
  }

  private UnitLane candleLane() {
    UnitLane l = new UnitLane(s.candleSeries().unit());
    l.series.add(s.candleSeries());
    return l;
  }

  private double[] lineRange(List<PlottedSeries> series) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (PlottedSeries p : series) {
      if (!s.autoscale && p.meta != null && p.meta.displayMax() > p.meta.displayMin()) {
        lo = Math.min(lo, p.meta.displayMin());
        hi = Math.max(hi, p.meta.displayMax());
      } else if (s.decimated && p.columns.hasData()) {
        lo = Math.min(lo, p.columns.lowest());
        hi = Math.max(hi, p.columns.highest());
      } else if (!s.decimated) {
        for (int i = 0; i < p.points.count; i++) {
          lo = Math.min(lo, p.points.value[i]);
          hi = Math.max(hi, p.points.value[i]);
        }
      }
    }
    if (s.thresholdsInScale && lo <= hi) {
      for (PlottedSeries p : series) {
        if (p.meta != null) {
          for (double level : new double[] {p.meta.warnLow(), p.meta.warnHigh(),
              p.meta.alarmLow(), p.meta.alarmHigh()}) {
            if (!Double.isNaN(level)) {
              lo = Math.min(lo, level);
              hi = Math.max(hi, level);
            }
          }
        }
      }
    }
    return lo > hi ? null : new double[] {lo, hi};
  }

  /** The value scale of the lane of {@code unit} as last drawn, or null; for tests. */
  NiceScale scaleOf(String unit) {
    return lanes.stream().filter(l -> l.unit.equals(unit)).map(l -> l.scale).findFirst()
        .orElse(null);
  }

  /**
   * Zooms the lane under a box dragged from {@code yA} to {@code yB} (pixels) to the values the
   * box spans; a box over candles changes nothing.
   */
  void zoomValues(double yA, double yB) {
    double mid = (yA + yB) / 2;
    for (UnitLane l : lanes) {
      if (l.scale != null && mid >= l.top && mid <= l.top + l.height
          && s.style == LiveChart.Style.LINE) {
        double a = l.valueAt(Math.max(l.top, Math.min(yA, yB)));
        double b = l.valueAt(Math.min(l.top + l.height, Math.max(yA, yB)));
        s.valueZoom.put(l.key, new double[] {Math.min(a, b), Math.max(a, b)});
      }
    }
  }

  private double[] candleRange() {
    CandleBuffer c = s.candles;
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < c.count(); i++) {
      lo = Math.min(lo, c.low(i));
      hi = Math.max(hi, c.high(i));
    }
    // Leave the bottom fifth of the plot to the volume bars.
    double span = Math.max(hi - lo, Math.abs(hi) * 1e-4);
    double share = ChartRenderer.VOLUME_SHARE;
    return new double[] {lo - span * share / (1 - share), hi};
  }
}
