package org.livedash.ui.chart;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.livedash.model.SeriesMeta;
import org.livedash.model.SeriesRing;
import org.livedash.model.StoreView;

/**
 * One series against another on a {@link Canvas}: each reading of the Y series paired with the
 * X series' reading nearest in time, within a second (further apart, no pair: never a point made
 * of two moments far apart, so a feed gone quiet leaves the trail where it was), the last
 * {@link #trail} pairs drawn as a trail that fades with age, the newest as a dot. Read under
 * the store's lock ({@link #prepare}), drawn after ({@link #render}), only when a series it
 * shows moved.
 */
public final class XyChart extends Region {
  private static final double PAD = 44;
  private final Canvas canvas = new Canvas();
  private String xId;
  private String yId;
  private int trail = 300;
  private long toleranceMicros = 1_000_000;
  private ChartPalette palette = ChartPalette.darkTheme();
  private final double[] xs = new double[2_000];
  private final double[] ys = new double[2_000];
  private int count;
  private SeriesMeta xMeta;
  private SeriesMeta yMeta;
  private long seenX = -1;
  private long seenY = -1;
  private boolean dirty = true;

  public XyChart() {
    getChildren().add(canvas);
    getStyleClass().add("xy-chart");
    setMinSize(200, 160);
  }

  /** Plots {@code y} against {@code x} (series ids as shown), or nothing while either is null. */
  public void setSeries(String x, String y) {
    xId = x;
    yId = y;
    seenX = -1;
    dirty = true;
  }

  /** How many of the newest pairs are drawn (at most 2 000). */
  public void setTrail(int pairs) {
    trail = Math.max(2, Math.min(xs.length, pairs));
    seenX = -1;
  }

  public void setPalette(ChartPalette p) {
    palette = p;
    dirty = true;
  }

  /** How many pairs the last drawing showed, for tests. */
  public int pairs() {
    return count;
  }

  /** Pairs the newest readings if either series moved; call inside the store's read. */
  public void prepare(StoreView r) {
    int xi = xId == null ? -1 : r.indexOf(xId);
    int yi = yId == null ? -1 : r.indexOf(yId);
    SeriesRing x = xi < 0 ? null : r.ring(xi);
    SeriesRing y = yi < 0 ? null : r.ring(yi);
    long ax = x == null ? -2 : x.appended();
    long ay = y == null ? -2 : y.appended();
    if (ax == seenX && ay == seenY) {
      return;
    }
    seenX = ax;
    seenY = ay;
    xMeta = xi < 0 ? null : r.meta(xi);
    yMeta = yi < 0 ? null : r.meta(yi);
    count = 0;
    if (x != null && y != null && !x.isEmpty()) {
      pair(x, y);
    }
    dirty = true;
  }

  /** The newest {@link #trail} Y readings, each with the X reading nearest it, oldest first. */
  private void pair(SeriesRing x, SeriesRing y) {
    int n = 0;
    for (int j = y.size() - 1; j >= 0 && n < trail; j--) {
      long t = y.timeAt(j);
      int k = x.firstIndexAtOrAfter(t);
      int best = -1;
      long gap = Long.MAX_VALUE;
      for (int c = Math.max(0, k - 1); c <= Math.min(x.size() - 1, k); c++) {
        long d = Math.abs(x.timeAt(c) - t);
        if (d < gap) {
          gap = d;
          best = c;
        }
      }
      if (best >= 0 && gap <= toleranceMicros) {
        xs[n] = x.valueAt(best);
        ys[n] = y.valueAt(j);
        n++;
      }
    }
    for (int i = 0; i < n / 2; i++) {
      swap(xs, i, n - 1 - i);
      swap(ys, i, n - 1 - i);
    }
    count = n;
  }

  private static void swap(double[] a, int i, int j) {
    double t = a[i];
    a[i] = a[j];
    a[j] = t;
  }

  /** Draws if {@link #prepare} found anything new. */
  public void render() {
    if (!dirty) {
      return;
    }
    dirty = false;
    GraphicsContext g = canvas.getGraphicsContext2D();
    double w = canvas.getWidth();
    double h = canvas.getHeight();
    g.setFill(palette.background());
    g.fillRect(0, 0, w, h);
    g.setFont(javafx.scene.text.Font.font(11));
    if (count == 0) {
      g.setFill(palette.axisText());
      g.setTextAlign(TextAlignment.CENTER);
      g.fillText(xId == null || yId == null ? org.livedash.i18n.Texts.get("xy.pick")
          : org.livedash.i18n.Texts.get("xy.noPairs"), w / 2, h / 2);
      return;
    }
    NiceScale sx = NiceScale.of(min(xs), max(xs), 6);
    NiceScale sy = NiceScale.of(min(ys), max(ys), 5);
    double left = PAD + 12;
    double plotW = w - left - 12;
    double plotH = h - PAD - 12;
    drawAxes(g, sx, sy, left, plotW, plotH);
    Color c = ChartPalette.seriesColor(0);
    for (int i = 1; i < count; i++) {
      double age = (double) i / count;
      g.setStroke(c.deriveColor(0, 1, 1, 0.08 + 0.8 * age));
      g.setLineWidth(1.2);
      g.strokeLine(px(xs[i - 1], sx, left, plotW), py(ys[i - 1], sy, plotH),
          px(xs[i], sx, left, plotW), py(ys[i], sy, plotH));
    }
    g.setFill(c);
    g.fillOval(px(xs[count - 1], sx, left, plotW) - 4, py(ys[count - 1], sy, plotH) - 4, 8, 8);
  }

  private void drawAxes(GraphicsContext g, NiceScale sx, NiceScale sy, double left,
      double plotW, double plotH) {
    g.setStroke(palette.grid());
    g.setLineWidth(1);
    g.setFill(palette.axisText());
    g.setTextAlign(TextAlignment.CENTER);
    for (double v = sx.min(); v <= sx.max() + sx.step() / 2; v += sx.step()) {
      double x = px(v, sx, left, plotW);
      g.strokeLine(x, 12, x, 12 + plotH);
      g.fillText(Formats.value(v, sx.decimals()), x, 12 + plotH + 14);
    }
    g.setTextAlign(TextAlignment.RIGHT);
    for (double v = sy.min(); v <= sy.max() + sy.step() / 2; v += sy.step()) {
      double y = py(v, sy, plotH);
      g.strokeLine(left, y, left + plotW, y);
      g.fillText(Formats.value(v, sy.decimals()), left - 4, y + 4);
    }
    g.setFill(palette.legendText());
    g.setTextAlign(TextAlignment.RIGHT);
    g.fillText(title(xMeta), left + plotW, 12 + plotH + 30);
    g.setTextAlign(TextAlignment.LEFT);
    g.fillText(title(yMeta), left + 4, 24);
  }

  private static String title(SeriesMeta m) {
    return m == null ? "" : m.name() + (m.unit().isEmpty() ? "" : " (" + m.unit() + ")");
  }

  private static double px(double v, NiceScale s, double left, double plotW) {
    return left + (v - s.min()) / Math.max(1e-12, s.max() - s.min()) * plotW;
  }

  private static double py(double v, NiceScale s, double plotH) {
    return 12 + plotH - (v - s.min()) / Math.max(1e-12, s.max() - s.min()) * plotH;
  }

  private double min(double[] a) {
    double m = Double.POSITIVE_INFINITY;
    for (int i = 0; i < count; i++) {
      m = Math.min(m, a[i]);
    }
    return m;
  }

  private double max(double[] a) {
    double m = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < count; i++) {
      m = Math.max(m, a[i]);
    }
    return m;
  }

  @Override
  protected void layoutChildren() {
    if (CanvasFit.fit(this, canvas)) {
      dirty = true;
    }
  }

  @Override
  protected double computePrefHeight(double width) {
    return 260;
  }
}
