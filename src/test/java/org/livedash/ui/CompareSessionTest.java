package org.livedash.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.livedash.model.FeedMode;
import org.livedash.model.FeedStats;
import org.livedash.report.ModeResult;

class CompareSessionTest {
  private final AtomicLong now = new AtomicLong(1_000_000_000L);
  private final DashboardViewModelTest.FakeControl control =
      new DashboardViewModelTest.FakeControl();
  private final FeedStats stats = new FeedStats();

  @Test
  void runsEveryModeInTurnMeasuresAfterSettlingAndReturns() {
    List<List<ModeResult>> done = new ArrayList<>();
    CompareSession session = new CompareSession(control, stats, now::get,
        List.of(FeedMode.WS, FeedMode.POLL), Duration.ofSeconds(2), Duration.ofMillis(250),
        FeedMode.POLL, done::add);
    session.tick();
    stats.enter(FeedMode.WS, now.get(), 0);
    stats.of(FeedMode.WS).recordUpdate(0, 300_000);
    now.addAndGet(1_500_000_000L);
    session.tick();
    // Counted: after the settling second.
    stats.of(FeedMode.WS).recordUpdate(0, 500);
    stats.of(FeedMode.WS).recordUpdate(0, 700);
    now.addAndGet(1_600_000_000L);
    session.tick();
    assertThat(control.calls).containsExactly("switch ws 250", "switch poll 250");
    stats.enter(FeedMode.POLL, Duration.ofMillis(250), now.get(), 0);
    now.addAndGet(1_100_000_000L);
    session.tick();
    stats.of(FeedMode.POLL).recordUpdate(0, 120_000);
    now.addAndGet(2_000_000_000L);
    session.tick();
    assertThat(session.isFinished()).isTrue();
    assertThat(control.calls).last().isEqualTo("switch poll 250");
    List<ModeResult> results = done.get(0);
    assertThat(results).extracting(ModeResult::label)
        .as("polling named with its interval").containsExactly("WebSocket push",
            "HTTP polling every 250 ms");
    assertThat(results.get(0).updates()).isEqualTo(2);
    assertThat(results.get(0).maxMillis()).isLessThan(1);
    assertThat(results.get(1).intervalMillis()).isEqualTo(250);
    assertThat(session.progressProperty().get()).isEqualTo(1.0);
  }
}
