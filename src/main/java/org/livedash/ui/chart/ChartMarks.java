package org.livedash.ui.chart;

import org.livedash.i18n.Texts;
import java.util.List;
import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.livedash.model.SeriesMeta;

/**
 * What a chart draws over its plot besides the lines: labelled threshold lines of the series
 * shown, the units it had no room for, markers where the feed restarted, and candles with their
 * volume bars, volume scale and a marker at the last price.
 */
final class ChartMarks {
  private final ChartState s;
  private final ChartRenderer r;
  /** Measures a label's text. */
  private final Text probe = new Text();
  private final RightAxis rightAxis = new RightAxis();

  ChartMarks(ChartState state, ChartRenderer renderer) {
    this.s = state;
    this.r = renderer;
  }

  /** Dashed lines at the thresholds of a lane's series in its range, under the data. */
  void drawThresholdLines(GraphicsContext g, UnitLane lane) {
    g.setLineWidth(1);
    g.setLineDashes(6, 4);
    for (PlottedSeries p : lane.series) {
      SeriesMeta m = p.meta;
      if (m == null || !m.hasThresholds()) {
        continue;
      }
      for (Level level : levels(m)) {
        if (inRange(lane, level.value)) {
          g.setStroke(level.alarm ? s.palette.alarm() : s.palette.warn());
          double y = Math.round(r.yOf(level.value)) + 0.5;
          g.strokeLine(ChartRenderer.LEFT, y, ChartRenderer.LEFT + r.plotW(), y);
        }
      }
    }
    g.setLineDashes();
  }

  /**
   * Each threshold line's label — series, level and value — once, beside its line where it
   * covers neither the data nor another label ({@link ThresholdLabels}), on the chart's ground
   * so no line runs through it; alarms placed first.
   */
  void drawThresholdLabels(GraphicsContext g, UnitLane lane, ThresholdLabels labels) {
    g.setFont(ChartRenderer.AXIS_FONT);
    g.setTextAlign(TextAlignment.LEFT);
    g.setTextBaseline(VPos.CENTER);
    for (boolean alarms : new boolean[] {true, false}) {
      for (PlottedSeries p : lane.series) {
        SeriesMeta m = p.meta;
        if (m == null || !m.hasThresholds()) {
          continue;
        }
        for (Level level : levels(m)) {
          if (level.alarm == alarms && inRange(lane, level.value)) {
            label(g, lane, labels, p, level);
          }
        }
      }
    }
  }

  private void label(GraphicsContext g, UnitLane lane, ThresholdLabels labels, PlottedSeries p,
      Level level) {
    String text = String.join(" ", p.name(), Texts.get(level.alarm ? "chart.alarm"
        : "chart.warning"), level.high ? "≥" : "≤", p.format(level.value), p.unit()).trim();
    Color color = level.alarm ? s.palette.alarm() : s.palette.warn();
    // On a light ground the threshold colours are too pale for small text: a darker shade.
    place(g, lane, labels, text, Math.round(r.yOf(level.value)) + 0.5,
        s.palette.dark() ? color : color.deriveColor(0, 1, 0.78, 1));
  }

  /**
   * Names the units the plot had no room for, along the bottom of the last lane, off its data
   * and off the threshold labels where there is room.
   */
  void drawLeftOut(GraphicsContext g, UnitLane last, ThresholdLabels labels, List<String> units) {
    if (units.isEmpty()) {
      return;
    }
    g.setFont(ChartRenderer.AXIS_FONT);
    g.setTextAlign(TextAlignment.LEFT);
    g.setTextBaseline(VPos.CENTER);
    place(g, last, labels, Texts.get("chart.lanesLeftOut", units.size(),
        String.join(", ", units)), last.top + last.height, s.palette.axisText());
  }

  /** A label beside the line at {@code y}, on the chart's ground; none where it has no room. */
  private void place(GraphicsContext g, UnitLane lane, ThresholdLabels labels, String text,
      double y, Color color) {
    probe.setText(text);
    probe.setFont(ChartRenderer.AXIS_FONT);
    double w = Math.ceil(probe.getLayoutBounds().getWidth()) + 8;
    double h = Math.ceil(probe.getLayoutBounds().getHeight()) + 2;
    ThresholdLabels.Box b = labels.place(y, w, h, ChartRenderer.LEFT + 2,
        ChartRenderer.LEFT + r.plotW() - 2, lane.top, lane.top + lane.height,
        (x0, x1, y0, y1) -> dataCrosses(lane, x0, x1, y0, y1));
    if (b == null) {
      return;
    }
    g.setFill(s.palette.background().deriveColor(0, 1, 1, 0.92));
    g.fillRoundRect(b.x(), b.y(), b.w(), b.h(), 4, 4);
    g.setFill(color);
    g.fillText(text, b.x() + 4, b.y() + b.h() / 2);
  }

  /** Whether a plotted line of the lane passes through the rectangle (pixels). */
  private boolean dataCrosses(UnitLane lane, double x0, double x1, double y0, double y1) {
    for (PlottedSeries p : lane.series) {
      double prevX = Double.NaN;
      double prevY = Double.NaN;
      int n = s.decimated ? p.columns.columns : p.points.count;
      for (int i = 0; i < n; i++) {
        boolean present = !s.decimated || p.columns.present[i];
        if (!present) {
          continue;
        }
        double x = ChartRenderer.LEFT + (s.decimated ? i : p.points.column[i]) + 0.5;
        double first = lane.yOf(s.decimated ? p.columns.first[i] : p.points.value[i]);
        double lo = s.decimated ? lane.yOf(p.columns.max[i]) : first;
        double hi = s.decimated ? lane.yOf(p.columns.min[i]) : first;
        double last = s.decimated ? lane.yOf(p.columns.last[i]) : first;
        boolean joined = !Double.isNaN(prevX)
            && !(s.decimated ? p.columns.breakBefore[i] : p.points.breakBefore[i]);
        // The segment from the previous point, then the column itself.
        if (joined && prevX <= x1 && x >= x0 && Math.max(prevY, first) >= y0
            && Math.min(prevY, first) <= y1) {
          return true;
        }
        if (x >= x0 && x <= x1 && hi >= y0 && lo <= y1) {
          return true;
        }
        prevX = x;
        prevY = last;
      }
    }
    return false;
  }

  private static boolean inRange(UnitLane lane, double value) {
    return !Double.isNaN(value) && value >= lane.scale.min() && value <= lane.scale.max();
  }

  private static List<Level> levels(SeriesMeta m) {
    return List.of(new Level(m.alarmHigh(), true, true), new Level(m.alarmLow(), true, false),
        new Level(m.warnHigh(), false, true), new Level(m.warnLow(), false, false));
  }

  /** One threshold of a series: its value, whether an alarm, whether a bound from above. */
  private record Level(double value, boolean alarm, boolean high) {}

  /** The right axis over the top lane, for the lanes drawn there ({@code overlays}). */
  void drawRightAxis(GraphicsContext g, List<UnitLane> overlays, ThresholdLabels labels) {
    rightAxis.clear();
    for (UnitLane o : overlays) {
      rightAxis.draw(g, o, s.labelOf(o), ChartRenderer.LEFT + r.plotW(), s.palette, labels);
    }
  }

  RightAxis rightAxis() {
    return rightAxis;
  }

  /** Candles with volume bars in the bottom fifth, and the volume scale's top value. */
  void drawCandles(GraphicsContext g) {
    CandleBuffer c = s.candles;
    double plotH = r.plotH();
    double top0 = r.top();
    double slot = r.plotW() * c.intervalMicros / (double) s.windowMicros();
    double body = Math.max(1, Math.min(14, slot * 0.7));
    double maxVolume = 0;
    for (int i = 0; i < c.count(); i++) {
      // A candle drawn from buckets has no volume known (NaN): no bar.
      maxVolume = Double.isNaN(c.volume(i)) ? maxVolume : Math.max(maxVolume, c.volume(i));
    }
    double volumeTop = top0 + plotH * (1 - ChartRenderer.VOLUME_SHARE);
    for (int i = 0; i < c.count(); i++) {
      double x = r.xOf(c.startAt(i) + c.intervalMicros / 2);
      Color color = c.close(i) >= c.open(i) ? up() : s.palette.alarm();
      if (maxVolume > 0 && !Double.isNaN(c.volume(i))) {
        double vh = (top0 + plotH - volumeTop) * c.volume(i) / maxVolume;
        g.setFill(color.deriveColor(0, 1, 1, 0.35));
        g.fillRect(x - body / 2, top0 + plotH - vh, body, vh);
      }
      g.setStroke(color);
      g.setLineWidth(1);
      g.strokeLine(Math.round(x) + 0.5, r.yOf(c.high(i)), Math.round(x) + 0.5, r.yOf(c.low(i)));
      double top = r.yOf(Math.max(c.open(i), c.close(i)));
      double bottom = r.yOf(Math.min(c.open(i), c.close(i)));
      g.setFill(color);
      g.fillRect(x - body / 2, top, body, Math.max(1, bottom - top));
    }
    if (maxVolume > 0) {
      g.setStroke(s.palette.grid());
      g.strokeLine(ChartRenderer.LEFT, volumeTop, ChartRenderer.LEFT + r.plotW(), volumeTop);
      g.setFill(s.palette.axisText());
      g.setFont(ChartRenderer.AXIS_FONT);
      g.setTextAlign(TextAlignment.LEFT);
      g.setTextBaseline(VPos.TOP);
      g.fillText(Texts.get("chart.volume", Formats.count(Math.round(maxVolume))),
          ChartRenderer.LEFT + 4, volumeTop + 2);
    }
  }

  /** The last close as a tag on the right edge, in the colour of its candle. */
  void drawLastPrice(GraphicsContext g) {
    CandleBuffer c = s.candles;
    if (c.count() == 0) {
      return;
    }
    int last = c.count() - 1;
    double y = Math.round(r.yOf(c.close(last))) + 0.5;
    if (y < r.top() || y > r.top() + r.plotH()) {
      return;
    }
    Color color = c.close(last) >= c.open(last) ? up() : s.palette.alarm();
    double right = ChartRenderer.LEFT + r.plotW();
    g.setStroke(color);
    g.setLineDashes(1, 2);
    g.strokeLine(ChartRenderer.LEFT, y, right, y);
    g.setLineDashes();
    String text = s.candleSeries().format(c.close(last));
    double w = text.length() * 7 + 8;
    g.setFill(color);
    g.fillRoundRect(right - w, y - 9, w, 18, 4, 4);
    g.setFill(Color.WHITE);
    g.setFont(ChartRenderer.AXIS_FONT);
    g.setTextAlign(TextAlignment.CENTER);
    g.setTextBaseline(VPos.CENTER);
    g.fillText(text, right - w / 2, y);
  }

  /** Open, high, low, close and volume of the candle under the crosshair, or null. */
  String candleReadout() {
    CandleBuffer c = s.candles;
    long t = s.crosshairMicros;
    if (t == Crosshair.NONE) {
      return null;
    }
    PlottedSeries p = s.candleSeries();
    for (int i = 0; i < c.count(); i++) {
      if (t >= c.startAt(i) && t < c.startAt(i) + c.intervalMicros) {
        return String.format(Locale.ROOT, "O %s  H %s  L %s  C %s  V %s",
            p.format(c.open(i)), p.format(c.high(i)), p.format(c.low(i)),
            p.format(c.close(i)), Double.isNaN(c.volume(i)) ? "–"
                : Formats.count(Math.round(c.volume(i))));
      }
    }
    return null;
  }

  private Color up() {
    return s.palette.dark() ? Color.web("#3fb950") : Color.web("#1a7f37");
  }
}
