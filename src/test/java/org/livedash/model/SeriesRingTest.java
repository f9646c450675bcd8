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

  @Test
  void lateSamplesPutInPlaceKeepTheNewestInTimeOrderThroughWrapAndEviction() {
    java.util.Random random = new java.util.Random(28);
    SeriesRing ring = new SeriesRing(8, true);
    java.util.List<Long> offered = new java.util.ArrayList<>();
    long newest = 0;
    for (int i = 0; i < 500; i++) {
      // Mostly forward, sometimes up to 30 steps back; every time distinct.
      long t = random.nextInt(4) == 0 ? newest - 1 - random.nextInt(30) * 1000L
          : newest + 1000 + random.nextInt(900);
      if (offered.contains(t)) {
        continue;
      }
      offered.add(t);
      newest = Math.max(newest, t);
      ring.insertInOrder(t, t / 10.0, t / 100.0, false);
    }
    java.util.List<Long> sorted = offered.stream().sorted().toList();
    java.util.List<Long> kept = sorted.subList(sorted.size() - ring.size(), sorted.size());
    assertThat(ring.size()).isEqualTo(8);
    for (int i = 0; i < ring.size(); i++) {
      assertThat(ring.timeAt(i)).isEqualTo(kept.get(i));
      assertThat(ring.valueAt(i)).isEqualTo(kept.get(i) / 10.0);
      assertThat(ring.volumeAt(i)).isEqualTo(kept.get(i) / 100.0);
    }
    assertThat(ring.insertions()).isPositive();
  }

  @Test
  void aLateSampleOlderThanAllAFullRingKeepsIsNotKept() {
    SeriesRing ring = new SeriesRing(3);
    ring.append(10, 1);
    ring.append(20, 2);
    ring.append(30, 3);
    assertThat(ring.insertInOrder(5, 9, Double.NaN, false)).isFalse();
    assertThat(ring.insertInOrder(15, 9, Double.NaN, true)).isTrue();
    assertThat(ring.timeAt(0)).isEqualTo(15);
    assertThat(ring.breakBefore(0)).isTrue();
    assertThat(ring.timeAt(2)).isEqualTo(30);
  }
}
