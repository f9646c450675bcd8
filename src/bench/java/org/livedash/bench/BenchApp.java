package org.livedash.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.HdrHistogram.Histogram;

/** Runs the benchmark cases one after another in one window, then writes the report. */
public final class BenchApp extends Application {
  static final long UPDATE_PERIOD_NANOS = 40_000_000L;
  static volatile Settings settings;

  /** What to run and where to write. */
  record Settings(Duration measure, Duration warmup, Path out, String only) {}

  /** One engine at one size; {@code idle} means no data updates at all. */
  record Case(Supplier<ChartEngine> engine, int series, int points, boolean idle) {}

  private final List<Case> cases = new ArrayList<>();
  private final List<BenchResult> results = new ArrayList<>();
  private final StackPane root = new StackPane();
  private int index;

  @Override
  public void start(Stage stage) {
    int[][] sizes = {{1, 1_000}, {1, 10_000}, {1, 100_000}, {1, 200_000}, {32, 10_000},
        {8, 100_000}, {8, 1_000_000}};
    List<Supplier<ChartEngine>> engines =
        List.of(LiveDashEngine::new, LineChartEngine::new, ChartFxEngine::new);
    for (int[] size : sizes) {
      for (Supplier<ChartEngine> e : engines) {
        cases.add(new Case(e, size[0], size[1], false));
      }
    }
    cases.add(new Case(LiveDashEngine::new, 8, 100_000, true));
    stage.setScene(new Scene(root, 1200, 600));
    stage.setTitle("LiveDash render benchmark");
    stage.show();
    Platform.runLater(this::next);
  }

  private void next() {
    if (index == cases.size()) {
      finish();
      return;
    }
    Case c = cases.get(index++);
    ChartEngine engine = c.engine().get();
    String label = engine.name() + " " + BenchResult.skipped("", c.series(), c.points(), "").size();
    if (!label.contains(settings.only())) {
      Platform.runLater(this::next);
      return;
    }
    if (tooSlowBefore(engine.name(), c)) {
      results.add(BenchResult.skipped(engine.name(), c.series(), c.points(),
          "under 1 fps at a smaller size"));
      Platform.runLater(this::next);
      return;
    }
    BenchData data = new BenchData(c.series(), c.points());
    root.getChildren().setAll(engine.create(data));
    new Measurement(engine, data, c).start();
  }

  private boolean tooSlowBefore(String engine, Case c) {
    return results.stream().anyMatch(r -> r.engine().equals(engine) && !r.idle()
        && (r.skipped() || r.fps() < 1) && r.series() * (long) r.points()
        < c.series() * (long) c.points());
  }

  private void finish() {
    try {
      new BenchReport(results, settings).write();
    } catch (Exception e) {
      e.printStackTrace();
    }
    Platform.exit();
  }

  /** Drives one case: warm-up, then measured frames. */
  private final class Measurement extends AnimationTimer {
    private final ChartEngine engine;
    private final BenchData data;
    private final Case c;
    private final Histogram frameTimes = new Histogram(60_000_000_000L, 3);
    private final com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private long startNanos;
    private long measureFrom;
    private long lastPulse;
    private long nextUpdate;
    private long frames;
    private long cpuStart;
    private long redrawsStart;

    Measurement(ChartEngine engine, BenchData data, Case c) {
      this.engine = engine;
      this.data = data;
      this.c = c;
    }

    @Override
    public void handle(long now) {
      if (startNanos == 0) {
        startNanos = now;
        nextUpdate = now;
        measureFrom = now + settings.warmup().toNanos();
      }
      if (!c.idle()) {
        while (now >= nextUpdate) {
          data.update();
          nextUpdate += UPDATE_PERIOD_NANOS;
        }
      }
      if (c.idle() && engine instanceof LiveDashEngine live) {
        live.idleFrame();
      } else {
        engine.frame();
      }
      if (now >= measureFrom) {
        if (cpuStart == 0) {
          cpuStart = os.getProcessCpuTime();
          redrawsStart = engine.redraws();
        } else {
          frames++;
          frameTimes.recordValue(Math.max(1, now - lastPulse));
        }
        if (now - measureFrom >= settings.measure().toNanos()) {
          stop();
          double seconds = (now - measureFrom) / 1e9;
          double cpu = (os.getProcessCpuTime() - cpuStart) / 1e9 / seconds * 100;
          long redraws = engine.redraws() - redrawsStart;
          results.add(BenchResult.measured(engine.name(), c.series(), c.points(), c.idle(),
              redraws / seconds, frames < 2 ? null : frameTimes, frames < 2 ? Double.NaN : cpu,
              redraws));
          System.out.println(results.get(results.size() - 1).line());
          Platform.runLater(BenchApp.this::next);
        }
      }
      lastPulse = now;
    }
  }
}
