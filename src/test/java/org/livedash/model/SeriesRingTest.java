package org.livedash.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SeriesRingTest {

  @Test
  void keepsSamplesInOrderUntilFull() {
    SeriesRing ring = new SeriesRing(4);
    ring.append(10, 1.0);
    ring.append(20, 2.0);
    assertThat(ring.size()).isEqualTo(2);
    assertThat(ring.timeAt(0)).isEqualTo(10);
    assertThat(ring.valueAt(1)).isEqualTo(2.0);
    assertThat(ring.lastTime()).isEqualTo(20);
  }

  @Test
  void overwritesTheOldestWhenFull() {
    SeriesRing ring = new SeriesRing(3);
    for (int i = 1; i <= 7; i++) {
      ring.append(i * 10L, i);
    }
    assertThat(ring.size()).isEqualTo(3);
    assertThat(ring.timeAt(0)).isEqualTo(50);
    assertThat(ring.valueAt(0)).isEqualTo(5.0);
    assertThat(ring.lastValue()).isEqualTo(7.0);
  }

  @Test
  void findsTheFirstSampleAtOrAfterATimeAcrossTheWrap() {
    SeriesRing ring = new SeriesRing(5);
    for (int i = 1; i <= 8; i++) {
      ring.append(i * 10L, i);
    }
    // Holds 40..80.
    assertThat(ring.firstIndexAtOrAfter(0)).isEqualTo(0);
    assertThat(ring.firstIndexAtOrAfter(45)).isEqualTo(1);
    assertThat(ring.firstIndexAtOrAfter(50)).isEqualTo(1);
    assertThat(ring.firstIndexAtOrAfter(81)).isEqualTo(5);
  }

  @Test
  void refusesIndexesOutsideTheRetainedSamples() {
    SeriesRing ring = new SeriesRing(2);
    ring.append(1, 1);
    assertThatThrownBy(() -> ring.valueAt(1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> new SeriesRing(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
