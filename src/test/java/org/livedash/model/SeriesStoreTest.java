package org.livedash.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SeriesStoreTest {
  private static final SeriesDiscovery D = SeriesDiscovery.byId(SeriesKind.STOCK);

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
    assertThat(store.resumePoint().afterSeq()).isEqualTo(2);
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
    assertThat(store.resumePoint().afterSeq()).isEqualTo(9);
  }

  @Test
  void countsUpdatesForUnknownSeriesWithoutStoringThem() {
    SeriesStore store = new SeriesStore(10);
    store.setCatalogue(List.of(A));
    IngestTally tally = store.write(w -> w.offer("zz", 1, 1, 1));
    assertThat(tally.unknownSeries()).isEqualTo(1);
    assertThat(store.resumePoint().afterSeq()).isEqualTo(1);
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
  void startsAfterTheServersPositionAndResumesThereEvenBeforeAnyUpdate() {
    SeriesStore store = new SeriesStore(10);
    store.setCatalogue(List.of(A));
    store.write(w -> w.announce("s1", 0, 1));
    assertThat(store.resumePoint()).isEqualTo(new ResumePoint(0, "s1"));
    IngestTally tally = store.write(w -> w.offer("a", 1, 1, 1));
    assertThat(tally.missing()).isZero();
  }

  @Test
  void aHoleInTheSequenceBreaksTheLineOfEverySeries() {
    SeriesStore store = new SeriesStore(10);
    store.setCatalogue(List.of(A, B));
    store.write(w -> {
      w.announce("s1", 0, 1);
      w.offer("a", 1, 10, 1);
      w.offer("b", 2, 10, 1);
      w.offer("a", 3, 20, 1);
    });
    // 4 never came: it could have been either series'.
    IngestTally tally = store.write(w -> {
      w.offer("a", 5, 30, 1);
      w.offer("b", 6, 30, 1);
      w.offer("a", 7, 40, 1);
    });
    assertThat(tally.missing()).isEqualTo(1);
    store.read(r -> {
      SeriesRing a = r.ring(r.indexOf("a"));
      SeriesRing b = r.ring(r.indexOf("b"));
      assertThat(a.breakBefore(1)).isFalse();
      assertThat(a.breakBefore(2)).isTrue();
      assertThat(a.breakBefore(3)).isFalse();
      assertThat(b.breakBefore(1)).isTrue();
    });
  }

  @Test
  void aGapMessageBreaksTheLineToo() {
    SeriesStore store = new SeriesStore(10);
    store.setCatalogue(List.of(A));
    store.write(w -> {
      w.announce("s1", 0, 1);
      w.offer("a", 1, 10, 1);
      w.skipTo(50);
      w.offer("a", 51, 20, 1);
    });
    store.read(r -> assertThat(r.ring(0).breakBefore(1)).isTrue());
  }

  @Test
  void anotherEndpointStartsWithEmptyRingsAndNoPosition() {
    SeriesStore store = new SeriesStore(10);
    store.bindEndpoint("ws://one", "test");
    store.setCatalogue(List.of(A));
    store.write(w -> {
      w.announce("s1", 100, 1);
      w.offer("a", 101, 10, 1);
    });
    store.bindEndpoint("ws://one", "test");
    assertThat(store.resumePoint()).isEqualTo(new ResumePoint(101, "s1"));
    store.bindEndpoint("ws://two", "test");
    assertThat(store.resumePoint()).isEqualTo(ResumePoint.HISTORY);
    store.read(r -> assertThat(r.seriesCount()).as("the old feed's series are not the new one's")
        .isZero());
    store.setCatalogue(List.of(A));
    store.read(r -> assertThat(r.ring(0).isEmpty()).isTrue());
    IngestTally tally = store.write(w -> {
      w.announce("other", 3, 2);
      w.offer("a", 4, 20, 2);
    });
    assertThat(tally.accepted()).isEqualTo(1);
    assertThat(tally.missing()).isZero();
    assertThat(tally.restarted()).isFalse();
  }

  @Test
  void aHoleIsMarkedWhereTheDataAfterItBeginsAndHolesCloseTogetherAreOneMark() {
    java.util.concurrent.atomic.AtomicLong now = new java.util.concurrent.atomic.AtomicLong(
        1_000_000);
    SeriesStore store = new SeriesStore(10, now::get);
    store.setCatalogue(List.of(A));
    store.write(w -> {
      w.offer("a", 1, 10, 1);
      w.offer("a", 4, 40, 4);
    });
    store.read(r -> {
      assertThat(r.feedMarkCount()).isEqualTo(1);
      assertThat(r.feedMark(0)).as("at the first sample after the hole").isEqualTo(40);
      assertThat(r.feedMarkMissed(0)).isEqualTo(2);
    });
    now.addAndGet(500_000);
    store.write(w -> w.offer("a", 7, 70, 7));
    store.read(r -> {
      assertThat(r.feedMarkCount()).as("half a second on: the same lossy stretch").isEqualTo(1);
      assertThat(r.feedMarkMissed(0)).isEqualTo(4);
    });
    now.addAndGet(5_000_000);
    store.write(w -> w.offer("a", 9, 90, 9));
    store.read(r -> {
      assertThat(r.feedMarkCount()).isEqualTo(2);
      assertThat(r.feedMark(0)).isEqualTo(90);
      assertThat(r.feedMarkMissed(0)).isEqualTo(1);
    });
  }

  @Test
  void aNewStreamIsARestartMarkedOnTheChartNotMissedOrRepeatedUpdates() {
    SeriesStore store = new SeriesStore(10);
    store.setCatalogue(List.of(A));
    store.write(w -> {
      w.announce("s1", 0, 1);
      w.offer("a", 1, 10, 1);
      w.offer("a", 2, 20, 2);
    });
    // The server restarted and has already passed our position in its new stream.
    IngestTally tally = store.write(w -> {
      w.announce("s2", 500, 25);
      w.offer("a", 1, 30, 3);
      w.offer("a", 2, 40, 4);
    });
    assertThat(tally.restarted()).isTrue();
    assertThat(tally.duplicates()).isZero();
    assertThat(tally.missing()).isZero();
    assertThat(tally.accepted()).isEqualTo(2);
    store.read(r -> {
      SeriesRing a = r.ring(0);
      assertThat(a.size()).isEqualTo(4);
      assertThat(a.breakBefore(2)).isTrue();
      assertThat(r.feedMarkCount()).isEqualTo(1);
      // At the new stream's first sample, not when its hello arrived.
      assertThat(r.feedMark(0)).isEqualTo(30);
    });
  }

  @Test
  void aNewStreamWhoseClockIsBehindReplacesTheOldSamples() {
    SeriesStore store = new SeriesStore(10);
    store.setCatalogue(List.of(A));
    store.write(w -> {
      w.announce("s1", 0, 1);
      w.offer("a", 1, 1_000, 1);
    });
    store.write(w -> {
      w.announce("s2", 0, 2);
      w.offer("a", 1, 500, 9);
    });
    store.read(r -> {
      assertThat(r.ring(0).size()).isEqualTo(1);
      assertThat(r.ring(0).lastValue()).isEqualTo(9);
    });
  }

  @Test
  void refusesATimeThatGoesBackWithinAStreamAndAnAbsurdNumber() {
    SeriesStore store = new SeriesStore(10);
    store.setCatalogue(List.of(A));
    store.write(w -> {
      w.announce("s1", 0, 1);
      w.offer("a", 1, 10_000_000, 1);
    });
    IngestTally tally = store.write(w -> {
      // Five seconds back: past the reorder window.
      w.offer("a", 2, 5_000_000, 2);
      w.offer("a", Long.MAX_VALUE - 5, 20_000_000, 3);
      w.offer("a", 3, 30_000_000, 4);
    });
    assertThat(tally.rejected()).isEqualTo(2);
    assertThat(tally.accepted()).isEqualTo(1);
    assertThat(tally.duplicates()).isZero();
    assertThat(store.resumePoint().afterSeq()).isEqualTo(3);
  }

  @Test
  void aMappedFeedBringsItsSeriesAsTheyComeUpToALimit() {
    SeriesStore store = new SeriesStore(10);
    IngestTally tally = store.write(w -> {
      double none = Double.NaN;
      assertThat(w.offerMapped("BTC-USD:price", -1, Sequencing.FEED, 10, 67_000.5, none, D,
          false)).isTrue();
      assertThat(w.offerMapped("ETH-USD:price", -1, Sequencing.FEED, 10, 3_100.25, none, D,
          false)).isTrue();
      assertThat(w.offerMapped("BTC-USD:price", -1, Sequencing.FEED, 11, 67_001, none, D,
          false)).isTrue();
    });
    assertThat(tally.discovered()).isEqualTo(2);
    assertThat(tally.accepted()).isEqualTo(3);
    store.read(r -> {
      assertThat(r.seriesCount()).isEqualTo(2);
      assertThat(r.meta(0).name()).isEqualTo("BTC-USD:price");
      assertThat(r.ring(r.indexOf("BTC-USD:price")).size()).isEqualTo(2);
    });
    IngestTally full = store.write(w -> {
      for (int i = 2; i < SeriesStore.MAX_DISCOVERED + 5; i++) {
        w.offerMapped("s" + i, -1, Sequencing.FEED, 10, i, Double.NaN, D, false);
      }
    });
    assertThat(full.unknownSeries()).as("past the limit").isEqualTo(5);
    store.read(r -> assertThat(r.seriesCount()).isEqualTo(SeriesStore.MAX_DISCOVERED));
  }

  @Test
  void aSeriesOwnSequenceCountsItsHolesAndRepeatsAndBreaksOnlyItsLine() {
    SeriesStore store = new SeriesStore(10);
    IngestTally tally = store.write(w -> {
      w.offerMapped("a", 100, Sequencing.SERIES, 1, 1, Double.NaN, D, false);
      w.offerMapped("b", 7, Sequencing.SERIES, 1, 1, Double.NaN, D, false);
      w.offerMapped("a", 101, Sequencing.SERIES, 2, 2, Double.NaN, D, false);
      w.offerMapped("a", 101, Sequencing.SERIES, 2, 2, Double.NaN, D, false);
      w.offerMapped("a", 105, Sequencing.SERIES, 3, 3, Double.NaN, D, false);
      w.offerMapped("b", 8, Sequencing.SERIES, 3, 3, Double.NaN, D, false);
    });
    assertThat(tally.missing()).isEqualTo(3);
    assertThat(tally.duplicates()).isEqualTo(1);
    store.read(r -> {
      SeriesRing a = r.ring(r.indexOf("a"));
      SeriesRing b = r.ring(r.indexOf("b"));
      assertThat(a.size()).isEqualTo(3);
      assertThat(a.breakBefore(2)).as("after a's hole").isTrue();
      assertThat(a.breakBefore(1)).isFalse();
      assertThat(b.breakBefore(1)).as("b lost nothing").isFalse();
    });
    IngestTally back = store.write(w -> w.offerMapped("a", 106, Sequencing.SERIES, 2, 9,
        Double.NaN, D, false));
    assertThat(back.late()).as("a little late: put in its place").isEqualTo(1);
    store.read(r -> assertThat(r.ring(r.indexOf("a")).valueAt(2)).isEqualTo(9));
  }

  @Test
  void numbersThatOnlyIncreaseCatchRepeatsAndStepsBackButNeverMakeHoles() {
    SeriesStore store = new SeriesStore(10);
    SeriesDiscovery named = id -> SeriesMeta.of(id, "Ether in dollars", "USD", SeriesKind.STOCK,
        Double.NaN, Double.NaN);
    IngestTally tally = store.write(w -> {
      Sequencing inc = Sequencing.SERIES_INCREASING;
      double none = Double.NaN;
      w.offerMapped("ETH-USD", 37_475_248_783L, inc, 1, 1, none, named, false);
      w.offerMapped("ETH-USD", 37_475_249_990L, inc, 2, 2, none, named, false);
      w.offerMapped("ETH-USD", 37_475_249_990L, inc, 2, 2, none, named, false);
      w.offerMapped("ETH-USD", 37_475_249_000L, inc, 3, 3, none, named, false);
      w.offerMapped("ETH-USD", 37_475_248_783L + (1L << 30), inc, 4, 4, none, named, false);
      w.offerMapped("x", 10, Sequencing.FEED_INCREASING, 1, 1, none, named, false);
      w.offerMapped("y", 9, Sequencing.FEED_INCREASING, 1, 1, none, named, false);
    });
    assertThat(tally.missing()).isZero();
    assertThat(tally.duplicates()).as("a repeat and two steps back").isEqualTo(3);
    store.read(r -> {
      SeriesRing eth = r.ring(r.indexOf("ETH-USD"));
      assertThat(eth.size()).as("a jump of 2^30 is normal here").isEqualTo(3);
      assertThat(eth.breakBefore(1)).isFalse();
      assertThat(eth.breakBefore(2)).isFalse();
      assertThat(r.meta(r.indexOf("ETH-USD")).name()).isEqualTo("Ether in dollars");
      assertThat(r.meta(r.indexOf("ETH-USD")).unit()).isEqualTo("USD");
    });
  }

  @Test
  void aSeriesGivenItsOwnLevelsIsJudgedByThemFromThenOn() {
    SeriesStore store = new SeriesStore(10);
    store.write(w -> w.offerMapped("boiler", -1, Sequencing.FEED, 1, 95, Double.NaN, D, false));
    store.read(r -> assertThat(r.alarms().total()).as("no levels yet").isZero());
    assertThat(store.redescribe("boiler", new SeriesOverride("Boiler", "°C",
        new SeriesOverride.Thresholds(null, 85.0, null, 90.0))::apply)).isTrue();
    assertThat(store.redescribe("nothing", new SeriesOverride(null, null, null)::apply))
        .isFalse();
    store.write(w -> w.offerMapped("boiler", -1, Sequencing.FEED, 2, 96, Double.NaN, D, false));
    store.read(r -> {
      assertThat(r.alarms().total()).isEqualTo(1);
      assertThat(r.meta(0).name()).isEqualTo("Boiler");
      assertThat(r.meta(0).unit()).isEqualTo("°C");
      assertThat(r.ring(0).size()).as("its samples are kept").isEqualTo(2);
    });
  }

  @Test
  void aLowerNumberWithANewerTimeOfItsOwnIsTheFeedNumberingAfresh() {
    SeriesStore store = new SeriesStore(10);
    IngestTally t = store.write(w -> {
      w.offerMapped("BTCUSDT", 3_000_000_001L, Sequencing.SERIES, 100, 1, Double.NaN, D, true);
      w.offerMapped("BTCUSDT", 3_000_000_002L, Sequencing.SERIES, 200, 2, Double.NaN, D, true);
      // Sent again after a reconnect: same number, same time: a repeat.
      w.offerMapped("BTCUSDT", 3_000_000_002L, Sequencing.SERIES, 200, 2, Double.NaN, D, true);
      // The venue restarted its counter: a low number, but a newer time of its own.
      w.offerMapped("BTCUSDT", 1, Sequencing.SERIES, 300, 3, Double.NaN, D, true);
      w.offerMapped("BTCUSDT", 2, Sequencing.SERIES, 400, 4, Double.NaN, D, true);
    });
    assertThat(t.duplicates()).isEqualTo(1);
    assertThat(t.renumbered()).isEqualTo(1);
    assertThat(t.missing()).isZero();
    store.read(r -> {
      SeriesRing ring = r.ring(r.indexOf("BTCUSDT"));
      assertThat(ring.size()).isEqualTo(4);
      assertThat(ring.breakBefore(2)).as("drawn after a break").isTrue();
      assertThat(ring.breakBefore(3)).isFalse();
    });
    IngestTally arrival = store.write(w ->
        w.offerMapped("BTCUSDT", 1, Sequencing.SERIES, 500, 5, Double.NaN, D, false));
    assertThat(arrival.duplicates()).as("with arrival times a low number stays a repeat")
        .isEqualTo(1);
  }
}
