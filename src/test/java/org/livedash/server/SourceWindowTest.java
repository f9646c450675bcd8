package org.livedash.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a relay taking over publishes: exactly the readings its source delivered that the owner
 * before it never did, found by their origin whatever time each relay stamped on arrival; and a
 * hole, never silence, where it cannot know.
 */
class SourceWindowTest {
  private static final long T0 = 1_700_000_000_000_000L;
  private static final long SECOND = 1_000_000;

  /** The n-th reading of one MQTT message per reading, stamped on arrival at {@code t}. */
  private static Reading message(String series, int n, long t) {
    long digest = Origins.digest("plant/" + series, ("{\"n\":" + n + "}").getBytes());
    return Reading.fromMessage(digest, 0, series, t, n);
  }

  private static List<Long> values(SourceWindow.Write w) {
    return w.readings().stream().map(r -> (long) r.value()).toList();
  }

  @Test
  void takingOverPublishesWhatFollowsTheLastPublishedReadingOfEachSeries() {
    SourceWindow standby = new SourceWindow(1_000, 6 * SECOND, T0);
    List<Reading> seen = new ArrayList<>();
    for (int n = 1; n <= 10; n++) {
      // This relay stamps each message 3 ms after the owner did.
      seen.add(message("a", n, T0 + n * 100_000 + 3_000));
      seen.add(message("b", n, T0 + n * 100_000 + 3_000));
    }
    standby.add(seen, T0 + SECOND);
    // The owner published a up to 7 and b up to 4, stamped with its own arrival times.
    Map<String, SourceWindow.Mark> marks = Map.of(
        "a", new SourceWindow.Mark(message("a", 7, 0).origin(), T0 + 700_000),
        "b", new SourceWindow.Mark(message("b", 4, 0).origin(), T0 + 400_000));
    standby.own("s1", marks, T0 + 800_000, 0, T0 + SECOND);
    SourceWindow.Write w = standby.take(100);
    assertThat(w.holeNumbers()).isZero();
    // In the order they arrived: b5 b6 b7 a8 b8 a9 b9 a10 b10.
    assertThat(w.readings()).extracting(Reading::seriesId).containsExactly(
        "b", "b", "b", "a", "b", "a", "b", "a", "b");
    assertThat(w.readings().stream().filter(r -> r.seriesId().equals("a")).map(r ->
        (long) r.value()).toList()).containsExactly(8L, 9L, 10L);
    assertThat(w.readings().stream().filter(r -> r.seriesId().equals("b")).map(r ->
        (long) r.value()).toList()).containsExactly(5L, 6L, 7L, 8L, 9L, 10L);
  }

  @Test
  void aSeriesNobodyPublishedIsPublishedWholeAndOneWithoutItsMarkAfterTheMarksTime() {
    SourceWindow standby = new SourceWindow(1_000, 6 * SECOND, T0);
    List<Reading> seen = new ArrayList<>();
    for (int n = 1; n <= 5; n++) {
      seen.add(Reading.of("demo", T0 + n * 1_000, n));
      seen.add(Reading.of("fresh", T0 + n * 1_000, n));
    }
    standby.add(seen, T0 + 10_000);
    // The owner's simulator drew other values: only its time tells where it stopped.
    standby.own("s1", Map.of("demo", new SourceWindow.Mark(42, T0 + 3_000)), T0 + 3_000, 0,
        T0 + 10_000);
    SourceWindow.Write w = standby.take(100);
    assertThat(w.readings().stream().filter(r -> r.seriesId().equals("demo")).map(r ->
        (long) r.value()).toList()).containsExactly(4L, 5L);
    assertThat(w.readings().stream().filter(r -> r.seriesId().equals("fresh"))).hasSize(5);
  }

  @Test
  void theSameMessageRepeatedIsMatchedByTheNearestTime() {
    SourceWindow standby = new SourceWindow(1_000, 6 * SECOND, T0);
    // A switch reporting "ON" three times, a second apart: one origin for all three.
    standby.add(List.of(message("switch", 1, T0 + 2_000), message("switch", 1, T0 + SECOND
        + 2_000), message("switch", 1, T0 + 2 * SECOND + 2_000)), T0 + 3 * SECOND);
    standby.own("s1", Map.of("switch", new SourceWindow.Mark(message("switch", 1, 0).origin(),
        T0 + SECOND)), T0 + SECOND, 0, T0 + 3 * SECOND);
    assertThat(standby.take(100).readings()).extracting(Reading::timeMicros)
        .containsExactly(T0 + 2 * SECOND + 2_000);
  }

  @Test
  void aStretchThisRelaysSourceWasNotReadingSinceTheLastPublishIsAHole() {
    SourceWindow standby = new SourceWindow(1_000, 6 * SECOND, T0);
    standby.add(List.of(message("a", 1, T0 + 100)), T0 + 100);
    // Its broker connection broke for two seconds after the owner's last publish.
    standby.missed(0, T0 + SECOND, T0 + 3 * SECOND);
    standby.add(List.of(message("a", 5, T0 + 3 * SECOND)), T0 + 3 * SECOND);
    standby.own("s1", Map.of("a", new SourceWindow.Mark(message("a", 1, 0).origin(), T0 + 100)),
        T0 + 500_000, 0, T0 + 4 * SECOND);
    SourceWindow.Write hole = standby.take(100);
    assertThat(hole.holeNumbers()).isEqualTo(1);
    assertThat(hole.exactHole()).as("how many were missed is unknown").isFalse();
    assertThat(values(hole)).containsExactly(5L);
  }

  @Test
  void aBlindStretchBeforeTheLastPublishIsNoHole() {
    SourceWindow standby = new SourceWindow(1_000, 6 * SECOND, T0);
    standby.missed(0, T0, T0 + SECOND);
    standby.add(List.of(message("a", 5, T0 + 2 * SECOND)), T0 + 2 * SECOND);
    standby.own("s1", Map.of(), T0 + 3 * SECOND / 2, 0, T0 + 2 * SECOND);
    SourceWindow.Write w = standby.take(100);
    assertThat(w.holeNumbers()).isZero();
    assertThat(values(w)).containsExactly(5L);
  }

  @Test
  void theOwnersQueueWhileRedisIsAwayOverflowsIntoOneHoleCountingWhatWasLost() {
    SourceWindow owner = new SourceWindow(100, 6 * SECOND, T0);
    owner.own("s1", Map.of(), 0, 0, T0);
    for (int n = 1; n <= 250; n++) {
      owner.add(List.of(message("a", n, T0 + n)), T0 + n);
    }
    // The queue holds 100 entries: the one hole at its front, and the newest 99 readings.
    assertThat(owner.waiting()).isEqualTo(99);
    assertThat(owner.lostReadings()).isEqualTo(151);
    SourceWindow.Write w = owner.take(1_000);
    assertThat(w.holeNumbers()).isEqualTo(151);
    assertThat(w.exactHole()).isTrue();
    assertThat(values(w)).hasSize(99).startsWith(152L).endsWith(250L);
  }

  @Test
  void aWriteRefusedGoesBackAsReadingsNotYetPublishedForTheNextOwnership() {
    SourceWindow window = new SourceWindow(1_000, 6 * SECOND, T0);
    window.own("s1", Map.of(), 0, 0, T0);
    window.add(List.of(message("a", 1, T0 + 1), message("a", 2, T0 + 2)), T0 + 2);
    SourceWindow.Write inFlight = window.take(1);
    window.add(List.of(message("a", 3, T0 + 3)), T0 + 3);
    window.standBy(inFlight);
    assertThat(window.waiting()).isZero();
    assertThat(window.size()).isEqualTo(3);
    window.own("s1", Map.of(), 0, 0, T0 + 4);
    assertThat(values(window.take(10))).containsExactly(1L, 2L, 3L);
  }

  @Test
  void publishedReadingsAreLetGoAfterAWhileAndUnpublishedOnesAreKept() {
    SourceWindow standby = new SourceWindow(1_000, SECOND, T0);
    standby.follow("s1");
    standby.add(List.of(message("a", 1, T0), message("b", 1, T0)), T0);
    standby.published("s1", "a", message("a", 1, 0).origin(), T0);
    standby.add(List.of(), T0 + 2 * SECOND);
    assertThat(standby.size()).as("b was never published").isEqualTo(1);
  }

  /** An owner that appended a1..a5 in stream s1, all seen published. */
  private static SourceWindow ownerThatPublishedFive(long keepMicros) {
    SourceWindow owner = new SourceWindow(1_000, keepMicros, T0);
    owner.follow("s1");
    owner.own("s1", Map.of(), 0, 0, T0);
    for (int n = 1; n <= 5; n++) {
      owner.add(List.of(message("a", n, T0 + n * 1_000)), T0 + n * 1_000);
    }
    owner.appended(owner.take(100));
    owner.published("s1", "a", message("a", 5, 0).origin(), T0 + 5_000);
    return owner;
  }

  @Test
  void aRedisBackWithLessThanItHadGetsWhatTheOwnerAppendedAgainInTheNewStream() {
    SourceWindow owner = ownerThatPublishedFive(30 * SECOND);
    // A mark of the old stream arriving late changes nothing in the new one.
    owner.own("s2", Map.of("a", new SourceWindow.Mark(message("a", 2, 0).origin(), T0 + 2_000)),
        T0 + 2_000, 0, T0 + SECOND);
    owner.published("s1", "a", message("a", 5, 0).origin(), T0 + 5_000);
    SourceWindow.Write w = owner.take(100);
    assertThat(w.holeNumbers()).isZero();
    assertThat(values(w)).containsExactly(3L, 4L, 5L);
  }

  @Test
  void whatWasLetGoBeforeRedisLostItIsAHoleInTheNewStreamNeverSkipped() {
    SourceWindow owner = ownerThatPublishedFive(SECOND);
    // Published and older than a second: let go.
    owner.add(List.of(message("a", 6, T0 + 3 * SECOND)), T0 + 3 * SECOND);
    owner.appended(owner.take(100));
    owner.own("s2", Map.of("a", new SourceWindow.Mark(message("a", 2, 0).origin(), T0 + 2_000)),
        T0 + 2_000, 0, T0 + 4 * SECOND);
    SourceWindow.Write w = owner.take(100);
    assertThat(w.holeNumbers()).as("a3..a5: nobody holds them any more").isEqualTo(1);
    assertThat(w.exactHole()).isFalse();
    assertThat(values(w)).containsExactly(6L);
  }

  @Test
  void aStandbyJoiningTheNewStreamHoldsItsReadingsAsUnpublishedAgain() {
    SourceWindow standby = new SourceWindow(1_000, SECOND, T0);
    standby.follow("s1");
    standby.add(List.of(message("a", 1, T0), message("a", 2, T0)), T0);
    standby.published("s1", "a", message("a", 2, 0).origin(), T0);
    standby.follow("s2");
    standby.add(List.of(), T0 + 5 * SECOND);
    assertThat(standby.size()).as("published in s1 only: kept").isEqualTo(2);
    standby.own("s2", Map.of(), 0, 0, T0 + 5 * SECOND);
    assertThat(values(standby.take(10))).containsExactly(1L, 2L);
  }
}
