package org.livedash.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * The scale bench's plot: latency p50 and p99 of one relay's WebSocket clients against their
 * number, one line per feed rate, on a log latency axis (Java2D, headless).
 */
final class ScalePlot {
  /** One measured setting of one relay's WebSocket clients. */
  record Point(int clients, double feedRate, double p50, double p99) {}

  private static final Color[] COLORS = {new Color(0x4C9AFF), new Color(0xF5A623)};
  private static final int W = 900;
  private static final int H = 440;
  private static final int LEFT = 70;
  private static final int RIGHT = 180;
  private static final int TOP = 40;
  private static final int BOTTOM = 60;

  private ScalePlot() {}

  static void write(List<Point> points, Path file) throws IOException {
    BufferedImage image = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(new Color(0x1E1F24));
    g.fillRect(0, 0, W, H);
    g.setColor(new Color(0xE6E6E6));
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
    g.drawString("One relay, WebSocket: latency source → client against clients (2 cores)",
        LEFT, 24);
    int maxClients = points.stream().mapToInt(Point::clients).max().orElse(1);
    double lo = Math.log10(1);
    double hi = Math.log10(10_000);
    int pw = W - LEFT - RIGHT;
    int ph = H - TOP - BOTTOM;
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
    for (double ms : new double[] {1, 10, 50, 100, 1000, 10_000}) {
      int y = TOP + ph - (int) ((Math.log10(ms) - lo) / (hi - lo) * ph);
      g.setColor(ms == 50 ? new Color(0x7A3B45) : new Color(0x3A3C44));
      g.drawLine(LEFT, y, LEFT + pw, y);
      g.setColor(new Color(0xB0B0B0));
      g.drawString(String.format(Locale.ROOT, "%,.0f ms", ms), 8, y + 4);
    }
    for (int c = 0; c <= maxClients; c += 1_000) {
      int x = LEFT + (int) ((double) c / maxClients * pw);
      g.drawString(String.format(Locale.ROOT, "%,d", c), x - 12, TOP + ph + 18);
    }
    g.drawString("clients", LEFT + pw / 2 - 20, TOP + ph + 40);
    double[] rates = points.stream().mapToDouble(Point::feedRate).distinct().toArray();
    for (int r = 0; r < rates.length; r++) {
      double rate = rates[r];
      List<Point> line = points.stream().filter(p -> p.feedRate() == rate).toList();
      for (int percentile = 0; percentile < 2; percentile++) {
        g.setColor(COLORS[r % COLORS.length]);
        g.setStroke(percentile == 0 ? new BasicStroke(2f) : new BasicStroke(2f,
            BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {6f, 4f}, 0f));
        int px = -1;
        int py = -1;
        for (Point p : line) {
          double ms = Math.max(1, percentile == 0 ? p.p50() : p.p99());
          int x = LEFT + (int) ((double) p.clients() / maxClients * pw);
          int y = TOP + ph - (int) ((Math.log10(ms) - lo) / (hi - lo) * ph);
          g.fillOval(x - 3, y - 3, 6, 6);
          if (px >= 0) {
            g.drawLine(px, py, x, y);
          }
          px = x;
          py = y;
        }
        g.drawString(String.format(Locale.ROOT, "%s at %.0f update/s", percentile == 0 ? "p50"
            : "p99", rate), LEFT + pw + 14, TOP + 20 + (r * 2 + percentile) * 18);
      }
    }
    g.dispose();
    ImageIO.write(image, "png", file.toFile());
  }
}
