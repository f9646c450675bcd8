package org.livedash.bench;

import java.nio.file.Path;
import java.time.Duration;
import javafx.application.Application;

/**
 * The render benchmark: draws the same data and update stream with the LiveDash chart, a tuned
 * JavaFX LineChart and ChartFx, for several series and point counts at 25 data updates per
 * second, and reports rendered frames per second, frame times and process CPU. Not a test: run
 * it under Xvfb (see README), and compare ratios within one run.
 *
 * <p>Arguments: {@code --seconds N} measured per case (default 6), {@code --warmup N} (default
 * 2), {@code --out DIR} (default target/bench), {@code --only TEXT} (only the cases whose chart
 * name or size contains TEXT, for a quick look).
 */
public final class RenderBench {
  private RenderBench() {}

  public static void main(String[] args) {
    Duration measure = Duration.ofSeconds(6);
    Duration warmup = Duration.ofSeconds(2);
    Path out = Path.of("target", "bench");
    String only = "";
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--seconds" -> measure = Duration.ofMillis((long) (Double.parseDouble(args[i + 1])
            * 1000));
        case "--warmup" -> warmup = Duration.ofMillis((long) (Double.parseDouble(args[i + 1])
            * 1000));
        case "--out" -> out = Path.of(args[i + 1]);
        case "--only" -> only = args[i + 1];
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    BenchApp.settings = new BenchApp.Settings(measure, warmup, out, only);
    Application.launch(BenchApp.class);
  }
}
