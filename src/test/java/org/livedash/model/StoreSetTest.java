package org.livedash.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Several feeds' stores read as one: each feed's series named by it, each store its own. */
class StoreSetTest {
  private static final long T0 = 1_700_000_000_000_000L;
  private final SeriesStore first = new SeriesStore(100, () -> T0 + 10_000_000);
  private final SeriesStore plant = new SeriesStore(100, () -> T0 + 10_000_000);
  private final StoreSet set = new StoreSet(first);

  StoreSetTest() {
    first.setCatalogue(List.of(SeriesMeta.of("temp", "Temperature", "°C", SeriesKind.SENSOR,
        0, 40)));
    plant.setCatalogue(List.of(
        new SeriesMeta("temp", "Temperature", "°C", SeriesKind.SENSOR, 0, 40, Double.NaN,
            Double.NaN, Double.NaN, 30),
        SeriesMeta.of("ACME", "Acme", "USD", SeriesKind.STOCK, 0, 200)));
    first.write(w -> w.offer("temp", 1, T0, 20));
    plant.write(w -> {
      w.offer("temp", 1, T0, 21);
      w.offer("ACME", 2, T0, 150);
    });
  }

  @Test
  void anAddedFeedsSeriesAreNamedByItAndReadFromItsOwnStore() {
    set.add("plant", plant);
    set.read(r -> {
      assertThat(r.seriesCount()).isEqualTo(3);
      assertThat(r.meta(0).id()).isEqualTo("temp");
      assertThat(r.meta(1).id()).isEqualTo("plant/temp");
      assertThat(r.meta(1).name()).isEqualTo("plant/Temperature");
      assertThat(r.meta(2).id()).isEqualTo("plant/ACME");
      assertThat(r.indexOf("temp")).isZero();
      assertThat(r.indexOf("plant/temp")).isEqualTo(1);
      assertThat(r.indexOf("plant/nothing")).isEqualTo(-1);
      assertThat(r.ring(0).lastValue()).isEqualTo(20);
      assertThat(r.ring(1).lastValue()).isEqualTo(21);
      assertThat(r.feedOf(0)).isZero();
      assertThat(r.feedOf(2)).isEqualTo(1);
    });
    plant.read(r -> assertThat(r.meta(0).id()).as("the feed's own store is untouched")
        .isEqualTo("temp"));
  }

  @Test
  void anAlarmIsTheFeedsOwnAndNamedByIt() {
    set.add("plant", plant);
    plant.write(w -> w.offer("temp", 3, T0 + 1_000_000, 35));
    set.read(r -> {
      assertThat(r.alarmState(0)).isEqualTo(ThresholdState.NORMAL);
      assertThat(r.alarmState(1)).isEqualTo(ThresholdState.ALARM);
      assertThat(r.latestAlarm().meta().id()).isEqualTo("plant/temp");
      assertThat(r.alarms().total()).as("the first feed's own alarms").isZero();
    });
  }

  @Test
  void anyFeedWritingOrAFeedAddedOrRemovedIsANewVersion() {
    long before = set.version();
    set.add("plant", plant);
    long added = set.version();
    assertThat(added).isNotEqualTo(before);
    plant.write(w -> w.offer("ACME", 3, T0 + 1_000_000, 151));
    long written = set.version();
    assertThat(written).isNotEqualTo(added);
    set.remove("plant");
    assertThat(set.version()).isNotEqualTo(written);
    set.read(r -> {
      assertThat(r.seriesCount()).isEqualTo(1);
      assertThat(r.indexOf("plant/ACME")).isEqualTo(-1);
    });
    assertThat(set.feeds()).isEmpty();
  }

  @Test
  void aFeedNeedsANameOfItsOwn() {
    set.add("plant", plant);
    assertThatThrownBy(() -> set.add("plant", new SeriesStore(10)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> set.add("a/b", new SeriesStore(10)))
        .isInstanceOf(IllegalArgumentException.class);
    set.add("", new SeriesStore(10));
    assertThatThrownBy(() -> set.add("", new SeriesStore(10)))
        .as("one store under its own names").isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anAddedFeedsRestartIsMarkedBesideTheFirstFeeds() {
    set.add("plant", plant);
    plant.write(w -> {
      w.announce("s1", 0, 1);
      w.offer("ACME", 3, T0 + 1_000_000, 151);
    });
    plant.write(w -> {
      w.announce("s2", 500, 25);
      w.offer("ACME", 1, T0 + 2_000_000, 152);
    });
    set.read(r -> {
      assertThat(r.feedMarkCount()).isEqualTo(1);
      assertThat(r.feedMark(0)).isEqualTo(T0 + 2_000_000);
    });
    first.read(r -> assertThat(r.feedMarkCount()).as("the first feed did not restart")
        .isZero());
  }
}
