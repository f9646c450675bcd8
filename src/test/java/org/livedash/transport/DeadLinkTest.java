package org.livedash.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeadLinkTest {

  @ParameterizedTest
  @CsvSource({
      "1000, 3000",
      "10000, 30000",
      "100, 2000",
      "0, 5000",
      "-1, 5000",
      "45000, 60000",
      "9223372036854775807, 60000"})
  void allowsThreeHeartbeatsWithinAFloorAndACeiling(long heartbeatMillis, long expectedMillis) {
    assertThat(DeadLink.timeout(heartbeatMillis, Duration.ofSeconds(5)))
        .isEqualTo(Duration.ofMillis(expectedMillis));
  }
}
