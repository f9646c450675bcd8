package org.livedash.server;

import java.util.random.RandomGenerator;
import org.livedash.model.SeriesMeta;

/**
 * A stock price as geometric Brownian motion, quoted in cents, with a traded volume per tick in
 * round lots. Volatility is per square-root second and set high enough to see moves in a minute.
 */
final class StockSimulator implements SeriesSimulator {
  private final SeriesMeta meta;
  private final double mu;
  private final double sigma;
  private double price;
  private double volume = Double.NaN;

  StockSimulator(SeriesMeta meta, double startPrice, double mu, double sigma) {
    this.meta = meta;
    this.price = startPrice;
    this.mu = mu;
    this.sigma = sigma;
  }

  @Override
  public SeriesMeta meta() {
    return meta;
  }

  @Override
  public double next(double dt, RandomGenerator random) {
    double z = random.nextGaussian();
    price *= Math.exp((mu - sigma * sigma / 2) * dt + sigma * Math.sqrt(dt) * z);
    // Busy ticks trade more: volume grows with the size of the move.
    double lots = 1 + Math.floor(Math.abs(z) * 5 + random.nextDouble() * 10);
    volume = lots * 100;
    return SensorSimulator.round(price, 2);
  }

  @Override
  public double lastVolume() {
    return volume;
  }
}
