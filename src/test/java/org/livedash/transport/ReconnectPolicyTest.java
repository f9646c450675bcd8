package org.livedash.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ReconnectPolicyTest {

  @Test
  void backsOffExponentiallyWithinJitterBoundsUpToTheCap() {
    ReconnectPolicy policy = new ReconnectPolicy(Duration.ofMillis(100), Duration.ofMillis(1600),
        new Random(0));
    long[] ceilings = {100, 200, 400, 800, 1600, 1600, 1600};
    for (int attempt = 1; attempt <= ceilings.length; attempt++) {
      for (int trial = 0; trial < 50; trial++) {
        long ms = policy.delay(attempt).toMillis();
        assertThat(ms).isBetween(ceilings[attempt - 1] / 2, ceilings[attempt - 1]);
      }
    }
  }

  @Test
  void jitterSpreadsClientsApart() {
    ReconnectPolicy policy = ReconnectPolicy.standard(new Random(1));
    long distinct = java.util.stream.IntStream.range(0, 20)
        .mapToLong(i -> policy.delay(5).toMillis()).distinct().count();
    assertThat(distinct).isGreaterThan(10);
  }

  @Test
  void neverOverflowsOnLongOutages() {
    ReconnectPolicy policy = ReconnectPolicy.standard(new Random(2));
    assertThat(policy.delay(10_000)).isLessThanOrEqualTo(policy.max());
  }
}
