package org.livedash.ui.chart;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything one frame of a chart needs to be drawn, filled by {@link LiveChart} and read by
 * {@link ChartRenderer}; confined to the JavaFX thread.
 */
final class ChartState {
  final List<PlottedSeries> plotted = new ArrayList<>();
  final CandleBuffer candles = new CandleBuffer();
  ZoneId zone;
  ChartPalette palette = ChartPalette.darkTheme();
  long startMicros;
  long endMicros;
  LiveChart.Style style = LiveChart.Style.LINE;
  boolean autoscale = true;
  boolean decimated = true;
  long crosshairMicros = Crosshair.NONE;
  /** Pixel x of a box being dragged, NaN when none. */
  double boxFrom = Double.NaN;
  double boxTo = Double.NaN;

  long windowMicros() {
    return endMicros - startMicros;
  }

  /** The series candles are built from: the first plotted one. */
  PlottedSeries candleSeries() {
    return plotted.isEmpty() ? null : plotted.get(0);
  }
}
