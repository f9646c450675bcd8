package org.livedash.ui.chart;

import org.livedash.i18n.Texts;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.livedash.model.EpochMicros;

/**
 * Draws a {@link ChartState} on a canvas: grid and axes, threshold lines, lines or candles with
 * volume, the crosshair and the legend. Lines are drawn column by column ({@link ColumnSpans}),
 * so the M4 points of a column give exactly the pixels that every sample of it gives.
 */
final class ChartRenderer {
  static final double LEFT = 64;
  static final double RIGHT = 16;
  static final double TOP = 30;
  static final double BOTTOM = 26;
  static final Font AXIS_FONT = Font.font("System", 11);
  private static final Font LEGEND_FONT = Font.font("System", FontWeight.SEMI_BOLD, 12);
  static final double VOLUME_SHARE = 0.2;
  /** A line's width, in pixels. */
  private static final double LINE_WIDTH = 1.6;
  private final ColumnSpans spans = new ColumnSpans();
  private final ThresholdLabels labels = new ThresholdLabels();
  private final ChartLegend legend = new ChartLegend();
  /** Measures a text drawn: a lane's unit, the zone's name. */
  private final Text probe = new Text();
  /** Where the plot begins: below the legend's rows. */
  private double top = TOP;

  private final ChartState s;
  private final ChartMarks marks;
  private final EventMarks events;
  private GraphicsContext g;
  private double width;
  private double height;
  private final LaneLayout layout;
  private List<UnitLane> lanes = List.of();
  private UnitLane lane;

  ChartRenderer(ChartState state) {
    this.s = state;
    this.marks = new ChartMarks(state, this);
    this.events = new EventMarks(state, this);
    this.layout = new LaneLayout(state);
    probe.setFont(AXIS_FONT);
  }

  static double plotWidth(double canvasWidth) {
    return Math.max(0, canvasWidth - LEFT - RIGHT);
  }

  void draw(GraphicsContext gc, double w, double h) {
    g = gc;
    width = w;
    height = h;
    g.setFill(s.palette.background());
    g.fillRect(0, 0, w, h);
    if (w < LEFT + RIGHT + 10 || h < TOP + BOTTOM + 10) {
      return;
    }
    boolean candles = s.style == LiveChart.Style.CANDLES && s.candles.count() > 0;
    int rows = legend.layOut(s, candles, candles ? marks.candleReadout() : null, LEFT,
        LEFT + plotW() - zoneRoom(), this::shownValue);
    top = TOP + (rows - 1) * ChartLegend.ROW;
    boolean empty = layout.layOut(candles, top, plotH());
    lanes = layout.lanes();
    drawTimeGrid();
    for (UnitLane l : lanes) {
      lane = l;
      drawValueGrid();
    }
    if (empty) {
      centerText(Texts.get(s.plotted.isEmpty() ? "chart.pick" : "chart.waiting"));
    } else {
      for (UnitLane l : layout.drawn()) {
        lane = l;
        marks.drawThresholdLines(g, l);
      }
      g.save();
      if (candles) {
        clip(lanes.get(0));
        marks.drawCandles(g);
      } else {
        for (UnitLane l : lanes) {
          lane = l;
          g.save();
          clip(l);
          for (PlottedSeries p : l.series) {
            drawLine(p);
          }
          g.restore();
        }
        for (UnitLane o : layout.overlays()) {
          lane = o;
          g.save();
          clip(o);
          o.series.forEach(this::drawLine);
          g.restore();
        }
      }
      clip(null);
      labels.clear();
      for (UnitLane l : lanes) {
        lane = l;
        if (!l.label.isEmpty()) {
          drawUnit();
        }
      }
      marks.drawRightAxis(g, layout.overlays(), labels);
      events.draw(g, labels);
      for (UnitLane l : layout.drawn()) {
        lane = l;
        marks.drawThresholdLabels(g, l, labels);
      }
      marks.drawLeftOut(g, lanes.get(lanes.size() - 1), labels, layout.leftOut());
      drawCrosshair(candles);
      drawBox();
      g.restore();
      if (candles) {
        marks.drawLastPrice(g);
      }
    }
    legend.draw(g, s.palette);
  }


  /** The threshold labels of the last frame, where they were drawn; for tests. */
  List<ThresholdLabels.Box> thresholdLabels() {
    return labels.placed();
  }

  /** What the last frame drew over the lines; for tests. */
  ChartMarks marks() {
    return marks;
  }

  /** The feed's events the last frame marked; for tests. */
  EventMarks events() {
    return events;
  }

  /** The legend of the last frame; for tests. */
  ChartLegend legend() {
    return legend;
  }

  /** How the plot is split into lanes and scaled. */
  LaneLayout layout() {
    return layout;
  }

  /** Clips drawing to a lane, or to the whole plot. */
  private void clip(UnitLane l) {
    g.restore();
    g.save();
    g.beginPath();
    g.rect(LEFT, l == null ? top : l.top, plotW(), l == null ? plotH() : l.height);
    g.clip();
  }

  /** The current lane's value grid and labels. */
  private void drawValueGrid() {
    NiceScale scale = lane.scale;
    g.setLineWidth(1);
    g.setFont(AXIS_FONT);
    g.setTextBaseline(VPos.CENTER);
    g.setTextAlign(TextAlignment.RIGHT);
    String format = "%,." + scale.decimals() + "f";
    for (double v = scale.min(); v <= scale.max() + scale.step() / 2; v += scale.step()) {
      double y = Math.round(yOf(v)) + 0.5;
      g.setStroke(s.palette.grid());
      g.strokeLine(LEFT, y, LEFT + plotW(), y);
      g.setFill(s.palette.axisText());
      g.fillText(String.format(Texts.locale(), format, v), LEFT - 8, y);
    }
  }

  /**
   * The current lane's unit at its top left, on the chart's ground so a line passing there does
   * not run through it.
   */
  private void drawUnit() {
    String label = s.labelOf(lane);
    probe.setText(label);
    double w = probe.getLayoutBounds().getWidth();
    double h = probe.getLayoutBounds().getHeight();
    g.setFill(s.palette.background().deriveColor(0, 1, 1, 0.85));
    g.fillRoundRect(LEFT + 2, lane.top + 1, w + 4, h + 2, 3, 3);
    labels.occupy(new ThresholdLabels.Box(LEFT + 2, lane.top + 1, w + 4, h + 2));
    g.setFont(AXIS_FONT);
    g.setTextAlign(TextAlignment.LEFT);
    g.setTextBaseline(VPos.TOP);
    g.setFill(s.palette.axisText());
    g.fillText(label, LEFT + 4, lane.top + 2);
  }

  private void drawTimeGrid() {
    g.setLineWidth(1);
    g.setFont(AXIS_FONT);
    long window = s.windowMicros();
    Duration step = TimeTicks.step(window, plotW(), 90);
    long stepMicros = step.toNanos() / 1000;
    g.setTextAlign(TextAlignment.CENTER);
    g.setTextBaseline(VPos.TOP);
    for (TimeTicks.Tick tick : TimeTicks.ticks(s.startMicros, s.endMicros, stepMicros, s.zone)) {
      double x = Math.round(xOf(tick.micros())) + 0.5;
      g.setStroke(s.palette.grid());
      g.strokeLine(x, top, x, top + plotH());
      // A label that would run past the canvas' edge is left out rather than cut.
      if (x + tick.label().length() * 3.4 <= width) {
        g.setFill(s.palette.axisText());
        g.fillText(tick.label(), x, top + plotH() + 6);
      }
    }
    g.setTextAlign(TextAlignment.RIGHT);
    g.setTextBaseline(VPos.CENTER);
    g.fillText(zoneName(), LEFT + plotW(), 14);
  }

  private void drawLine(PlottedSeries p) {
    spans.reset(LEFT, (int) Math.ceil(plotW()));
    LinePath path = new LinePath(spans);
    if (s.decimated) {
      ColumnBuffer c = p.columns;
      path.edge(LEFT, c.before);
      for (int i = 0; i < c.columns; i++) {
        if (c.present[i]) {
          double x = columnX(i);
          path.to(x, yOf(c.first[i]), c.breakBefore[i]);
          path.to(x, yOf(c.min[i]), false);
          path.to(x, yOf(c.max[i]), false);
          path.to(x, yOf(c.last[i]), false);
        }
      }
      path.end(LEFT + plotW(), c.after);
    } else {
      PointBuffer b = p.points;
      path.edge(LEFT, b.before);
      for (int i = 0; i < b.count; i++) {
        path.to(columnX(b.column[i]), yOf(b.value[i]), b.breakBefore[i]);
      }
      path.end(LEFT + plotW(), b.after);
    }
    g.setFill(p.color);
    spans.fill(g, LINE_WIDTH);
  }

  /** Builds one polyline, lifting the pen at breaks; the edges join to off-window samples. */
  private final class LinePath {
    private final ColumnSpans out;
    private boolean penDown;
    private double lastX;

    LinePath(ColumnSpans out) {
      this.out = out;
    }

    void edge(double x, double value) {
      if (!Double.isNaN(value)) {
        out.moveTo(x, yOf(value));
        penDown = true;
        lastX = x;
      }
    }

    void to(double x, double y, boolean breakBefore) {
      if (!penDown || breakBefore) {
        out.moveTo(x, y);
        penDown = true;
      } else {
        out.lineTo(x, y);
      }
      lastX = x;
    }

    void end(double x, double value) {
      if (penDown && !Double.isNaN(value)) {
        out.lineTo(Math.max(lastX, x), yOf(value));
      }
    }
  }

  private void drawCrosshair(boolean candles) {
    long t = s.crosshairMicros;
    if (t == Crosshair.NONE || t < s.startMicros || t > s.endMicros) {
      return;
    }
    double x = Math.round(xOf(t)) + 0.5;
    g.setStroke(s.palette.axisText());
    g.setLineWidth(1);
    g.setLineDashes(3, 3);
    g.strokeLine(x, top, x, top + plotH());
    g.setLineDashes();
    if (!candles) {
      for (UnitLane l : java.util.stream.Stream.concat(lanes.stream(),
          layout.overlays().stream()).toList()) {
        for (PlottedSeries p : l.series) {
          if (!Double.isNaN(p.crosshairValue)) {
            g.setFill(p.color);
            g.fillOval(x - 3.5, l.yOf(p.crosshairValue) - 3.5, 7, 7);
          }
        }
      }
    }
    String label = DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(s.zone)
        .format(EpochMicros.toInstant(t));
    g.setFont(AXIS_FONT);
    double w = label.length() * 6.6 + 10;
    double lx = Math.max(LEFT, Math.min(x - w / 2, LEFT + plotW() - w));
    g.setFill(s.palette.legendText());
    g.fillRoundRect(lx, top + plotH() - 18, w, 16, 4, 4);
    g.setFill(s.palette.background());
    g.setTextAlign(TextAlignment.CENTER);
    g.setTextBaseline(VPos.CENTER);
    g.fillText(label, lx + w / 2, top + plotH() - 10);
  }

  private void drawBox() {
    if (Double.isNaN(s.boxFrom) || Double.isNaN(s.boxTo)) {
      return;
    }
    double x0 = Math.min(s.boxFrom, s.boxTo);
    double x1 = Math.max(s.boxFrom, s.boxTo);
    g.setFill(s.palette.axisText().deriveColor(0, 1, 1, 0.18));
    // A box taller than a few pixels zooms the values too: drawn as the box it is.
    if (Math.abs(s.boxToY - s.boxFromY) > Zoomer.MIN_BOX_PX) {
      double y0 = Math.max(top, Math.min(s.boxFromY, s.boxToY));
      double y1 = Math.min(top + plotH(), Math.max(s.boxFromY, s.boxToY));
      g.fillRect(x0, y0, Math.max(1, x1 - x0), y1 - y0);
    } else {
      g.fillRect(x0, top, x1 - x0, plotH());
    }
  }

  private String zoneName() {
    return s.zone.getDisplayName(TextStyle.SHORT, Texts.locale());
  }

  /** The room the zone's name takes at the right of the legend's first row, and a gap. */
  private double zoneRoom() {
    probe.setText(zoneName());
    return probe.getLayoutBounds().getWidth() + 12;
  }

  /** What the legend shows of a series: its value at the crosshair, else its latest. */
  private double shownValue(PlottedSeries p) {
    return s.crosshairMicros != Crosshair.NONE ? p.crosshairValue : latest(p);
  }

  private double latest(PlottedSeries p) {
    if (s.decimated) {
      return p.columns.latest();
    }
    return p.points.count == 0 ? Double.NaN : p.points.value[p.points.count - 1];
  }

  private void centerText(String text) {
    g.setFill(s.palette.axisText());
    g.setFont(LEGEND_FONT);
    g.setTextAlign(TextAlignment.CENTER);
    g.setTextBaseline(VPos.CENTER);
    g.fillText(text, LEFT + plotW() / 2, top + plotH() / 2);
  }

  double xOf(long t) {
    return LEFT + (t - s.startMicros) * plotW() / (double) s.windowMicros();
  }

  private static double columnX(int column) {
    return LEFT + column + 0.5;
  }

  /** Where a value of the current lane is drawn. */
  double yOf(double v) {
    return lane.yOf(v);
  }

  double plotW() {
    return plotWidth(width);
  }

  double plotH() {
    return Math.max(0, height - top - BOTTOM);
  }

  /** Where the plot begins, below the legend. */
  double top() {
    return top;
  }
}
