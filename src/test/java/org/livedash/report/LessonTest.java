package org.livedash.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.livedash.model.FeedMode;
import org.livedash.model.FeedStats;
import org.livedash.model.WireLog;

class LessonTest {

  @Test
  void aStepInTheModeTheFeedIsInMeasuresFromItsBeginningWithoutWaitingForATick() {
    AtomicLong nanos = new AtomicLong(1_000_000_000L);
    FeedStats stats = new FeedStats();
    stats.enter(FeedMode.WS, nanos.get(), 1_000_000L);
    List<FeedMode> switched = new ArrayList<>();
    Lesson lesson = new Lesson(stats, new WireLog(nanos::get),
        (mode, interval) -> switched.add(mode), nanos::get);

    // No pulse ticks between the step's beginning and its end (a busy or hidden window).
    lesson.begin(Lesson.Step.PUSH);
    for (int i = 1; i <= 5; i++) {
      nanos.addAndGet(100_000_000L);
      stats.of(FeedMode.WS).recordUpdate(1_000_000L + i * 100_000L, 1_000_000L + i * 100_000L
          + 2_000L);
    }
    lesson.finish();

    assertThat(switched).as("already pushing: no switch").isEmpty();
    assertThat(lesson.results().get(Lesson.Step.PUSH).measured()).isTrue();
    assertThat(LessonHandout.comparisonRows(lesson.results())).hasSize(1);
  }
}
