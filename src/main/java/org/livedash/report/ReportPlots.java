package org.livedash.report;

import org.livedash.i18n.Texts;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.HdrHistogram.HistogramIterationValue;

/**
 * The report's plots, drawn with Java2D so that the headless {@code compare} command can make
 * them without a display: latency distributions (CDF on a log time axis) and bytes per update.
 */
public final class ReportPlots {
  private static final Color[] COLORS = {new Color(0x4C9AFF), new Color(0xF5A623),
      new Color(0x2EC4B6), new Color(0xE5576B), new Color(0x9B7BFF), new Color(0x7BC96F)};
  /** The plots' width in pixels: a window shows them at this size where it has room. */
  public static final int WIDTH = 900;
  private static final int W = WIDTH;
  private static final int H = 440;
  private static final int LEFT = 70;
  private static final int RIGHT = 20;
  private static final int TOP = 40;
  private static final int BOTTOM = 60;

  private ReportPlots() {}

  static void latencyCdf(List<ModeResult> results, Path file) throws IOException {
    BufferedImage image = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = start(image, Texts.get("plot.latency"));
    double lo = Math.log10(0.05);
    double hi = Math.log10(5_000);
    int pw = W - LEFT - RIGHT;
    int ph = H - TOP - BOTTOM;
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
    for (double ms : new double[] {0.1, 1, 10, 100, 1000}) {
      int x = LEFT + (int) (pw * (Math.log10(ms) - lo) / (hi - lo));
      g.setColor(new Color(0xD0D7DE));
      g.drawLine(x, TOP, x, TOP + ph);
      g.setColor(Color.DARK_GRAY);
      g.drawString(CompareReport.ms(ms), x - 14, TOP + ph + 16);
    }
    for (int pct = 0; pct <= 100; pct += 25) {
      int y = TOP + ph - ph * pct / 100;
      g.setColor(new Color(0xD0D7DE));
      g.drawLine(LEFT, y, LEFT + pw, y);
      g.setColor(Color.DARK_GRAY);
      g.drawString(pct + " %", LEFT - 40, y + 4);
    }
    g.setStroke(new BasicStroke(2f));
    int i = 0;
    int legendX = LEFT;
    for (ModeResult r : results) {
      if (!r.measured()) {
        continue;
      }
      g.setColor(COLORS[i % COLORS.length]);
      long total = r.latencyMicros().getTotalCount();
      long seen = 0;
      int px = LEFT;
      int py = TOP + ph;
      for (HistogramIterationValue v : r.latencyMicros().recordedValues()) {
        seen += v.getCountAtValueIteratedTo();
        double ms = Math.max(0.05, v.getValueIteratedTo() / 1000.0);
        int x = LEFT + (int) (pw * (Math.log10(ms) - lo) / (hi - lo));
        int y = TOP + ph - (int) (ph * (double) seen / total);
        g.drawLine(px, py, x, py);
        g.drawLine(x, py, x, y);
        px = x;
        py = y;
      }
      legendX = legend(g, legendX, r.label());
      i++;
    }
    ImageIO.write(image, "png", file.toFile());
  }

  static void bytesPerUpdate(List<ModeResult> results, Path file) throws IOException {
    BufferedImage image = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = start(image, Texts.get("plot.bytes"));
    double max = 1;
    for (ModeResult r : results) {
      if (r.measured()) {
        max = Math.max(max, r.bytesPerUpdate());
      }
    }
    int pw = W - LEFT - RIGHT;
    int ph = H - TOP - BOTTOM;
    int slot = pw / Math.max(1, results.size());
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    int i = 0;
    for (ModeResult r : results) {
      int x = LEFT + slot * i + slot / 5;
      if (r.measured()) {
        int h = (int) (ph * r.bytesPerUpdate() / (max * 1.1));
        g.setColor(COLORS[i % COLORS.length]);
        g.fillRect(x, TOP + ph - h, slot * 3 / 5, h);
        g.setColor(Color.DARK_GRAY);
        g.drawString(String.format(Texts.locale(), "%.0f B", r.bytesPerUpdate()), x,
            TOP + ph - h - 6);
      }
      g.setColor(Color.DARK_GRAY);
      g.drawString(r.label(), x, TOP + ph + 18);
      i++;
    }
    ImageIO.write(image, "png", file.toFile());
  }

  private static Graphics2D start(BufferedImage image, String title) {
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
        RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, W, H);
    g.setColor(new Color(0x1F2328));
    // A long title (another language's) is drawn smaller rather than cut.
    int size = 14;
    do {
      g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, size--));
    } while (size >= 10 && g.getFontMetrics().stringWidth(title) > W - LEFT - 12);
    g.drawString(title, LEFT, 24);
    return g;
  }

  /** A legend entry at {@code x}, in the colour set; returns where the next one goes. */
  private static int legend(Graphics2D g, int x, String label) {
    int y = H - 22;
    g.fillRect(x, y - 10, 12, 12);
    g.setColor(new Color(0x1F2328));
    g.drawString(label, x + 18, y);
    return x + 18 + g.getFontMetrics().stringWidth(label) + 28;
  }
}
