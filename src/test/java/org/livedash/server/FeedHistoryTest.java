package org.livedash.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FeedHistoryTest {

  private static FeedHistory filled(int capacity, int count) {
    FeedHistory h = new FeedHistory(capacity);
    for (int s = 1; s <= count; s++) {
      h.append(s, "u" + s);
    }
    return h;
  }

  @Test
  void returnsWhatFollowsASequenceNumberUpToTheLimit() {
    FeedHistory.Slice s = filled(100, 10).after(3, 4);
    assertThat(s.updates()).containsExactly("u4", "u5", "u6", "u7");
    assertThat(s.firstSeq()).isEqualTo(4);
    assertThat(s.more()).isTrue();
    assertThat(s.last()).isEqualTo(10);
    assertThat(s.gapFrom()).isEqualTo(-1);
  }

  @Test
  void saysWhichUpdatesItNoLongerHolds() {
    FeedHistory h = filled(5, 12);
    assertThat(h.oldest()).isEqualTo(8);
    FeedHistory.Slice s = h.after(2, 100);
    assertThat(s.gapFrom()).isEqualTo(3);
    assertThat(s.gapTo()).isEqualTo(7);
    assertThat(s.updates()).containsExactly("u8", "u9", "u10", "u11", "u12");
    assertThat(s.coveredTo()).isEqualTo(12);
  }

  @Test
  void isEmptyWhenTheClientIsUpToDate() {
    FeedHistory.Slice s = filled(5, 3).after(3, 10);
    assertThat(s.updates()).isEmpty();
    assertThat(s.more()).isFalse();
  }

  @Test
  void refusesSequenceNumbersOutOfOrder() {
    FeedHistory h = filled(5, 3);
    assertThatThrownBy(() -> h.append(5, "x")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aSliceStopsAtTheFrameBudgetInBytesWhateverTheCountAskedForAndSaysMoreAreWaiting() {
    FeedHistory h = new FeedHistory(1_000);
    // 333 characters of three bytes each: 999 bytes, 1 000 with its comma.
    String update = "\u20ac".repeat(333);
    for (int seq = 1; seq <= 1_000; seq++) {
      h.append(seq, update);
    }
    FeedHistory.Slice s = h.after(0, 1_000);
    assertThat(s.updates()).hasSize(FeedHistory.FRAME_BYTES / 1_000);
    assertThat(s.more()).isTrue();
    assertThat(h.after(s.coveredTo(), 1_000).firstSeq()).isEqualTo(s.coveredTo() + 1);
  }

  @Test
  void oneUpdateLargerThanTheBudgetStillGoesAlone() {
    FeedHistory h = new FeedHistory(10);
    h.append(1, "y".repeat(FeedHistory.FRAME_BYTES + 1));
    h.append(2, "z");
    assertThat(h.after(0, 10).updates()).hasSize(1);
  }

  @Test
  void aHoleIsReadAsAGapThatSaysItsNumbersWereLostAndASliceStopsBeforeIt() {
    FeedHistory h = filled(100, 5);
    h.appendHole(6, 8);
    h.append(9, "u9");
    FeedHistory.Slice before = h.after(2, 100);
    assertThat(before.updates()).containsExactly("u3", "u4", "u5");
    assertThat(before.more()).as("the hole and what follows are still to read").isTrue();
    FeedHistory.Slice at = h.after(before.coveredTo(), 100);
    assertThat(at.gapFrom()).isEqualTo(6);
    assertThat(at.gapTo()).isEqualTo(8);
    assertThat(at.lost()).isEqualTo(3);
    assertThat(at.updates()).containsExactly("u9");
    assertThat(at.coveredTo()).isEqualTo(9);
  }

  @Test
  void aGapOfOldNumbersRunsOnIntoAHoleAndCountsOnlyTheHoleAsLost() {
    FeedHistory h = filled(4, 10);
    h.appendHole(11, 12);
    h.append(13, "u13");
    // Held: 10, a hole of 11 and 12, then 13.
    FeedHistory.Slice s = h.after(10, 100);
    assertThat(s.gapFrom()).isEqualTo(11);
    assertThat(s.gapTo()).isEqualTo(12);
    assertThat(s.lost()).isEqualTo(2);
    assertThat(s.updates()).containsExactly("u13");
  }

  @Test
  void aHoleLargerThanTheHistoryLeavesOnlyItsEndHeld() {
    FeedHistory h = filled(4, 2);
    h.appendHole(3, 1_000_000);
    h.append(1_000_001, "after");
    assertThat(h.oldest()).isEqualTo(999_998);
    FeedHistory.Slice s = h.after(2, 10);
    assertThat(s.gapFrom()).isEqualTo(3);
    assertThat(s.gapTo()).isEqualTo(1_000_000);
    assertThat(s.updates()).containsExactly("after");
  }
}
