package org.livedash.ui.chart;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.livedash.model.EpochMicros;
import org.livedash.model.SeriesMeta;
import org.livedash.model.SeriesRing;
import org.livedash.model.SeriesStore;

/**
 * A live time-series chart drawn on one {@link Canvas}: a sliding time window that ends at the
 * newest sample, an autoscaled value axis with nice ticks, threshold lines, a legend, and each
 * series reduced to four points per pixel column before drawing.
 *
 * <p>Used in two steps each frame, both on the JavaFX thread: {@link #prepare} under the store's
 * read lock (copies only what is visible into column buffers), then {@link #render}, which draws
 * only when something visible changed.
 */
public final class LiveChart extends Region {
  private static final double LEFT = 64;
  private static final double RIGHT = 16;
  private static final double TOP = 30;
  private static final double BOTTOM = 26;
  private static final Font AXIS_FONT = Font.font("System", 11);
  private static final Font LEGEND_FONT = Font.font("System", FontWeight.SEMI_BOLD, 12);

  private final Canvas canvas = new Canvas();
  private final List<Plotted> plotted = new ArrayList<>();
  private final ZoneId zone;
  private Duration window = Duration.ofMinutes(1);
  private ChartPalette palette = ChartPalette.darkTheme();
  private long endMicros;
  private long lastVersion = -1;
  private boolean dirty = true;
  private long redraws;

  public LiveChart(ZoneId zone) {
    this.zone = zone;
    getChildren().add(canvas);
    getStyleClass().add("live-chart");
    setMinSize(200, 120);
  }

  /** Which series to plot, by catalogue id, with their colours. */
  public void setSeries(List<String> ids, List<Color> colors) {
    plotted.clear();
    for (int i = 0; i < ids.size(); i++) {
      plotted.add(new Plotted(ids.get(i), colors.get(i)));
    }
    invalidate();
  }

  public List<String> seriesIds() {
    return plotted.stream().map(p -> p.id).toList();
  }

  public void setWindow(Duration newWindow) {
    window = newWindow;
    invalidate();
  }

  public Duration window() {
    return window;
  }

  public void setPalette(ChartPalette newPalette) {
    palette = newPalette;
    invalidate();
  }

  /** How many times the chart has actually been drawn (for tests and the frame counter). */
  public long redraws() {
    return redraws;
  }

  /** Forces a redraw at the next frame. */
  public void invalidate() {
    dirty = true;
    lastVersion = -1;
  }

  /**
   * Copies the visible part of each plotted series into its column buffer, if the store changed
   * since the last call. Call inside {@link SeriesStore#read}.
   */
  public void prepare(SeriesStore.Reader reader, long storeVersion) {
    if (storeVersion == lastVersion && !dirty) {
      return;
    }
    lastVersion = storeVersion;
    int columns = (int) Math.max(0, Math.floor(plotWidth()));
    long newest = Long.MIN_VALUE;
    for (Plotted p : plotted) {
      int index = reader.indexOf(p.id);
      p.meta = index < 0 ? null : reader.meta(index);
      p.ring = index < 0 ? null : reader.ring(index);
      if (p.ring != null && !p.ring.isEmpty()) {
        newest = Math.max(newest, p.ring.lastTime());
      }
    }
    endMicros = newest == Long.MIN_VALUE ? EpochMicros.of(Instant.now()) : newest;
    long startMicros = endMicros - window.toNanos() / 1000;
    long gapMicros = Math.max(2_000_000, window.toNanos() / 1000 / 100);
    for (Plotted p : plotted) {
      if (p.ring == null) {
        p.columns.reset(0);
      } else {
        M4Decimator.decimate(p.ring, startMicros, endMicros, columns, gapMicros, p.columns);
      }
      p.ring = null;
    }
    dirty = true;
  }

  /** Draws if anything visible changed since the last draw. */
  public void render() {
    if (!dirty) {
      return;
    }
    dirty = false;
    redraws++;
    GraphicsContext g = canvas.getGraphicsContext2D();
    double w = canvas.getWidth();
    double h = canvas.getHeight();
    g.setFill(palette.background());
    g.fillRect(0, 0, w, h);
    if (w < LEFT + RIGHT + 10 || h < TOP + BOTTOM + 10) {
      return;
    }
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (Plotted p : plotted) {
      if (p.columns.hasData()) {
        lo = Math.min(lo, p.columns.lowest());
        hi = Math.max(hi, p.columns.highest());
      }
    }
    boolean empty = lo > hi;
    NiceScale scale = empty ? NiceScale.of(0, 1, 5) : NiceScale.of(lo, hi, 6);
    drawGrid(g, scale);
    if (empty) {
      g.setFill(palette.axisText());
      g.setFont(LEGEND_FONT);
      g.setTextAlign(TextAlignment.CENTER);
      g.setTextBaseline(VPos.CENTER);
      g.fillText(plotted.isEmpty() ? "Pick a series to plot" : "Waiting for data…",
          LEFT + plotWidth() / 2, TOP + plotHeight() / 2);
      drawLegend(g);
      return;
    }
    drawThresholds(g, scale);
    g.save();
    g.beginPath();
    g.rect(LEFT, TOP, plotWidth(), plotHeight());
    g.clip();
    for (Plotted p : plotted) {
      drawSeries(g, p, scale);
    }
    g.restore();
    drawLegend(g);
  }

  private void drawGrid(GraphicsContext g, NiceScale scale) {
    double pw = plotWidth();
    double ph = plotHeight();
    g.setLineWidth(1);
    g.setFont(AXIS_FONT);
    g.setTextBaseline(VPos.CENTER);
    g.setTextAlign(TextAlignment.RIGHT);
    String format = "%." + scale.decimals() + "f";
    for (double v = scale.min(); v <= scale.max() + scale.step() / 2; v += scale.step()) {
      double y = Math.round(yOf(v, scale)) + 0.5;
      g.setStroke(palette.grid());
      g.strokeLine(LEFT, y, LEFT + pw, y);
      g.setFill(palette.axisText());
      g.fillText(String.format(Locale.ROOT, format, v), LEFT - 8, y);
    }
    long windowMicros = window.toNanos() / 1000;
    Duration step = TimeTicks.step(windowMicros, pw, 90);
    long stepMicros = step.toNanos() / 1000;
    long startMicros = endMicros - windowMicros;
    DateTimeFormatter fmt = DateTimeFormatter.ofPattern(TimeTicks.pattern(step)).withZone(zone);
    g.setTextAlign(TextAlignment.CENTER);
    g.setTextBaseline(VPos.TOP);
    long firstTick = Math.floorDiv(startMicros, stepMicros) * stepMicros + stepMicros;
    for (long t = firstTick; t <= endMicros; t += stepMicros) {
      double x = Math.round(LEFT + (t - startMicros) * pw / windowMicros) + 0.5;
      g.setStroke(palette.grid());
      g.strokeLine(x, TOP, x, TOP + ph);
      g.setFill(palette.axisText());
      g.fillText(fmt.format(EpochMicros.toInstant(t)), x, TOP + ph + 6);
    }
    g.setTextAlign(TextAlignment.RIGHT);
    g.fillText(zone.getDisplayName(TextStyle.SHORT, Locale.getDefault()), LEFT + pw, 8);
  }

  private void drawThresholds(GraphicsContext g, NiceScale scale) {
    for (Plotted p : plotted) {
      if (p.meta == null || !p.meta.hasThresholds()) {
        continue;
      }
      g.setLineWidth(1);
      g.setLineDashes(6, 4);
      threshold(g, scale, p.meta.warnHigh(), palette.warn());
      threshold(g, scale, p.meta.warnLow(), palette.warn());
      threshold(g, scale, p.meta.alarmHigh(), palette.alarm());
      threshold(g, scale, p.meta.alarmLow(), palette.alarm());
      g.setLineDashes();
    }
  }

  private void threshold(GraphicsContext g, NiceScale scale, double value, Color color) {
    if (Double.isNaN(value) || value < scale.min() || value > scale.max()) {
      return;
    }
    double y = Math.round(yOf(value, scale)) + 0.5;
    g.setStroke(color);
    g.strokeLine(LEFT, y, LEFT + plotWidth(), y);
  }

  private void drawSeries(GraphicsContext g, Plotted p, NiceScale scale) {
    ColumnBuffer c = p.columns;
    g.setStroke(p.color);
    g.setLineWidth(1.6);
    g.beginPath();
    boolean penDown = false;
    if (!Double.isNaN(c.before)) {
      g.moveTo(LEFT, yOf(c.before, scale));
      penDown = true;
    }
    double lastX = LEFT;
    for (int i = 0; i < c.columns; i++) {
      if (!c.present[i]) {
        continue;
      }
      double x = LEFT + i + 0.5;
      if (!penDown || c.breakBefore[i]) {
        g.moveTo(x, yOf(c.first[i], scale));
        penDown = true;
      } else {
        g.lineTo(x, yOf(c.first[i], scale));
      }
      if (c.min[i] != c.max[i]) {
        g.lineTo(x, yOf(c.min[i], scale));
        g.lineTo(x, yOf(c.max[i], scale));
      }
      g.lineTo(x, yOf(c.last[i], scale));
      lastX = x;
    }
    if (!Double.isNaN(c.after) && penDown) {
      g.lineTo(Math.max(lastX, LEFT + plotWidth()), yOf(c.after, scale));
    }
    g.stroke();
  }

  private void drawLegend(GraphicsContext g) {
    double x = LEFT;
    g.setFont(LEGEND_FONT);
    g.setTextAlign(TextAlignment.LEFT);
    g.setTextBaseline(VPos.CENTER);
    for (Plotted p : plotted) {
      String name = p.meta == null ? p.id : p.meta.name();
      String value = Double.isNaN(p.columns.latest()) ? "–"
          : Formats.value(p.columns.latest()) + (p.meta == null ? "" : " " + p.meta.unit());
      g.setFill(p.color);
      g.fillRoundRect(x, 9, 10, 10, 3, 3);
      g.setFill(palette.legendText());
      String text = name + "  " + value;
      g.fillText(text, x + 16, 14);
      x += 16 + text.length() * 7.2 + 18;
    }
  }

  private double yOf(double v, NiceScale scale) {
    return TOP + plotHeight() * (1 - (v - scale.min()) / (scale.max() - scale.min()));
  }

  private double plotWidth() {
    return Math.max(0, canvas.getWidth() - LEFT - RIGHT);
  }

  private double plotHeight() {
    return Math.max(0, canvas.getHeight() - TOP - BOTTOM);
  }

  @Override
  protected void layoutChildren() {
    double w = snapSizeX(getWidth());
    double h = snapSizeY(getHeight());
    if (canvas.getWidth() != w || canvas.getHeight() != h) {
      canvas.setWidth(w);
      canvas.setHeight(h);
      invalidate();
    }
  }

  @Override
  protected double computePrefWidth(double height) {
    return 600;
  }

  @Override
  protected double computePrefHeight(double width) {
    return 260;
  }

  private static final class Plotted {
    final String id;
    final Color color;
    final ColumnBuffer columns = new ColumnBuffer();
    SeriesMeta meta;
    SeriesRing ring;

    Plotted(String id, Color color) {
      this.id = id;
      this.color = color;
    }
  }
}
