package org.livedash.ui.chart;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.livedash.model.BucketRing;
import org.livedash.model.SeriesRing;
import org.livedash.model.SeriesStore;
import org.livedash.model.StoreView;

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
  /** How many updates the hole at each of {@link #restartMarks} lost; 0 for a restart. */
  long[] missedAtMarks = new long[0];
  /** Pixel x of a box being dragged, NaN when none. */
  double boxFrom = Double.NaN;
  double boxTo = Double.NaN;
  /** Pixel y of the box being dragged, NaN when none. */
  double boxFromY = Double.NaN;
  double boxToY = Double.NaN;
  /** Whether autoscale keeps the plotted series' thresholds in view too. */
  boolean thresholdsInScale;
  /** Whether a unit's series of very different sizes get a lane each (on by default). */
  boolean splitBySize = true;
  /** Whether the window is held still (paused, panned, zoomed): recordings are read then. */
  boolean frozen;
  /** Whether each series is shown as its % change from the window's left edge. */
  boolean normalised;
  /** Where each series is drawn, when not with its unit ({@link SeriesAxis}). */
  final java.util.Map<String, SeriesAxis> axes = new java.util.HashMap<>();
  /** What each unit's axis says beside its unit, by unit. */
  java.util.Map<String, String> axisTitles = java.util.Map.of();
  /** The notes marked on the time axis; none for a chart that shows none. */
  ChartNotes notes;
  /** Reads of what the rings no longer hold; none for a picture. */
  HistoryReads history;
  /** A value range zoomed to with a box, by lane unit; back to live forgets it. */
  final Map<String, double[]> valueZoom = new HashMap<>();

  /** Every feed's newest alerts, as last read ({@link #readAlerts}). */
  java.util.List<org.livedash.model.AlarmWatch.Alarm> alerts = java.util.List.of();
  private long alertChanges = -1;

  /** Reads the feeds' newest alerts when one began or ended; returns whether they changed. */
  boolean readAlerts(StoreView reader) {
    long now = reader.alarmChanges();
    if (now == alertChanges) {
      return false;
    }
    alertChanges = now;
    alerts = reader.recentAlarms();
    return true;
  }

  /** Copies the store's marks of restarts and holes; returns whether they changed. */
  boolean readRestartMarks(StoreView reader) {
    int count = reader.feedMarkCount();
    if (count == restartMarks.length && (count == 0
        || reader.feedMark(0) == restartMarks[0] && reader.feedMarkMissed(0) == missedAtMarks[0])) {
      return false;
    }
    long[] marks = new long[count];
    long[] missed = new long[count];
    for (int i = 0; i < count; i++) {
      marks[i] = reader.feedMark(i);
      missed[i] = reader.feedMarkMissed(i);
    }
    restartMarks = marks;
    missedAtMarks = missed;
    return true;
  }

  /**
   * Reads the plotted series' rings ({@code rings[i]} for series {@code i}, null when the store
   * has no such series) over [{@code startMicros}, {@code endMicros}] into {@code columns} pixel
   * columns, and the candles of the first. Call inside {@link SeriesStore#read}.
   */
  void fill(SeriesRing[] rings, int columns, long candleMicros) {
    long gapMicros = Math.max(2_000_000L, windowMicros() / 100);
    for (int i = 0; i < rings.length; i++) {
      PlottedSeries p = plotted.get(i);
      SeriesRing ring = rings[i];
      if (ring == null) {
        p.columns.reset(0);
        p.points.count = 0;
        p.crosshairValue = Double.NaN;
        continue;
      }
      if (decimated) {
        M4Decimator.decimate(ring, startMicros, endMicros, columns, gapMicros, p.columns);
        // Past the ring's first sample, while a column is a bucket wide: its ten-second buckets.
        long until = ring.isEmpty() ? Long.MAX_VALUE : ring.timeAt(0);
        if (ring.buckets() != null && columns > 0 && until > startMicros
            && windowMicros() / columns >= BucketRing.BUCKET_MICROS) {
          BucketColumns.merge(ring.buckets(), startMicros, endMicros, until, columns, gapMicros,
              p.columns);
        }
        if (history != null) {
          history.merge(p, ring, startMicros, endMicros, columns, gapMicros, frozen);
        }
      } else {
        p.points.fill(ring, startMicros, endMicros, columns, gapMicros);
      }
      p.crosshairValue = valueAt(ring, crosshairMicros);
      if (Double.isNaN(p.crosshairValue) && crosshairMicros != Crosshair.NONE) {
        p.crosshairValue = before(p, ring, crosshairMicros);
      }
      if (asPercent(p.id)) {
        double base = decimated ? p.columns.asPercentChange() : p.points.asPercentChange();
        p.crosshairValue = PercentChange.of(p.crosshairValue, base);
      }
    }
    if (style == LiveChart.Style.CANDLES && rings.length > 0 && rings[0] != null) {
      candles.build(rings[0], startMicros, endMicros, candleMicros);
    } else {
      candles.count = 0;
    }
  }

  /** Where the series {@code id} is drawn: with its unit when not said. */
  SeriesAxis axisOf(String id) {
    return axes.getOrDefault(id, SeriesAxis.UNIT);
  }

  /** What a lane says at its top: its unit's axis title beside its unit, when it has one. */
  String labelOf(UnitLane lane) {
    String title = axisTitles.get(lane.unit);
    return title == null || title.isBlank() || !lane.label.equals(lane.unit) ? lane.label
        : title + " (" + lane.unit + ")";
  }

  /** Whether the series {@code id} is drawn as its % change: all are, or it is. */
  boolean asPercent(String id) {
    return normalised || axisOf(id) == SeriesAxis.PERCENT;
  }

  /** The same view and settings, with no data read yet and no crosshair: for a picture. */
  ChartState copyView() {
    ChartState c = new ChartState();
    for (PlottedSeries p : plotted) {
      c.plotted.add(new PlottedSeries(p.id, p.color));
    }
    c.zone = zone;
    c.palette = palette;
    c.startMicros = startMicros;
    c.endMicros = endMicros;
    c.style = style;
    c.autoscale = autoscale;
    c.decimated = decimated;
    c.restartMarks = restartMarks;
    c.missedAtMarks = missedAtMarks;
    c.alerts = alerts;
    c.notes = notes;
    c.normalised = normalised;
    c.axes.putAll(axes);
    c.axisTitles = axisTitles;
    c.thresholdsInScale = thresholdsInScale;
    c.splitBySize = splitBySize;
    c.valueZoom.putAll(valueZoom);
    return c;
  }

  /**
   * The value in force at {@code t} before the ring's first sample: the last recorded sample at
   * or before it, when read; else its ten-second bucket's last (a pixel of a bucket's width).
   */
  private double before(PlottedSeries p, SeriesRing ring, long t) {
    SeriesRing read = history == null || !frozen ? null : history.samples(p.id);
    if (read != null && !read.isEmpty() && read.timeAt(0) <= t) {
      return valueAt(read, t);
    }
    BucketRing b = ring.buckets();
    if (b == null || b.size() == 0) {
      return Double.NaN;
    }
    int i = b.firstEndingAtOrAfter(t);
    return i < b.size() && b.firstTime(i) <= t ? b.last(i) : i > 0 ? b.last(i - 1)
        : Double.NaN;
  }

  /** The value in force at {@code t}: the last sample at or before it. */
  private static double valueAt(SeriesRing ring, long t) {
    if (t == Crosshair.NONE || ring.isEmpty()) {
      return Double.NaN;
    }
    int i = ring.firstIndexAtOrAfter(t);
    if (i < ring.size() && ring.timeAt(i) == t) {
      return ring.valueAt(i);
    }
    return i == 0 ? Double.NaN : ring.valueAt(i - 1);
  }

  long windowMicros() {
    return endMicros - startMicros;
  }

  /** The series candles are built from: the first plotted one. */
  PlottedSeries candleSeries() {
    return plotted.isEmpty() ? null : plotted.get(0);
  }
}
