package org.livedash.bench.jmh;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.livedash.derive.Derivations;
import org.livedash.derive.DerivedSeries;
import org.livedash.derive.Formula;
import org.livedash.model.SeriesKind;
import org.livedash.model.SeriesMeta;
import org.livedash.model.SeriesStore;
import org.livedash.model.StoreSet;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What a derived series costs: one evaluation of a formula by EvalEx (a spread, a unit
 * conversion), and a whole pass of the evaluator per moment evaluated — a spread of two feeds
 * that each brought 1 000 readings, and a one-minute moving average over a 10/s series.
 *
 * <p>{@code mvn -B -Pbench compile exec:exec@derived-jmh}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DerivedJmh {
  private static final long T0 = 1_700_000_000_000_000L;
  private final Formula spread = Formula.compile("coinbase/BTC-USD - binance/BTCUSDT",
      List.of("coinbase/BTC-USD", "binance/BTCUSDT"));
  private final Formula fahrenheit = Formula.compile("temp * 9 / 5 + 32", List.of("temp"));
  private final double[] two = {100_010.5, 100_000};
  private final double[] one = {21.5};
  private int i;

  @Benchmark
  public double evaluateSpread() {
    two[0] = 100_000 + (++i & 1023);
    return spread.evaluate(two);
  }

  @Benchmark
  public double evaluateConversion() {
    one[0] = ++i & 63;
    return fahrenheit.evaluate(one);
  }

  /** A pass over 1 000 new readings of each of two feeds: 2 000 moments evaluated. */
  @State(Scope.Thread)
  public static class Pass {
    ScheduledExecutorService thread;
    Derivations derived;
    SeriesStore a;
    SeriesStore b;
    long seq;
    long t = T0;

    @Setup(Level.Invocation)
    public void feed() throws Exception {
      if (derived == null) {
        a = new SeriesStore(36_000, () -> Long.MAX_VALUE / 2);
        b = new SeriesStore(36_000, () -> Long.MAX_VALUE / 2);
        a.setCatalogue(List.of(SeriesMeta.of("BTC-USD", "BTC", "USD", SeriesKind.STOCK, 0, 1)));
        b.setCatalogue(List.of(SeriesMeta.of("BTCUSDT", "BTC", "USD", SeriesKind.STOCK, 0, 1)));
        StoreSet shown = new StoreSet(a);
        shown.add("binance", b);
        thread = Executors.newSingleThreadScheduledExecutor();
        derived = new Derivations(thread).readFrom(shown);
        shown.add("", derived.store());
        derived.define(new DerivedSeries("spread", "BTC-USD - binance/BTCUSDT", "USD",
            SeriesKind.STOCK), List.of("BTC-USD", "binance/BTCUSDT"));
        derived.define(new DerivedSeries("avg", "avg(BTC-USD, 1 min)", "USD",
            SeriesKind.STOCK), List.of("BTC-USD", "binance/BTCUSDT"));
      }
      a.write(w -> {
        for (int k = 0; k < 1_000; k++) {
          w.offer("BTC-USD", ++seq, t + k * 100_000L, 100_000 + (k & 255));
        }
      });
      b.write(w -> {
        for (int k = 0; k < 1_000; k++) {
          w.offer("BTCUSDT", seq + k, t + k * 100_000L + 50_000, 100_000 + (k & 127));
        }
      });
      t += 1_000 * 100_000L;
    }

    @TearDown
    public void stop() {
      thread.shutdownNow();
    }
  }

  /** The time of one pass, per moment evaluated (2 000 a pass). */
  @Benchmark
  @OperationsPerInvocation(2_000)
  public void passPerMoment(Pass p) throws Exception {
    p.thread.submit(p.derived::pass).get();
  }
}
