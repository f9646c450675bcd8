package org.livedash.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.junit.jupiter.api.Test;

class IngestWarmUpTest {

  @Test
  void everySyntheticUpdateGoesTheWholePathIntoAScratchStore() {
    // 120 frames of 500: every one decoded, stored and measured, none rejected as a bad frame.
    assertThat(IngestWarmUp.run(Clock.systemUTC())).isEqualTo(60_000);
  }
}
