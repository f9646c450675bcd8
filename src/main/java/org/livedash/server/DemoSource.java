package org.livedash.server;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.random.RandomGenerator;
import org.livedash.model.EpochMicros;
import org.livedash.model.InvalidInputException;
import org.livedash.model.Reason;
import org.livedash.model.SeriesMeta;

/**
 * The demo feed's source: simulated sensors and stocks. On every tick each series emits as many
 * readings as its rate says are due, with timestamps spread over the tick, handed on as one
 * batch. Ticks run on the server's timer thread only.
 */
final class DemoSource implements FeedSource {
  private static final Logger LOG = Logger.getLogger(DemoSource.class.getName());

  private final List<SeriesSimulator> simulators;
  private final double ratePerSeries;
  private final long tickMillis;
  private final double[] due;
  private final Clock clock;
  private final RandomGenerator random;
  private ReadingSink out;
  private ScheduledFuture<?> ticking;
  private long lastTickNanos;

  /**
   * @throws IllegalArgumentException when the rate over all series passes
   *     {@link DemoFeedConfig#MAX_TOTAL_RATE}
   */
  DemoSource(List<SeriesSimulator> simulators, double ratePerSeries, long tickMillis, Clock clock,
      RandomGenerator random) {
    double total = ratePerSeries * simulators.size();
    if (total > DemoFeedConfig.MAX_TOTAL_RATE) {
      throw new InvalidInputException(Reason.of("demo.rateTooHigh", ratePerSeries, total,
          DemoFeedConfig.MAX_TOTAL_RATE));
    }
    this.simulators = simulators;
    this.ratePerSeries = ratePerSeries;
    this.tickMillis = tickMillis;
    this.clock = clock;
    this.random = random;
    this.due = new double[simulators.size()];
    // Random phases, so the series do not all tick in the same frame.
    for (int i = 0; i < due.length; i++) {
      due[i] = random.nextDouble();
    }
  }

  @Override
  public List<SeriesMeta> initialSeries() {
    return simulators.stream().map(SeriesSimulator::meta).toList();
  }

  @Override
  public SeriesMeta describe(String seriesId) {
    return simulators.stream().map(SeriesSimulator::meta).filter(m -> m.id().equals(seriesId))
        .findFirst().orElse(null);
  }

  @Override
  public void start(ReadingSink sink, ScheduledExecutorService timer) {
    this.out = sink;
    ticking = timer.scheduleAtFixedRate(this::tickSafely, 0, tickMillis, TimeUnit.MILLISECONDS);
  }

  @Override
  public Reason description() {
    return Reason.of("demo.description", simulators.size(), ratePerSeries);
  }

  @Override
  public Reason problem() {
    return null;
  }

  @Override
  public void close() {
    if (ticking != null) {
      ticking.cancel(false);
    }
  }

  private void tickSafely() {
    try {
      tick(System.nanoTime());
    } catch (RuntimeException e) {
      // A failed tick must not cancel the schedule: log it and keep the feed going.
      LOG.log(Level.WARNING, Reason.of("demo.tickFailed").english(), e);
    }
  }

  /** Emits what is due since the previous tick. */
  void tick(long nowNanos) {
    if (lastTickNanos == 0) {
      lastTickNanos = nowNanos;
      return;
    }
    double dt = Math.min((nowNanos - lastTickNanos) / 1e9, 1.0);
    lastTickNanos = nowNanos;
    long nowMicros = EpochMicros.now(clock);
    double step = 1.0 / ratePerSeries;
    long stepMicros = Math.max(1, Math.round(step * 1e6));
    List<Reading> batch = new ArrayList<>();
    for (int i = 0; i < simulators.size(); i++) {
      due[i] += ratePerSeries * dt;
      int n = (int) due[i];
      due[i] -= n;
      SeriesSimulator sim = simulators.get(i);
      for (int k = 0; k < n; k++) {
        double v = sim.next(step, random);
        long t = nowMicros - (long) (n - 1 - k) * stepMicros / Math.max(1, n);
        batch.add(Reading.of(sim.meta().id(), t, v, sim.lastVolume()));
      }
    }
    if (!batch.isEmpty()) {
      out.publish(batch);
    }
  }
}
