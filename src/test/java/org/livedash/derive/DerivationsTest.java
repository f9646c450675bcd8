package org.livedash.derive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.livedash.model.InvalidInputException;
import org.livedash.model.SeriesKind;
import org.livedash.model.SeriesMeta;
import org.livedash.model.SeriesRing;
import org.livedash.model.SeriesStore;
import org.livedash.model.StoreSet;

/** Derived series over two feeds' real stores, each pass run on the evaluator's own thread. */
class DerivationsTest {
  private static final long S = 1_000_000;
  private static final long T0 = 1_700_000_000L * S;
  private final SeriesStore coinbase = new SeriesStore(1_000, () -> T0 + 1_000 * S);
  private final SeriesStore binance = new SeriesStore(1_000, () -> T0 + 1_000 * S);
  private final StoreSet shown = new StoreSet(coinbase);
  private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor();
  private final Derivations derived = new Derivations(thread).readFrom(shown);
  private long seqA;
  private long seqB;

  DerivationsTest() {
    coinbase.setCatalogue(List.of(SeriesMeta.of("BTC-USD", "BTC", "USD", SeriesKind.STOCK, 0,
        1e6)));
    binance.setCatalogue(List.of(SeriesMeta.of("BTCUSDT", "BTC", "USDT", SeriesKind.STOCK, 0,
        1e6)));
    shown.add("binance", binance);
    shown.add("", derived.store());
  }

  @AfterEach
  void stop() {
    derived.close();
    thread.shutdownNow();
  }

  @Test
  void aSpreadIsEvaluatedAtEachReadingOfEitherUpToWhereBothHaveCome() throws Exception {
    a(1_000, 10);
    a(2_000, 11);
    a(3_000, 12);
    b(1_500, 1);
    b(2_500, 2);
    define("spread", "BTC-USD - binance/BTCUSDT");
    pass();
    // At 1 s binance had no reading: nothing; from 1.5 s on, each moment either has one.
    assertThat(points("spread")).containsExactly("1500=9.0", "2000=10.0", "2500=9.0");
    b(3_500, 3);
    a(4_000, 13);
    pass();
    assertThat(points("spread")).containsExactly("1500=9.0", "2000=10.0", "2500=9.0",
        "3000=10.0", "3500=9.0");
  }

  @Test
  void aFeedSilentPastTheToleranceIsAHoleNeverItsLastValueHeld() throws Exception {
    define("spread", "BTC-USD - binance/BTCUSDT");
    b(1_000, 1);
    for (int i = 0; i <= 20; i++) {
      a(1_000 + i * 1_000, 10 + i);
    }
    pass();
    assertThat(points("spread")).as("binance silent: nothing past its last reading")
        .containsExactly("1000=9.0");
    b(20_500, 2);
    b(21_500, 3);
    a(22_000, 40);
    pass();
    // Its last reading counts for the 5 s tolerance, no longer: then a hole until it speaks
    // again, and the spread goes on after it, broken.
    assertThat(points("spread")).containsExactly("1000=9.0", "2000=10.0", "3000=11.0",
        "4000=12.0", "5000=13.0", "6000=14.0", "20500=27.0", "21000=28.0", "21500=27.0");
    assertThat(breakBefore("spread", 6)).isTrue();
    assertThat(breakBefore("spread", 5)).isFalse();
  }

  @Test
  void aMovingAverageAndAConversionAreSeriesOfTheirOwn() throws Exception {
    for (int i = 0; i < 5; i++) {
      a(1_000 + i * 1_000, 10 + 2 * i);
      b(1_000 + i * 1_000, 0);
    }
    define("avg3", "avg(BTC-USD, 2500 ms)");
    define("cents", "BTC-USD * 100");
    pass();
    assertThat(points("avg3")).containsExactly("1000=10.0", "2000=11.0", "3000=12.0",
        "4000=14.0", "5000=16.0");
    assertThat(points("cents")).hasSize(5).last().isEqualTo("5000=1800.0");
    derived.remove("cents");
    pass();
    shown.read(r -> assertThat(r.indexOf("cents")).isEqualTo(-1));
    assertThat(derived.defined()).extracting(DerivedSeries::name).containsExactly("avg3");
  }

  @Test
  void aSeriesDefinedAgainOrOpenedAgainFromALayoutIsEvaluatedAfresh() throws Exception {
    a(1_000, 10);
    b(1_000, 1);
    a(2_000, 11);
    b(2_000, 2);
    define("spread", "BTC-USD - binance/BTCUSDT");
    pass();
    assertThat(points("spread")).containsExactly("1000=9.0", "2000=9.0");
    define("spread", "BTC-USD + binance/BTCUSDT");
    pass();
    assertThat(points("spread")).as("the old readings gone, the new formula's all stored")
        .containsExactly("1000=11.0", "2000=13.0");
    derived.remove("spread");
    derived.restore(List.of(new DerivedSeries("spread", "BTC-USD * 2", "USD",
        SeriesKind.STOCK)));
    pass();
    assertThat(points("spread")).containsExactly("1000=20.0", "2000=22.0");
  }

  @Test
  void aNameShownAlreadyOrAFormulaThatDoesNotReadIsRefused() {
    assertThatThrownBy(() -> derived.define(new DerivedSeries("BTC-USD", "1", "",
        SeriesKind.STOCK), known())).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> derived.define(new DerivedSeries("x", "nothing * 2", "",
        SeriesKind.STOCK), known())).isInstanceOf(InvalidInputException.class);
    assertThat(derived.defined()).isEmpty();
  }

  @Test
  void oneKeptFromAnEarlierRunIsEvaluatedOnceItsSeriesAreShown() throws Exception {
    shown.remove("binance");
    derived.restore(List.of(new DerivedSeries("spread", "BTC-USD - binance/BTCUSDT", "USD",
        SeriesKind.STOCK)));
    a(1_000, 10);
    b(1_000, 1);
    pass();
    assertThat(points("spread")).as("binance not shown yet").isEmpty();
    shown.add("binance", binance);
    pass();
    assertThat(points("spread")).containsExactly("1000=9.0");
  }

  private void define(String name, String formula) throws Exception {
    derived.define(new DerivedSeries(name, formula, "USD", SeriesKind.STOCK), known());
  }

  private List<String> known() {
    List<String> ids = new ArrayList<>();
    shown.read(r -> {
      for (int i = 0; i < r.seriesCount(); i++) {
        ids.add(r.meta(i).id());
      }
    });
    return ids;
  }

  private void pass() throws Exception {
    thread.submit(derived::pass).get();
  }

  private List<String> points(String id) {
    List<String> out = new ArrayList<>();
    shown.read(r -> {
      int i = r.indexOf(id);
      if (i >= 0) {
        SeriesRing ring = r.ring(i);
        for (int k = 0; k < ring.size(); k++) {
          out.add((ring.timeAt(k) - T0) / 1_000 + "=" + ring.valueAt(k));
        }
      }
    });
    return out;
  }

  private boolean breakBefore(String id, int k) {
    boolean[] broken = new boolean[1];
    shown.read(r -> broken[0] = r.ring(r.indexOf(id)).breakBefore(k));
    return broken[0];
  }

  private void a(long millis, double v) {
    coinbase.write(w -> w.offer("BTC-USD", ++seqA, T0 + millis * 1_000, v));
  }

  private void b(long millis, double v) {
    binance.write(w -> w.offer("BTCUSDT", ++seqB, T0 + millis * 1_000, v));
  }
}
