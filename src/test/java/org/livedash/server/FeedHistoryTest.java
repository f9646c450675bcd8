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
  void aSliceStopsAtTheFrameBudgetWhateverTheCountAskedForAndSaysMoreAreWaiting() {
    FeedHistory h = new FeedHistory(1_000);
    String update = "x".repeat(999);
    for (int seq = 1; seq <= 1_000; seq++) {
      h.append(seq, update);
    }
    FeedHistory.Slice s = h.after(0, 1_000);
    // 1 000 characters an update (with its comma) against 256 KiB.
    assertThat(s.updates()).hasSize(FeedHistory.FRAME_CHARS / 1_000);
    assertThat(s.more()).isTrue();
    assertThat(h.after(s.coveredTo(), 1_000).firstSeq()).isEqualTo(s.coveredTo() + 1);
  }

  @Test
  void oneUpdateLargerThanTheBudgetStillGoesAlone() {
    FeedHistory h = new FeedHistory(10);
    h.append(1, "y".repeat(FeedHistory.FRAME_CHARS + 1));
    h.append(2, "z");
    assertThat(h.after(0, 10).updates()).hasSize(1);
    assertThat(FeedHistory.frameEnd(java.util.List.of("z", "y".repeat(FeedHistory.FRAME_CHARS)),
        0)).isEqualTo(1);
  }
}
