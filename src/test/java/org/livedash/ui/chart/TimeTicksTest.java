package org.livedash.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.livedash.model.EpochMicros;

class TimeTicksTest {
  private static final long S = 1_000_000L;

  private static List<String> labels(String start, long seconds, long stepSeconds) {
    long from = EpochMicros.of(Instant.parse(start));
    return TimeTicks.ticks(from, from + seconds * S, stepSeconds * S, ZoneOffset.UTC).stream()
        .map(TimeTicks.Tick::label).toList();
  }

  @Test
  void withinADayTheLabelsAreTimesOnly() {
    assertThat(labels("2026-11-24T10:00:00Z", 60, 20))
        .containsExactly("10:00:20", "10:00:40", "10:01:00");
  }

  @Test
  void acrossMidnightTheFirstTickAndTheFirstOfTheNewDayCarryTheDate() {
    assertThat(labels("2026-11-24T23:59:00Z", 120, 30)).containsExactly(
        "24 Nov 23:59:30", "25 Nov 00:00:00", "00:00:30", "00:01:00");
  }
}
