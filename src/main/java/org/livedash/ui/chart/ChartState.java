package org.livedash.ui.chart;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.livedash.model.SeriesStore;

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
  /** When the feed restarted (a new stream), epoch microseconds, newest first. */
  long[] restartMarks = new long[0];
  /** Pixel x of a box being dragged, NaN when none. */
  double boxFrom = Double.NaN;
  double boxTo = Double.NaN;
  /** Pixel y of the box being dragged, NaN when none. */
  double boxFromY = Double.NaN;
  double boxToY = Double.NaN;
  /** Whether autoscale keeps the plotted series' thresholds in view too. */
  boolean thresholdsInScale;
  /** A value range zoomed to with a box, by lane unit; back to live forgets it. */
  final Map<String, double[]> valueZoom = new HashMap<>();

  /** Copies the store's restart marks; returns whether they changed. */
  boolean readRestartMarks(SeriesStore.Reader reader) {
    int count = reader.restartMarkCount();
    if (count == restartMarks.length
        && (count == 0 || reader.restartMark(0) == restartMarks[0])) {
      return false;
    }
    long[] marks = new long[count];
    for (int i = 0; i < count; i++) {
      marks[i] = reader.restartMark(i);
    }
    restartMarks = marks;
    return true;
  }

  long windowMicros() {
    return endMicros - startMicros;
  }

  /** The series candles are built from: the first plotted one. */
  PlottedSeries candleSeries() {
    return plotted.isEmpty() ? null : plotted.get(0);
  }
}
