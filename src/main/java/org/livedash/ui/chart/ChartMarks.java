package org.livedash.ui.chart;

import org.livedash.i18n.Texts;
import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.livedash.model.SeriesMeta;

/**
 * What a chart draws over its plot besides the lines: labelled threshold lines of the series
 * shown, markers where the feed restarted, and candles with their volume bars, volume scale and
 * a marker at the last price.
 */
final class ChartMarks {
  private final ChartState s;
  private final ChartRenderer r;
  /** Heights of the threshold labels drawn at the right end of the current lane. */
  private final java.util.List<Double> labelsAt = new java.util.ArrayList<>();

  ChartMarks(ChartState state, ChartRenderer renderer) {
    this.s = state;
    this.r = renderer;
  }

  /** Dashed lines at the thresholds of a lane's series, each labelled with series and level. */
  void drawThresholds(GraphicsContext g, UnitLane lane) {
    NiceScale scale = lane.scale;
    g.setFont(ChartRenderer.AXIS_FONT);
    g.setTextBaseline(VPos.BOTTOM);
    labelsAt.clear();
    for (PlottedSeries p : lane.series) {
      SeriesMeta m = p.meta;
      if (m == null || !m.hasThresholds()) {
        continue;
      }
      g.setLineWidth(1);
      threshold(g, scale, p, Texts.get("chart.warning"), "≥", m.warnHigh(), s.palette.warn());
      threshold(g, scale, p, Texts.get("chart.warning"), "≤", m.warnLow(), s.palette.warn());
      threshold(g, scale, p, Texts.get("chart.alarm"), "≥", m.alarmHigh(), s.palette.alarm());
      threshold(g, scale, p, Texts.get("chart.alarm"), "≤", m.alarmLow(), s.palette.alarm());
    }
  }

  private void threshold(GraphicsContext g, NiceScale scale, PlottedSeries p, String kind,
      String sign, double value, Color color) {
    if (Double.isNaN(value) || value < scale.min() || value > scale.max()) {
      return;
    }
    double y = Math.round(r.yOf(value)) + 0.5;
    g.setStroke(color);
    g.setLineDashes(6, 4);
    g.strokeLine(ChartRenderer.LEFT, y, ChartRenderer.LEFT + r.plotW(), y);
    g.setLineDashes();
    g.setFill(color);
    String label = String.format(Locale.ROOT, "%s %s %s %s %s", p.name(), kind, sign,
        p.format(value), p.unit()).trim();
    // Two levels too close to label both (a short lane): the line stays, the label that would
    // be written over another is left out.
    if (labelsAt.stream().noneMatch(other -> Math.abs(other - y) < 13)) {
      g.setTextAlign(TextAlignment.RIGHT);
      g.fillText(label, ChartRenderer.LEFT + r.plotW() - 4, y - 2);
      labelsAt.add(y);
    }
  }

  /** A dashed vertical line where the feed restarted: data on either side is of two streams. */
  void drawRestartMarks(GraphicsContext g) {
    g.setLineWidth(1);
    g.setLineDashes(2, 3);
    g.setFont(ChartRenderer.AXIS_FONT);
    g.setTextAlign(TextAlignment.LEFT);
    g.setTextBaseline(VPos.TOP);
    for (long t : s.restartMarks) {
      if (t < s.startMicros || t > s.endMicros) {
        continue;
      }
      double x = Math.round(r.xOf(t)) + 0.5;
      g.setStroke(s.palette.axisText());
      g.strokeLine(x, ChartRenderer.TOP, x, ChartRenderer.TOP + r.plotH());
      g.setFill(s.palette.axisText());
      g.fillText(Texts.get("chart.restarted"), x + 4, ChartRenderer.TOP + 4);
    }
    g.setLineDashes();
  }

  /** Candles with volume bars in the bottom fifth, and the volume scale's top value. */
  void drawCandles(GraphicsContext g) {
    CandleBuffer c = s.candles;
    double plotH = r.plotH();
    double top0 = ChartRenderer.TOP;
    double slot = r.plotW() * c.intervalMicros / (double) s.windowMicros();
    double body = Math.max(1, Math.min(14, slot * 0.7));
    double maxVolume = 0;
    for (int i = 0; i < c.count(); i++) {
      maxVolume = Math.max(maxVolume, c.volume(i));
    }
    double volumeTop = top0 + plotH * (1 - ChartRenderer.VOLUME_SHARE);
    for (int i = 0; i < c.count(); i++) {
      double x = r.xOf(c.startAt(i) + c.intervalMicros / 2);
      Color color = c.close(i) >= c.open(i) ? up() : s.palette.alarm();
      if (maxVolume > 0) {
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
      g.fillText(Texts.get("chart.volume", Formats.count(Math.round(maxVolume))), ChartRenderer.LEFT + 4,
          volumeTop + 2);
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
    if (y < ChartRenderer.TOP || y > ChartRenderer.TOP + r.plotH()) {
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
            p.format(c.close(i)), Formats.count(Math.round(c.volume(i))));
      }
    }
    return null;
  }

  private Color up() {
    return s.palette.dark() ? Color.web("#3fb950") : Color.web("#1a7f37");
  }
}
