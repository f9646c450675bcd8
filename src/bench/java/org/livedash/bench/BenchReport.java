package org.livedash.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.livedash.ui.chart.ChartExport;
import org.livedash.ui.chart.ChartPalette;

/** Writes the results as a Markdown table and a bar plot of frames per second. */
final class BenchReport {
  private final List<BenchResult> results;
  private final BenchApp.Settings settings;

  BenchReport(List<BenchResult> results, BenchApp.Settings settings) {
    this.results = results;
    this.settings = settings;
  }

  void write() throws IOException {
    Files.createDirectories(settings.out());
    Path md = settings.out().resolve("render-bench.md");
    Files.writeString(md, markdown());
    Path png = settings.out().resolve("render-bench.png");
    ChartExport.writePng(plot().snapshot(null, null), png);
    System.out.println(markdown());
    System.out.println("written " + md + " and " + png);
  }

  static String environment() {
    String pipeline;
    try {
      Object p = Class.forName("com.sun.prism.GraphicsPipeline").getMethod("getPipeline")
          .invoke(null);
      pipeline = p == null ? "unknown" : p.getClass().getSimpleName();
    } catch (ReflectiveOperationException | LinkageError e) {
      pipeline = "unknown (" + e.getClass().getSimpleName() + ")";
    }
    return String.format(Locale.ROOT, "JavaFX %s, pipeline %s, Java %s, %d cores, %s",
        System.getProperty("javafx.runtime.version", "?"), pipeline,
        System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
        LocalDate.now());
  }

  String markdown() {
    StringBuilder sb = new StringBuilder();
    sb.append("Render benchmark: ").append(environment()).append(String.format(Locale.ROOT,
        "; %d s measured per case after %d s warm-up; 25 data updates/s; every pulse asks for a"
            + " redraw, frames/s counts the redraws each chart really made.%n%n",
        settings.measure().toSeconds(), settings.warmup().toSeconds()));
    sb.append("| chart | series × points | rendered frames/s | frame p50 | p95 | p99"
        + " | CPU (% of a core) |\n");
    sb.append("|---|---|---:|---:|---:|---:|---:|\n");
    for (BenchResult r : results) {
      if (r.skipped()) {
        sb.append(String.format(Locale.ROOT, "| %s | %s | – | – | – | – | – (%s) |%n",
            r.engine(), r.size(), r.note()));
      } else {
        String fps = r.fps() < 1 ? "< 1" : String.format(Locale.ROOT, "%.1f", r.fps());
        String cpu = Double.isNaN(r.cpu()) ? "–" : String.format(Locale.ROOT, "%.0f %%", r.cpu());
        sb.append(String.format(Locale.ROOT,
            "| %s | %s | %s | %s | %s | %s | %s%s |%n", r.engine(), r.size(), fps,
            millis(r.p50()), millis(r.p95()), millis(r.p99()), cpu,
            r.idle() ? ", " + r.redraws() + " redraws" : ""));
      }
    }
    return sb.toString();
  }

  private static String millis(double ms) {
    return Double.isNaN(ms) ? "> measured time" : String.format(Locale.ROOT, "%.1f ms", ms);
  }

  /** Frames per second per size, one bar per chart library. */
  private Canvas plot() {
    Map<String, Integer> engines = new LinkedHashMap<>();
    Map<String, Integer> sizes = new LinkedHashMap<>();
    for (BenchResult r : results) {
      if (!r.idle()) {
        engines.putIfAbsent(r.engine(), engines.size());
        sizes.putIfAbsent(r.size(), sizes.size());
      }
    }
    double w = 960;
    double h = 440;
    double left = 60;
    double bottom = 60;
    double top = 50;
    Canvas canvas = new Canvas(w, h);
    GraphicsContext g = canvas.getGraphicsContext2D();
    g.setFill(Color.WHITE);
    g.fillRect(0, 0, w, h);
    g.setFont(Font.font("System", 12));
    g.setFill(Color.web("#1f2328"));
    g.setTextAlign(TextAlignment.LEFT);
    g.setTextBaseline(VPos.TOP);
    g.fillText("Rendered frames per second (higher is better), " + environment(), left, 12);
    double plotH = h - top - bottom;
    double max = 60;
    g.setStroke(Color.web("#d0d7de"));
    g.setTextAlign(TextAlignment.RIGHT);
    g.setTextBaseline(VPos.CENTER);
    for (int v = 0; v <= max; v += 10) {
      double y = top + plotH * (1 - v / max);
      g.strokeLine(left, y, w - 20, y);
      g.fillText(Integer.toString(v), left - 8, y);
    }
    double group = (w - left - 20) / Math.max(1, sizes.size());
    double bar = group * 0.8 / Math.max(1, engines.size());
    g.setTextAlign(TextAlignment.CENTER);
    g.setTextBaseline(VPos.TOP);
    for (Map.Entry<String, Integer> s : sizes.entrySet()) {
      g.setFill(Color.web("#1f2328"));
      g.fillText(s.getKey() + " points", left + group * (s.getValue() + 0.5), h - bottom + 8);
    }
    for (BenchResult r : results) {
      if (r.idle() || r.skipped()) {
        continue;
      }
      double fps = Math.min(max, r.fps());
      double x = left + group * sizes.get(r.size()) + group * 0.1 + bar * engines.get(r.engine());
      double y = top + plotH * (1 - fps / max);
      g.setFill(ChartPalette.seriesColor(engines.get(r.engine())));
      g.fillRect(x, y, bar - 4, top + plotH - y);
    }
    double lx = left;
    g.setTextAlign(TextAlignment.LEFT);
    g.setTextBaseline(VPos.CENTER);
    for (Map.Entry<String, Integer> e : engines.entrySet()) {
      g.setFill(ChartPalette.seriesColor(e.getValue()));
      g.fillRect(lx, h - 22, 12, 12);
      g.setFill(Color.web("#1f2328"));
      g.fillText(e.getKey(), lx + 18, h - 16);
      lx += 200;
    }
    return canvas;
  }
}
