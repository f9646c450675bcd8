package org.livedash.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeededScriptsTest {

  @Test
  void aPassingPropertyRunsEveryTryWithinItsSizes() {
    List<Integer> sizes = new ArrayList<>();
    long steps = SeededScripts.of(200, 3, 9).check(r -> r.nextInt(10), s -> sizes.add(s.size()));
    assertThat(sizes).hasSize(200).allSatisfy(n -> assertThat(n).isBetween(3, 9));
    assertThat(steps).isEqualTo(sizes.stream().mapToLong(Integer::longValue).sum());
    assertThat(sizes).contains(3, 9);
  }

  @Test
  void theSameSeedDrawsTheSameScripts() {
    List<List<Integer>> first = new ArrayList<>();
    List<List<Integer>> second = new ArrayList<>();
    SeededScripts.of(20, 0, 30).check(r -> r.nextInt(1000), first::add);
    SeededScripts.of(20, 0, 30).check(r -> r.nextInt(1000), second::add);
    assertThat(second).isEqualTo(first);
  }

  @Test
  void aFailingScriptIsCutToTheStepsThatMakeItFail() {
    assertThatThrownBy(() -> SeededScripts.of(100, 50, 80).check(r -> r.nextInt(40), s -> {
      assertThat(s).doesNotContain(7);
    })).isInstanceOf(AssertionError.class)
        .hasMessageContaining("-D" + SeededScripts.SEED_PROPERTY + "=")
        .hasMessageContaining("cut to 50 that still fail")
        .hasCauseInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> SeededScripts.of(100, 0, 80).check(r -> r.nextInt(40), s -> {
      if (s.contains(7) && s.contains(9)) {
        throw new IllegalStateException("7 and 9");
      }
    })).hasMessageContaining("cut to 2 that still fail:\n  ").hasRootCauseMessage("7 and 9");
  }

  @Test
  void bothEndsOfARangeAreDrawn() {
    List<Long> drawn = new ArrayList<>();
    SeededScripts.of(1, 500, 500).check(r -> SeededScripts.between(r, 1, 10_000_000_000L),
        drawn::addAll);
    assertThat(drawn).contains(1L, 10_000_000_000L).allSatisfy(v -> assertThat(v)
        .isBetween(1L, 10_000_000_000L));
  }
}
