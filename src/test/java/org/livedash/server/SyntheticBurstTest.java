package org.livedash.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.livedash.feed.DecodedFrame;
import org.livedash.feed.FeedCodec;
import org.livedash.model.FeedPosition;

class SyntheticBurstTest {

  @Test
  void theNumbersTakeEveryLengthFromOneToTenDigitsInJumpsAClientAccepts() {
    Set<Integer> lengths = new HashSet<>();
    long last = 0;
    for (int f = 0; f < 200; f++) {
      long from = SyntheticBurst.numberedAfter(f, last);
      assertThat(from - last).isLessThanOrEqualTo(FeedPosition.MAX_SEQ_JUMP);
      for (long seq = from + 1; seq <= from + 2_000; seq += 1_999) {
        lengths.add(Long.toString(seq).length());
      }
      last = from + 2_000;
    }

    assertThat(lengths).containsAll(Set.of(1, 4, 5, 6, 7, 8, 9, 10));
  }

  @Test
  void everyUpdateOfAFrameDecodesAndItsNewSeriesIsAnnounced() {
    SyntheticBurst burst = new SyntheticBurst(20_000, 1, Clock.systemUTC());

    DecodedFrame frame = new FeedCodec().decode(burst.frame(9, 1_000_001, 1_764_590_000_000_000L));

    assertThat(frame.rejections()).isEmpty();
    assertThat(frame.updates().size()).isEqualTo(2_000);
    assertThat(frame.series()).extracting(m -> m.id()).containsExactly("new-9");
    Set<String> forms = new HashSet<>();
    for (int i = 0; i < frame.updates().size(); i++) {
      double v = frame.updates().value(i);
      forms.add(v < 0 ? "negative" : v == 0 ? "zero" : v < 1e-3 ? "tiny" : v > 1e6 ? "huge"
          : v == Math.rint(v) ? "whole" : "decimal");
    }
    assertThat(forms).contains("negative", "zero", "tiny", "huge", "whole", "decimal");
  }
}
