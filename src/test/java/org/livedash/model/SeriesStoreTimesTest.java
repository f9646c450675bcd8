package org.livedash.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A reading's time: a little late, it is put in its place; far back, refused; far ahead of this
 * clock, set aside without blanking its series — one bad clock cannot poison a series. A new
 * stream that carries the held readings on keeps each once.
 */
class SeriesStoreTimesTest {
  private static final SeriesMeta A = SeriesMeta.of("a", "A", "u", SeriesKind.SENSOR, 0, 1);

  private static List<Double> values(SeriesRing ring) {
    List<Double> values = new java.util.ArrayList<>();
    for (int i = 0; i < ring.size(); i++) {
      values.add(ring.valueAt(i));
    }
    return values;
  }

  @Test
  void aReadingALittleLateIsPutInItsPlaceAndOneFarBackIsRefused() {
    SeriesStore store = new SeriesStore(10);
    store.setCatalogue(List.of(A));
    IngestTally tally = store.write(w -> {
      w.announce("s1", 0, 0);
      w.offer("a", 1, 10_000_000, 1);
      w.offer("a", 2, 11_000_000, 2);
      // A trade of the same batch a few hundred ms out of order.
      w.offer("a", 3, 10_500_000, 3);
      w.offer("a", 4, 7_000_000, 4);
      w.offer("a", 5, 12_000_000, 5);
    });
    assertThat(tally.late()).isEqualTo(1);
    assertThat(tally.rejected()).as("four seconds back").isEqualTo(1);
    assertThat(tally.accepted()).isEqualTo(4);
    store.read(r -> {
      SeriesRing ring = r.ring(0);
      assertThat(ring.size()).isEqualTo(4);
      assertThat(new long[] {ring.timeAt(0), ring.timeAt(1), ring.timeAt(2), ring.timeAt(3)})
          .containsExactly(10_000_000, 10_500_000, 11_000_000, 12_000_000);
      assertThat(ring.valueAt(1)).isEqualTo(3);
      assertThat(ring.lastValue()).isEqualTo(5);
    });
  }

  @Test
  void aReadingStampedFarAheadIsSetAsideAndTheSeriesStaysLive() {
    long now = 1_800_000_000_000_000L;
    SeriesStore store = new SeriesStore(10, () -> now);
    store.setCatalogue(List.of(A));
    IngestTally tally = store.write(w -> {
      w.announce("s1", 0, 0);
      w.offer("a", 1, now - 1_000_000, 1);
      // A device with its clock an hour ahead, then one a minute ahead.
      w.offer("a", 2, now + 3_600_000_000L, 2);
      w.offer("a", 3, now + 60_000_000L, 3);
      w.offer("a", 4, now, 4);
      // A clock a few seconds ahead is within the tolerance.
      w.offer("a", 5, now + 5_000_000, 5);
    });
    assertThat(tally.quarantined()).isEqualTo(2);
    assertThat(tally.lastQuarantinedSeries()).isEqualTo("a");
    assertThat(tally.lastAheadSeconds()).isEqualTo(60);
    assertThat(tally.rejected()).isZero();
    assertThat(tally.accepted()).isEqualTo(3);
    store.read(r -> {
      assertThat(r.ring(0).lastValue()).isEqualTo(5);
      assertThat(r.ring(0).lastTime()).isEqualTo(now + 5_000_000);
    });
    IngestTally later = store.write(w -> w.offer("a", 6, now + 6_000_000, 6));
    assertThat(later.accepted()).as("the series is not blanked").isEqualTo(1);
  }

  @Test
  void aLateReadingInTheAlarmBandIsAnAlarmWithoutChangingTheSeriesState() {
    SeriesMeta t = new SeriesMeta("t", "T", "°C", SeriesKind.SENSOR, 0, 40, Double.NaN, 27,
        Double.NaN, 30, 1);
    SeriesStore store = new SeriesStore(10);
    store.setCatalogue(List.of(t));
    store.write(w -> {
      w.announce("s1", 0, 0);
      w.offer("t", 1, 10_000_000, 21);
      w.offer("t", 2, 11_000_000, 22);
      w.offer("t", 3, 10_600_000, 35);
    });
    store.read(r -> {
      assertThat(r.alarms().total()).isEqualTo(1);
      assertThat(r.alarms().latest().peak()).isEqualTo(35);
      assertThat(r.alarms().latest().isOn()).isFalse();
      assertThat(r.alarms().state("t")).isEqualTo(ThresholdState.NORMAL);
    });
  }

  @Test
  void aNewStreamCarryingOnTheOldOnesReadingsKeepsEachOnceAndFillsWhatWasMissed() {
    SeriesStore store = new SeriesStore(10);
    store.setCatalogue(List.of(A));
    long ms = 1_000;
    store.write(w -> {
      w.announce("s1", 0, 1);
      w.offer("a", 1, 100 * ms, 1);
      w.offer("a", 2, 200 * ms, 2);
      w.offer("a", 4, 400 * ms, 4);
      w.offer("a", 5, 500 * ms, 5);
    });
    // A relay whose Redis came back with less begins again from its last save: 2 to 5 again,
    // stamped 3 ms later by the relay of the same source now publishing, with 3, which this
    // client had missed, then 6.
    IngestTally tally = store.write(w -> {
      w.announce("s2", 0, 600 * ms);
      for (int n = 2; n <= 6; n++) {
        w.offer("a", n - 1, n * 100 * ms + 3 * ms, n);
      }
    });
    assertThat(tally.duplicates()).as("new numbers, not repeated updates").isZero();
    assertThat(tally.rejected()).isZero();
    store.read(r -> {
      SeriesRing a = r.ring(0);
      assertThat(values(a)).containsExactly(1.0, 2.0, 3.0, 4.0, 5.0, 6.0);
      assertThat(a.timeAt(2)).as("the missed one, in its place").isEqualTo(303 * ms);
    });
  }

  @Test
  void aConstantSeriesRepeatedInANewStreamIsMatchedReadingForReadingInOrder() {
    SeriesStore store = new SeriesStore(10);
    store.setCatalogue(List.of(A));
    long ms = 1_000;
    store.write(w -> {
      w.announce("s1", 0, 1);
      for (int n = 1; n <= 4; n++) {
        w.offer("a", n, n * 100 * ms, 7);
      }
    });
    store.write(w -> {
      w.announce("s2", 0, 500 * ms);
      // 2, 3 and 4 again, then two new readings of the same value.
      for (int n = 2; n <= 6; n++) {
        w.offer("a", n - 1, n * 100 * ms + 5 * ms, 7);
      }
    });
    store.read(r -> assertThat(r.ring(0).size()).isEqualTo(6));
  }

  @Test
  void readingsSharingAMicrosecondRepeatedInANewStreamAreEachKeptOnce() {
    SeriesStore store = new SeriesStore(10);
    store.setCatalogue(List.of(A));
    store.write(w -> {
      w.announce("s1", 0, 1);
      // A burst: the source stamped 2, 3 and 4 with the same microsecond.
      w.offer("a", 1, 100, 1);
      w.offer("a", 2, 200, 2);
      w.offer("a", 3, 200, 3);
      w.offer("a", 4, 200, 4);
      w.offer("a", 5, 300, 5);
    });
    store.write(w -> {
      w.announce("s2", 0, 400);
      for (int n = 2; n <= 6; n++) {
        w.offer("a", n - 1, n == 6 ? 400 : n == 5 ? 300 : n == 1 ? 100 : 200, n);
      }
    });
    store.read(r -> {
      SeriesRing a = r.ring(0);
      assertThat(values(a)).as("each once").containsExactly(1.0, 2.0, 3.0, 4.0, 5.0, 6.0);
    });
  }

  @Test
  void aNewStreamsReadingsOlderThanAFullRingKeepsAreRefusedNotAReasonToForgetIt() {
    SeriesStore store = new SeriesStore(3);
    store.setCatalogue(List.of(A));
    store.write(w -> {
      w.announce("s1", 0, 1);
      for (int n = 1; n <= 5; n++) {
        w.offer("a", n, 10L * n, n);
      }
    });
    IngestTally tally = store.write(w -> {
      w.announce("s2", 0, 60);
      w.offer("a", 1, 10, 1);
      w.offer("a", 2, 40, 4);
      w.offer("a", 3, 60, 6);
    });
    assertThat(tally.rejected()).isEqualTo(1);
    store.read(r -> {
      SeriesRing a = r.ring(0);
      assertThat(List.of(a.valueAt(0), a.valueAt(1), a.valueAt(2))).containsExactly(4.0, 5.0,
          6.0);
    });
  }
}
