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

  PlottedSeries(String id, Color color) {
    this.id = id;
    this.color = color;
  }

  String name() {
    return meta == null ? id : meta.name();
  }

  String unit() {
    return meta == null ? "" : meta.unit();
  }
}
