package org.livedash.bench;

import java.util.Random;
import java.util.function.BiConsumer;

/**
 * The data every engine draws: {@code series} random walks of {@code points} points, sampled
 * every 4 ms, to which each update appends {@link #PER_UPDATE} points per series and from which
 * it drops as many, so the retained count stays fixed as the window slides.
 */
final class BenchData {
  static final int PER_UPDATE = 10;
  static final long STEP_MICROS = 4_000;

  final int series;
  final int points;
  /** x (time in seconds) and y per series, oldest first; rolled in place as a ring. */
  final double[][] values;
  long firstSample;
  private final Random random = new Random(7);
  private final double[] level;
  private int head;

  BenchData(int series, int points) {
    this.series = series;
    this.points = points;
    this.values = new double[series][points];
    this.level = new double[series];
    for (int s = 0; s < series; s++) {
      level[s] = 50 + 10 * s;
      for (int i = 0; i < points; i++) {
        values[s][i] = next(s);
      }
    }
  }

  private double next(int s) {
    level[s] += random.nextGaussian() * 0.5;
    return level[s];
  }

  /** Appends one update's worth of new points to every series. */
  void update() {
    for (int k = 0; k < PER_UPDATE; k++) {
      for (int s = 0; s < series; s++) {
        values[s][head] = next(s);
      }
      head = (head + 1) % points;
      firstSample++;
    }
  }

  /** Visits the points of series {@code s} in time order as (time in seconds, value). */
  void forEach(int s, BiConsumer<Double, Double> visitor) {
    for (int i = 0; i < points; i++) {
      visitor.accept(timeOf(i), valueAt(s, i));
    }
  }

  /** Time of the i-th retained point, in seconds. */
  double timeOf(int i) {
    return (firstSample + i) * STEP_MICROS / 1e6;
  }

  long timeMicrosOf(int i) {
    return (firstSample + i) * STEP_MICROS;
  }

  double valueAt(int s, int i) {
    return values[s][(head + i) % points];
  }
}
