package org.livedash.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RecentRateTest {
  private static final long S = 1_000_000_000L;

  @Test
  void isTheRateOverTheWindowAndFallsToZeroWhenTheCountStops() {
    RecentRate rate = new RecentRate(5 * S);
    assertThat(rate.sample(0, 0)).as("no rate yet, rather than 0").isNaN();
    long count = 0;
    double r = 0;
    for (int i = 1; i <= 40; i++) {
      count += 25;
      r = rate.sample(i * S / 4, count);
    }
    assertThat(r).isCloseTo(100, within(0.5));
    // The feed stops: after one window the rate is 0, not an average since the start.
    for (int i = 41; i <= 64; i++) {
      r = rate.sample(i * S / 4, count);
    }
    assertThat(r).isZero();
    rate.reset();
    assertThat(rate.sample(65 * S / 4, count + 10)).isNaN();
    assertThat(rate.sample(66 * S / 4, count + 20)).isCloseTo(40, within(0.01));
  }
}
