package org.livedash.server;

import java.util.random.RandomGenerator;
import org.livedash.model.SeriesMeta;

/**
 * A sensor reading: a slow mean-reverting drift around a base value, measurement noise, and now
 * and then a spike that rises past the alarm threshold and decays, so tiles and alerts have
 * something to show.
 */
final class SensorSimulator implements SeriesSimulator {
  private final SeriesMeta meta;
  private final double base;
  private final double noise;
  private final double driftScale;
  private final double spikeHeight;
  private final double spikesPerMinute;
  private final int decimals;
  private double drift;
  private double spike;

  SensorSimulator(
      SeriesMeta meta,
      double base,
      double noise,
      double driftScale,
      double spikeHeight,
      double spikesPerMinute,
      int decimals) {
    this.meta = meta;
    this.base = base;
    this.noise = noise;
    this.driftScale = driftScale;
    this.spikeHeight = spikeHeight;
    this.spikesPerMinute = spikesPerMinute;
    this.decimals = decimals;
  }

  @Override
  public SeriesMeta meta() {
    return meta;
  }

  @Override
  public double next(double dt, RandomGenerator random) {
    // Ornstein-Uhlenbeck drift: wanders by about driftScale, returns to base within ~30 s.
    drift += -drift * dt / 30.0 + driftScale * Math.sqrt(dt / 15.0) * random.nextGaussian();
    spike *= Math.exp(-dt / 2.5);
    if (random.nextDouble() < spikesPerMinute * dt / 60.0) {
      spike = spikeHeight * (0.8 + 0.4 * random.nextDouble());
    }
    double value = base + drift + spike + noise * random.nextGaussian();
    double lo = meta.displayMin();
    value = Math.max(lo, value);
    return round(value, decimals);
  }

  @Override
  public double lastVolume() {
    return Double.NaN;
  }

  static double round(double value, int decimals) {
    double scale = Math.pow(10, decimals);
    return Math.round(value * scale) / scale;
  }
}
