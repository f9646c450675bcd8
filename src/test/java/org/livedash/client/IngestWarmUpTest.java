package org.livedash.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class IngestWarmUpTest {

  @Test
  void aSyntheticFeedGoesTheWholePushPathOverLoopbackIntoAScratchStore() throws Exception {
    // Server, socket, hand-off, decoder, supervisor, pipeline, statistics: the updates counted
    // at the end of the path are the ones pushed at its start.
    long counted = IngestWarmUp.run(20_000, Duration.ofSeconds(30), Clock.systemUTC());

    assertThat(counted).isGreaterThanOrEqualTo(20_000);
  }
}
