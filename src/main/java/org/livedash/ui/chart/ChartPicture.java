package org.livedash.ui.chart;

import org.livedash.i18n.Texts;
import javafx.geometry.VPos;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.livedash.model.SeriesRing;
import org.livedash.model.StoreReader;

/**
 * A chart's view as a picture to keep: drawn afresh at the size asked for (not a stretched
 * screenshot: the data is read again for that many pixel columns), at 1× or 2× for sharp
 * printing, under a title that says what it shows. The chart on screen is left as it is.
 */
public final class ChartPicture {
  /** Height of the title band, in logical pixels. */
  static final double TITLE_BAND = 34;
  private static final Font TITLE_FONT = Font.font("System", FontWeight.SEMI_BOLD, 15);
  /** The largest side a picture may have, in logical pixels. */
  public static final int MAX_SIDE = 8_000;
  /** The narrowest and the lowest chart that still has room for its axes. */
  public static final int MIN_SIDE = 200;
  public static final int MIN_HEIGHT = 80;

  /**
   * What to draw: the title (blank for none), the chart's size in logical pixels and the
   * scale (1 or 2) the picture is made at.
   */
  public record Options(String title, int width, int height, int scale) {
    public Options {
      if (width < MIN_SIDE || height < MIN_HEIGHT || width > MAX_SIDE || height > MAX_SIDE) {
        throw new IllegalArgumentException(Texts.get("chartPicture.size", MIN_SIDE, MAX_SIDE,
            MIN_HEIGHT));
      }
      if (scale != 1 && scale != 2) {
        throw new IllegalArgumentException(Texts.get("chartPicture.scale"));
      }
      title = title == null ? "" : title.strip();
    }
  }

  private ChartPicture() {}

  /** Draws {@code chart}'s view as {@code options} say; on the JavaFX thread. */
  public static WritableImage of(LiveChart chart, StoreReader store, Options options) {
    ChartState view = chart.state().copyView();
    double w = options.width();
    double h = options.height();
    store.read(r -> {
      SeriesRing[] rings = new SeriesRing[view.plotted.size()];
      for (int i = 0; i < rings.length; i++) {
        PlottedSeries p = view.plotted.get(i);
        int index = r.indexOf(p.id);
        p.meta = index < 0 ? null : r.meta(index);
        rings[i] = index < 0 ? null : r.ring(index);
        if (rings[i] != null) {
          p.decimals = chart.decimals().of(p.meta, rings[i]);
        }
      }
      view.fill(rings, (int) Math.floor(ChartRenderer.plotWidth(w)), chart.candleMicros());
    });
    double band = options.title().isEmpty() ? 0 : TITLE_BAND;
    int scale = options.scale();
    Canvas canvas = new Canvas(w * scale, (h + band) * scale);
    GraphicsContext g = canvas.getGraphicsContext2D();
    g.scale(scale, scale);
    g.setFill(view.palette.background());
    g.fillRect(0, 0, w, h + band);
    if (band > 0) {
      g.setFill(view.palette.legendText());
      g.setFont(TITLE_FONT);
      g.setTextAlign(TextAlignment.LEFT);
      g.setTextBaseline(VPos.CENTER);
      g.fillText(options.title(), ChartRenderer.RIGHT, band / 2 + 2, w - 2 * ChartRenderer.RIGHT);
      g.translate(0, band);
    }
    new ChartRenderer(view).draw(g, w, h);
    SnapshotParameters params = new SnapshotParameters();
    params.setFill(view.palette.background());
    return canvas.snapshot(params, null);
  }
}
