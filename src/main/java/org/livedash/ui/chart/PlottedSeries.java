package org.livedash.ui.chart;

import javafx.scene.paint.Color;
import org.livedash.model.SeriesMeta;

/**
 * One series on a chart and what the chart last read of it: the decimated columns (or every
 * point, when decimation is off), and its value at the crosshair. Filled under the store lock,
 * drawn after it is released.
 */
final class PlottedSeries {
  final String id;
  final Color color;
  final ColumnBuffer columns = new ColumnBuffer();
  final PointBuffer points = new PointBuffer();
  SeriesMeta meta;
  double crosshairValue = Double.NaN;
  /** Decimals its readings are shown with ({@link SeriesDecimals}). */
  int decimals = 2;
  /** The widest its legend entry has been while plotted, in pixels ({@link ChartLegend}). */
  double legendWidth;

  /** The series as a % change, described once per description the store gives. */
  private SeriesMeta percentOf;
  private SeriesMeta percent;

  PlottedSeries(String id, Color color) {
    this.id = id;
    this.color = color;
  }

  /**
   * Takes the store's description of the series; as a % change ({@code percent}), one in "%"
   * with no thresholds or display range, so its lane, scale and legend follow.
   */
  void describe(SeriesMeta m, boolean asPercent) {
    if (!asPercent || m == null) {
      meta = m;
      return;
    }
    if (m != percentOf) {
      percentOf = m;
      percent = new SeriesMeta(m.id(), m.name(), "%", m.kind(), Double.NaN, Double.NaN,
          Double.NaN, Double.NaN, Double.NaN, Double.NaN, 2);
    }
    meta = percent;
  }

  String name() {
    return meta == null ? id : meta.name();
  }

  /** A reading of this series as shown: its own decimals, thousands separators. */
  String format(double v) {
    return Formats.value(v, decimals);
  }

  String unit() {
    return meta == null ? "" : meta.unit();
  }
}
