package org.livedash.ui.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * One horizontal band of a chart's plot with a y scale of its own: the plotted series that
 * share a unit. Series in °C and in kW are never drawn against one axis; each unit gets its lane,
 * stacked, with its own labels.
 */
final class UnitLane {
  final String unit;
  final List<PlottedSeries> series = new ArrayList<>();
  NiceScale scale;
  double top;
  double height;

  UnitLane(String unit) {
    this.unit = unit;
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
