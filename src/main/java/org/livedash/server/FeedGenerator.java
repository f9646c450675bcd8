package org.livedash.server;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.livedash.feed.FrameWriter;
import org.livedash.feed.Update;
import org.livedash.model.EpochMicros;

/**
 * Turns time into updates: on every tick, each series emits as many readings as its rate says
 * are due, with timestamps spread over the tick, numbered in one feed-wide sequence and handed to
 * the hub as one batch. Runs on one thread only (the server's generator).
 */
final class FeedGenerator {
  private final List<SeriesSimulator> simulators;
  private final double ratePerSeries;
  private final double[] due;
  private final FrameWriter codec;
  private final FeedHub hub;
  private final Clock clock;
  private final RandomGenerator random;
  private long seq;
  private long lastTickNanos;

  FeedGenerator(
      List<SeriesSimulator> simulators,
      double ratePerSeries,
      FrameWriter codec,
      FeedHub hub,
      Clock clock,
      RandomGenerator random) {
    this.simulators = simulators;
    this.ratePerSeries = ratePerSeries;
    this.codec = codec;
    this.hub = hub;
    this.clock = clock;
    this.random = random;
    this.due = new double[simulators.size()];
    // Random phases, so the series do not all tick in the same frame.
    for (int i = 0; i < due.length; i++) {
      due[i] = random.nextDouble();
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
    List<String> batch = new ArrayList<>();
    long first = seq + 1;
    for (int i = 0; i < simulators.size(); i++) {
      due[i] += ratePerSeries * dt;
      int n = (int) due[i];
      due[i] -= n;
      SeriesSimulator sim = simulators.get(i);
      for (int k = 0; k < n; k++) {
        double v = sim.next(step, random);
        long t = nowMicros - (long) (n - 1 - k) * stepMicros / Math.max(1, n);
        batch.add(codec.encodeUpdate(new Update(++seq, sim.meta().id(), t, v, sim.lastVolume())));
      }
    }
    if (!batch.isEmpty()) {
      hub.publish(first, batch);
    }
  }

  long lastSeq() {
    return seq;
  }
}
