package org.livedash.ui.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * One horizontal band of a chart's plot with a y scale of its own: the plotted series that
 * share a unit. Series in °C and in kW are never drawn against one axis; each unit gets its lane,
 * stacked, with its own labels.
 */
final class UnitLane {
  /**
   * Series of one unit whose sizes differ more than this (97 000 beside 231) get a lane each:
   * on one axis the smaller would be flat lines at the bottom.
   */
  static final double SPLIT_RATIO = 10;

  final String unit;
  /** What the lane is known by (its unit, or its unit and its one series). */
  final String key;
  /** What the lane says at its top left. */
  final String label;
  final List<PlottedSeries> series = new ArrayList<>();
  /** Whether the lane is drawn over the top lane against a right axis. */
  final boolean right;
  NiceScale scale;
  double top;
  double height;

  UnitLane(String unit) {
    this(unit, unit, unit);
  }

  private UnitLane(String unit, String key, String label) {
    this(unit, key, label, false);
  }

  private UnitLane(String unit, String key, String label, boolean right) {
    this.unit = unit;
    this.key = key;
    this.label = label;
    this.right = right;
  }

  /** The series of one unit drawn over the top lane, read against a right axis. */
  static UnitLane right(List<PlottedSeries> series) {
    String unit = series.get(0).unit();
    UnitLane l = new UnitLane(unit, unit + "\u0000right",
        unit.isEmpty() ? series.get(0).name() : unit, true);
    l.series.addAll(series);
    return l;
  }

  /** A lane of its own for one series of a unit whose series differ in size. */
  static UnitLane alone(PlottedSeries p) {
    UnitLane l = new UnitLane(p.unit(), p.unit() + "\u0000" + p.id,
        p.unit().isEmpty() ? p.name() : p.name() + " · " + p.unit());
    l.series.add(p);
    return l;
  }

  /**
   * Whether series of one unit differ in size enough to be drawn apart: the largest magnitude
   * of one's values over another's is above {@link #SPLIT_RATIO}; each range is {lo, hi}, null
   * for a series with nothing to draw.
   */
  static boolean differInSize(List<double[]> ranges) {
    double smallest = Double.POSITIVE_INFINITY;
    double largest = 0;
    for (double[] r : ranges) {
      if (r == null) {
        continue;
      }
      double size = Math.max(Math.abs(r[0]), Math.abs(r[1]));
      smallest = Math.min(smallest, size);
      largest = Math.max(largest, size);
    }
    return smallest > 0 && largest / smallest > SPLIT_RATIO;
  }

  /** Groups the plotted series by unit, in the order the units first appear. */
  static List<UnitLane> of(List<PlottedSeries> plotted) {
    List<UnitLane> lanes = new ArrayList<>();
    for (PlottedSeries p : plotted) {
      UnitLane lane = null;
      for (UnitLane l : lanes) {
        if (l.unit.equals(p.unit())) {
          lane = l;
        }
      }
      if (lane == null) {
        lane = new UnitLane(p.unit());
        lanes.add(lane);
      }
      lane.series.add(p);
    }
    return lanes;
  }

  double yOf(double v) {
    return top + height * (1 - (v - scale.min()) / (scale.max() - scale.min()));
  }

  /** The value drawn at {@code y} pixels. */
  double valueAt(double y) {
    return scale.min() + (1 - (y - top) / height) * (scale.max() - scale.min());
  }
}
