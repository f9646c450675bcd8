package org.livedash.derive;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.livedash.model.InvalidInputException;
import org.livedash.model.SeriesMeta;
import org.livedash.model.SeriesRing;
import org.livedash.model.SeriesStore;
import org.livedash.model.Sequencing;
import org.livedash.model.StoreReader;
import org.livedash.model.StoreView;

/**
 * The derived series of a window, evaluated on a thread of their own as their inputs' readings
 * arrive, into a store of their own that the window shows beside its feeds. A derived series is
 * evaluated at each moment one of its inputs has a reading, up to the newest moment all of them
 * have reached (so a feed lagging behind is waited for, not guessed); an input with no reading
 * within the tolerance, in a hole, or a result that is not a number makes a hole.
 */
public final class Derivations implements AutoCloseable {
  /** One hour of a derived series evaluated ten times a second. */
  static final int RING_CAPACITY = 36_000;
  /** The most moments one series is evaluated at in one pass; older ones become a hole. */
  static final int MOST_PER_PASS = 100_000;
  private static final Logger LOG = Logger.getLogger(Derivations.class.getName());
  /** What the series read: the window's feeds (and these derived series) as shown now. */
  private volatile StoreReader inputs;
  private final SeriesStore out = new SeriesStore(RING_CAPACITY);
  private final ScheduledExecutorService executor;
  /** Touched only on the executor's thread. */
  private final List<Active> active = new ArrayList<>();
  private volatile List<DerivedSeries> defined = List.of();
  private final List<DerivedSeries> waiting = new CopyOnWriteArrayList<>();
  /** The last number each series was stored with, by name: a series defined again goes on. */
  private final java.util.Map<String, Long> lastSeq = new java.util.HashMap<>();
  private ScheduledFuture<?> passes;
  /** Told each time a series is defined or removed. */
  private volatile Runnable onChange = () -> { };
  private volatile long lastVersion = Long.MIN_VALUE;

  /** Derived series evaluated on {@code executor}, reading nothing until {@link #readFrom}. */
  public Derivations(ScheduledExecutorService executor) {
    this.executor = executor;
  }

  /** Reads the series shown by {@code shown} from now on (a window built again, another). */
  public Derivations readFrom(StoreReader shown) {
    inputs = shown;
    lastVersion = Long.MIN_VALUE;
    return this;
  }

  /** Evaluates every {@code period} milliseconds what arrived since the last pass. */
  public Derivations start(long periodMillis) {
    passes = executor.scheduleWithFixedDelay(this::passSafely, 0, periodMillis,
        TimeUnit.MILLISECONDS);
    return this;
  }

  /** Where the derived series' readings are: shown beside the feeds under their own names. */
  public SeriesStore store() {
    return out;
  }

  /** The series defined, in order. */
  public List<DerivedSeries> defined() {
    return defined;
  }

  /**
   * Defines (or defines again) a derived series over the series {@code known} now.
   *
   * @throws InvalidInputException with one line when its formula cannot be read, or its name
   *     is a series' already shown
   */
  public void define(DerivedSeries series, Collection<String> known) {
    Set<String> others = new HashSet<>(known);
    defined.forEach(d -> others.remove(d.name()));
    if (others.contains(series.name())) {
      throw new InvalidInputException(org.livedash.model.Reason.of("derive.nameTaken",
          series.name()));
    }
    others.remove(series.name());
    Formula formula = Formula.compile(series.formula(), others);
    keepDefined(series.name(), series);
    executor.execute(() -> {
      begin(series, formula);
      lastVersion = Long.MIN_VALUE;
    });
  }

  /**
   * Defines series kept from an earlier run: each is evaluated once every series it reads is
   * shown (the feeds come up after the window).
   */
  public void restore(List<DerivedSeries> kept) {
    for (DerivedSeries d : kept) {
      keepDefined(d.name(), d);
      waiting.add(d);
    }
  }

  /** Stops evaluating the series named {@code name} and forgets its readings. */
  public void remove(String name) {
    waiting.removeIf(d -> d.name().equals(name));
    keepDefined(name, null);
    executor.execute(() -> {
      if (end(name)) {
        describe();
      }
    });
  }

  /** Tells {@code action} each time a series is defined or removed, on the calling thread. */
  public void onChange(Runnable action) {
    onChange = action;
  }

  /**
   * What is defined: {@code series} in the place of the one named {@code name} (or after the
   * others), or, when it is null, the one named {@code name} taken out.
   */
  private void keepDefined(String name, DerivedSeries series) {
    synchronized (this) {
      List<DerivedSeries> now = new ArrayList<>(defined);
      int at = -1;
      for (int i = 0; i < now.size(); i++) {
        if (now.get(i).name().equals(name)) {
          at = i;
        }
      }
      if (at >= 0 && series != null) {
        now.set(at, series);
      } else if (at >= 0) {
        now.remove(at);
      } else if (series != null) {
        now.add(series);
      }
      defined = List.copyOf(now);
    }
    onChange.run();
  }

  /**
   * Evaluates {@code series} from its inputs' first readings, in place of one of its name: that
   * one's readings go, its numbers go on (the store remembers a series' last).
   */
  private void begin(DerivedSeries series, Formula formula) {
    if (end(series.name())) {
      describe();
    }
    Active a = new Active(series, formula);
    a.seq = lastSeq.getOrDefault(series.name(), 0L);
    active.add(a);
    describe();
  }

  /** Stops evaluating the series named {@code name}; whether there was one. */
  private boolean end(String name) {
    for (Active a : active) {
      if (a.series.name().equals(name)) {
        lastSeq.put(name, a.seq);
        active.remove(a);
        return true;
      }
    }
    return false;
  }

  private void describe() {
    out.setCatalogue(active.stream().map(a -> a.meta).toList());
  }

  private void passSafely() {
    try {
      pass();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, org.livedash.model.Reason.of("derive.failed",
          org.livedash.model.Reason.why(e)).english(), e);
    }
  }

  /**
   * One pass: what every input brought since the last, evaluated and stored. Runs on the
   * evaluator's thread (benchmarks and tests hand it there).
   */
  public void pass() {
    StoreReader inputs = this.inputs;
    if (inputs == null) {
      return;
    }
    long version = inputs.version();
    if (version == lastVersion && waiting.isEmpty()) {
      return;
    }
    lastVersion = version;
    if (!waiting.isEmpty()) {
      // Not under the read: the store's own lock is among those read, and a series begun
      // describes it anew.
      Set<String> known = new HashSet<>();
      inputs.read(view -> {
        for (int i = 0; i < view.seriesCount(); i++) {
          known.add(view.meta(i).id());
        }
      });
      beginWaiting(known);
    }
    inputs.read(view -> {
      for (Active a : active) {
        a.evaluate(view);
      }
    });
    out.write(w -> {
      for (Active a : active) {
        a.store(w);
      }
    });
  }

  /** Begins each series waiting whose inputs are all among {@code known} now. */
  private void beginWaiting(Set<String> known) {
    for (DerivedSeries d : waiting) {
      known.remove(d.name());
      try {
        Formula f = Formula.compile(d.formula(), known);
        waiting.remove(d);
        begin(d, f);
      } catch (InvalidInputException e) {
        // Not every series it reads is shown yet.
      }
      known.add(d.name());
    }
  }


  @Override
  public void close() {
    if (passes != null) {
      passes.cancel(false);
    }
  }

  /** A derived series being evaluated, and where its evaluation stands. */
  private static final class Active {
    final DerivedSeries series;
    final Formula formula;
    final SeriesMeta meta;
    final long toleranceMicros;
    final List<Formula.Input> in;
    /** The newest moment evaluated. */
    long evaluatedTo = Long.MIN_VALUE;
    /** The time of the reading of each input last used, to see a hole it came after. */
    final long[] used;
    boolean breakNext;
    long seq;
    long[] times = new long[0];
    double[] values = new double[0];
    boolean[] breaks = new boolean[0];
    int count;

    Active(DerivedSeries series, Formula formula) {
      this.series = series;
      this.formula = formula;
      this.meta = SeriesMeta.of(series.name(), series.name(), series.unit(), series.kind(),
          Double.NaN, Double.NaN);
      this.toleranceMicros = Math.round(series.toleranceSeconds() * 1_000_000);
      this.in = formula.inputs();
      this.used = new long[in.size()];
      Arrays.fill(used, Long.MIN_VALUE);
    }

    void evaluate(StoreView view) {
      count = 0;
      SeriesRing[] rings = new SeriesRing[in.size()];
      long horizon = Long.MAX_VALUE;
      for (int i = 0; i < rings.length; i++) {
        int index = view.indexOf(in.get(i).seriesId());
        rings[i] = index < 0 ? null : view.ring(index);
        if (rings[i] == null || rings[i].isEmpty()) {
          // A series gone (its feed removed) or not yet read: nothing to evaluate.
          return;
        }
        horizon = Math.min(horizon, rings[i].lastTime());
      }
      if (horizon <= evaluatedTo) {
        return;
      }
      long[] moments = moments(rings, horizon);
      double[] x = new double[in.size()];
      for (long t : moments) {
        boolean hole = false;
        for (int i = 0; i < x.length && !hole; i++) {
          x[i] = valueAt(i, rings[i], t);
          hole = Double.isNaN(x[i]);
        }
        double v = hole ? Double.NaN : formula.evaluate(x);
        if (!Double.isFinite(v)) {
          breakNext = true;
          continue;
        }
        add(t, v, breakNext);
        breakNext = false;
      }
      evaluatedTo = horizon;
    }

    /** Every moment an input has a reading after the last evaluated, up to {@code horizon}. */
    private long[] moments(SeriesRing[] rings, long horizon) {
      long[] all = new long[0];
      int n = 0;
      Set<SeriesRing> seen = new HashSet<>();
      for (SeriesRing r : rings) {
        if (!seen.add(r)) {
          continue;
        }
        int from = evaluatedTo == Long.MIN_VALUE ? 0 : r.firstIndexAtOrAfter(evaluatedTo + 1);
        int to = r.firstIndexAtOrAfter(horizon + 1);
        all = Arrays.copyOf(all, n + Math.max(0, to - from));
        for (int k = from; k < to; k++) {
          all[n++] = r.timeAt(k);
        }
      }
      long[] sorted = Arrays.stream(all, 0, n).sorted().distinct().toArray();
      if (sorted.length > MOST_PER_PASS) {
        breakNext = true;
        return Arrays.copyOfRange(sorted, sorted.length - MOST_PER_PASS, sorted.length);
      }
      return sorted;
    }

    /** Input {@code i}'s value at {@code t}, or NaN when it has none there (a hole). */
    private double valueAt(int i, SeriesRing r, long t) {
      int j = r.firstIndexAtOrAfter(t + 1) - 1;
      if (j < 0 || t - r.timeAt(j) > toleranceMicros
          || t > r.timeAt(j) && j + 1 < r.size() && r.breakBefore(j + 1)) {
        return Double.NaN;
      }
      if (r.timeAt(j) > used[i] && r.breakBefore(j) && used[i] != Long.MIN_VALUE) {
        // The input came back after a hole: so does the result.
        breakNext = true;
      }
      used[i] = r.timeAt(j);
      Formula.Input input = in.get(i);
      return input.over() == Formula.Over.READING ? r.valueAt(j)
          : Windows.over(r, j, t, input.windowMicros(), input.over());
    }

    private void add(long t, double v, boolean breakBefore) {
      if (count == times.length) {
        int size = Math.max(16, count * 2);
        times = Arrays.copyOf(times, size);
        values = Arrays.copyOf(values, size);
        breaks = Arrays.copyOf(breaks, size);
      }
      times[count] = t;
      values[count] = v;
      breaks[count] = breakBefore;
      count++;
    }

    void store(SeriesStore.Writer w) {
      for (int k = 0; k < count; k++) {
        if (breaks[k]) {
          // A number skipped: the store draws this series' line broken here, and only its.
          seq++;
        }
        seq++;
        w.offerMapped(meta.id(), seq, Sequencing.SERIES, times[k], values[k], Double.NaN,
            id -> meta, false);
      }
      count = 0;
      if (times.length > 4 * 1024) {
        times = new long[0];
        values = new double[0];
        breaks = new boolean[0];
      }
    }
  }
}
