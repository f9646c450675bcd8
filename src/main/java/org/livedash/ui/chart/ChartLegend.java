package org.livedash.ui.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.livedash.i18n.Texts;

/**
 * The chart's legend: each plotted series' name and value (at the crosshair, or its latest),
 * measured and set in as many rows above the plot as the names need — never one name under
 * another or under the zone label. Past three rows the rest are counted ("+2 more").
 */
final class ChartLegend {
  /** The height of one row of the legend. */
  static final double ROW = 17;
  private static final int MAX_ROWS = 3;
  private static final double SWATCH = 16;
  private static final double GAP = 18;
  private static final Font FONT = Font.font("System", FontWeight.SEMI_BOLD, 12);

  private final Text probe = new Text();
  private final List<Entry> entries = new ArrayList<>();
  private int rows = 1;

  /** One entry as set out: its swatch's colour (null for the count of those left out). */
  record Entry(Color color, String text, double x, double width, int row) { }

  ChartLegend() {
    probe.setFont(FONT);
  }

  /**
   * Sets the legend out between {@code left} and {@code right} for this frame.
   *
   * @param candles whether the chart draws candles: their series alone, with {@code readout}
   *     (the candle under the crosshair, or null)
   * @param value what each series shows beside its name
   * @return how many rows it takes
   */
  int layOut(ChartState s, boolean candles, String readout, double left, double right,
      ToDoubleFunction<PlottedSeries> value) {
    entries.clear();
    double x = left;
    int row = 0;
    List<PlottedSeries> shown = candles ? List.of(s.candleSeries()) : s.plotted;
    for (int i = 0; i < shown.size(); i++) {
      PlottedSeries p = shown.get(i);
      String text = text(s, p, candles, readout, value.applyAsDouble(p));
      // A width only grows while the series is plotted, so a value gaining a digit does not
      // send the entries to and fro between rows.
      p.legendWidth = Math.max(p.legendWidth, SWATCH + width(text));
      if (x > left && x + p.legendWidth > right) {
        if (row == MAX_ROWS - 1) {
          String more = Texts.get("chart.legendMore", shown.size() - i);
          entries.add(new Entry(null, more, x, width(more), row));
          break;
        }
        row++;
        x = left;
      }
      entries.add(new Entry(p.color, text, x, p.legendWidth, row));
      x += p.legendWidth + GAP;
    }
    rows = row + 1;
    return rows;
  }

  /** The entries of the last layout; for tests. */
  List<Entry> entries() {
    return List.copyOf(entries);
  }

  /** Draws what {@link #layOut} set out. */
  void draw(GraphicsContext g, ChartPalette palette) {
    g.setFont(FONT);
    g.setTextAlign(TextAlignment.LEFT);
    g.setTextBaseline(VPos.CENTER);
    for (Entry e : entries) {
      double y = 14 + e.row * ROW;
      if (e.color != null) {
        g.setFill(e.color);
        g.fillRoundRect(e.x, y - 5, 10, 10, 3, 3);
      }
      g.setFill(palette.legendText());
      g.fillText(e.text, e.color != null ? e.x + SWATCH : e.x, y);
    }
  }

  private static String text(ChartState s, PlottedSeries p, boolean candles, String readout,
      double v) {
    String text = p.name() + "  " + (Double.isNaN(v) ? "–" : p.format(v) + " " + p.unit());
    if (candles) {
      text += readout != null ? "  · " + readout
          : "  · " + Texts.get("chart.candlesOf", Formats.interval(s.candles.intervalMicros));
    }
    return text;
  }

  private double width(String text) {
    probe.setText(text);
    return probe.getLayoutBounds().getWidth();
  }
}
