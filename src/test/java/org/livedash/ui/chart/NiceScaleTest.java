package org.livedash.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class NiceScaleTest {

  @Test
  void coversTheRangeWithRoundSteps() {
    NiceScale s = NiceScale.of(19.3, 23.8, 6);
    assertThat(s.step()).isEqualTo(1.0);
    assertThat(s.min()).isEqualTo(19.0);
    assertThat(s.max()).isEqualTo(24.0);
    assertThat(s.decimals()).isZero();
  }

  @Test
  void showsEnoughDecimalsForSmallSteps() {
    NiceScale s = NiceScale.of(181.0, 183.0, 6);
    assertThat(s.step()).isEqualTo(0.5);
    assertThat(s.decimals()).isEqualTo(1);
    assertThat(NiceScale.of(0, 1, 5).decimals()).isEqualTo(2);
  }

  @Test
  void widensAFlatLine() {
    NiceScale s = NiceScale.of(5, 5, 5);
    assertThat(s.min()).isLessThan(5);
    assertThat(s.max()).isGreaterThan(5);
  }

  @Test
  void timeTicksLeaveRoomForLabels() {
    assertThat(TimeTicks.step(60_000_000L, 900, 90)).isEqualTo(Duration.ofSeconds(10));
    assertThat(TimeTicks.step(3_600_000_000L, 900, 90)).isEqualTo(Duration.ofMinutes(10));
    assertThat(TimeTicks.pattern(Duration.ofSeconds(10))).isEqualTo("HH:mm:ss");
  }
}
