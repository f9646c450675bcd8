package org.livedash.server;

import java.util.random.RandomGenerator;
import org.livedash.model.SeriesMeta;

/** Produces the next reading of one simulated series; called only from the generator thread. */
interface SeriesSimulator {
  SeriesMeta meta();

  /** Advances by {@code dtSeconds} and returns the new value. */
  double next(double dtSeconds, RandomGenerator random);

  /** The volume traded with the last value, or NaN for a series without volume. */
  double lastVolume();
}
