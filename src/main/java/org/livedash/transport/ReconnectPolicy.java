package org.livedash.transport;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * How long to wait before reconnect attempt {@code n}: capped exponential backoff with "equal
 * jitter" (half the delay fixed, half random), so a restarted server is found again quickly but
 * many clients do not return in lock-step.
 */
public final class ReconnectPolicy {
  private final Duration initial;
  private final Duration max;
  private final RandomGenerator random;

  public ReconnectPolicy(Duration initial, Duration max, RandomGenerator random) {
    if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
      throw new IllegalArgumentException("need 0 < initial <= max");
    }
    this.initial = initial;
    this.max = max;
    this.random = random;
  }

  /** 250 ms doubling up to 2 s: a server back from a restart is found within about 2 s. */
  public static ReconnectPolicy standard(RandomGenerator random) {
    return new ReconnectPolicy(Duration.ofMillis(250), Duration.ofSeconds(2), random);
  }

  /** The delay before attempt {@code attempt} (1 for the first retry). */
  public Duration delay(int attempt) {
    int shift = Math.min(Math.max(attempt - 1, 0), 30);
    long ceiling = Math.min(max.toMillis(), initial.toMillis() << Math.min(shift, 20));
    long half = ceiling / 2;
    return Duration.ofMillis(half + (long) (random.nextDouble() * (ceiling - half + 1)));
  }

  public Duration max() {
    return max;
  }
}
