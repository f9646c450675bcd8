package org.livedash.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SeriesStoreTest {
  private static final SeriesMeta A = SeriesMeta.of("a", "A", "u", SeriesKind.SENSOR, 0, 1);
  private static final SeriesMeta B = SeriesMeta.of("b", "B", "u", SeriesKind.STOCK, 0, 1);

  @Test
  void storesUpdatesAndAdvancesTheSequence() {
    SeriesStore store = new SeriesStore(10);
    store.setCatalogue(List.of(A, B));
    long before = store.version();
    IngestTally tally = store.write(w -> {
      w.offer("a", 1, 100, 1.5);
      w.offer("b", 2, 100, 7.0);
    });
    assertThat(tally.accepted()).isEqualTo(2);
    assertThat(store.lastSeq()).isEqualTo(2);
    assertThat(store.version()).isGreaterThan(before);
    store.read(r -> {
      assertThat(r.ring(r.indexOf("a")).lastValue()).isEqualTo(1.5);
      assertThat(r.openValue(r.indexOf("b"))).isEqualTo(7.0);
    });
  }

  @Test
  void dropsAndCountsRepeatedSequenceNumbers() {
    SeriesStore store = new SeriesStore(10);
    store.setCatalogue(List.of(A));
    store.write(w -> w.offer("a", 5, 1, 1));
    IngestTally tally = store.write(w -> {
      w.offer("a", 5, 2, 2);
      w.offer("a", 4, 3, 3);
    });
    assertThat(tally.duplicates()).isEqualTo(2);
    assertThat(tally.accepted()).isZero();
    store.read(r -> assertThat(r.ring(0).size()).isEqualTo(1));
  }

  @Test
  void countsSkippedSequenceNumbersAsMissing() {
    SeriesStore store = new SeriesStore(10);
    store.setCatalogue(List.of(A));
    store.write(w -> w.offer("a", 1, 1, 1));
    IngestTally tally = store.write(w -> w.offer("a", 5, 2, 2));
    assertThat(tally.missing()).isEqualTo(3);
    IngestTally skipped = store.write(w -> w.skipTo(9));
    assertThat(skipped.missing()).isEqualTo(4);
    assertThat(store.lastSeq()).isEqualTo(9);
  }

  @Test
  void countsUpdatesForUnknownSeriesWithoutStoringThem() {
    SeriesStore store = new SeriesStore(10);
    store.setCatalogue(List.of(A));
    IngestTally tally = store.write(w -> w.offer("zz", 1, 1, 1));
    assertThat(tally.unknownSeries()).isEqualTo(1);
    assertThat(store.lastSeq()).isEqualTo(1);
  }

  @Test
  void keepsSamplesWhenTheSameCatalogueArrivesAgain() {
    SeriesStore store = new SeriesStore(10);
    store.setCatalogue(List.of(A));
    store.write(w -> w.offer("a", 1, 1, 1));
    store.setCatalogue(List.of(A, B));
    AtomicInteger size = new AtomicInteger();
    store.read(r -> size.set(r.ring(r.indexOf("a")).size()));
    assertThat(size.get()).isEqualTo(1);
  }

  @Test
  void startsAfterTheServersPositionOnlyOnce() {
    SeriesStore store = new SeriesStore(10);
    store.setCatalogue(List.of(A));
    store.write(w -> w.startAfter(100));
    store.write(w -> w.startAfter(5));
    assertThat(store.lastSeq()).isEqualTo(100);
    IngestTally tally = store.write(w -> w.offer("a", 101, 1, 1));
    assertThat(tally.missing()).isZero();
  }
}
