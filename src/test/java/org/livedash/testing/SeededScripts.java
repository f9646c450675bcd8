package org.livedash.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Property runs over scripts without a property-testing library (decision 0022): each try draws
 * a script of steps from a generator seeded by the run's seed and the try's number, so a run is
 * the same every time; a script that fails is cut down to a short one that still fails (removing
 * ever smaller runs of steps, as delta debugging does) and reported with the seed and try that
 * reproduce it. {@code -Dlivedash.seed=N} draws other scripts.
 */
public final class SeededScripts {
  /** The system property that chooses the run's seed. */
  public static final String SEED_PROPERTY = "livedash.seed";
  private static final long DEFAULT_SEED = 20_261_203L;
  /** How many shorter scripts a failure may be tried with while it is cut down. */
  private static final int MAX_SHRINK_TRIES = 4_000;

  private final int tries;
  private final int minSteps;
  private final int maxSteps;
  private final long seed;

  private SeededScripts(int tries, int minSteps, int maxSteps, long seed) {
    this.tries = tries;
    this.minSteps = minSteps;
    this.maxSteps = maxSteps;
    this.seed = seed;
  }

  /** {@code tries} scripts of {@code minSteps} to {@code maxSteps} steps each. */
  public static SeededScripts of(int tries, int minSteps, int maxSteps) {
    if (tries < 1 || minSteps < 0 || maxSteps < minSteps) {
      throw new IllegalArgumentException(tries + " tries of " + minSteps + ".." + maxSteps);
    }
    return new SeededScripts(tries, minSteps, maxSteps, Long.getLong(SEED_PROPERTY,
        DEFAULT_SEED));
  }

  /**
   * Runs {@code property} on every script; throws an {@link AssertionError} naming the seed,
   * the try and the shortest failing script found, with the failure as its cause.
   *
   * @return how many steps were run in all
   */
  public <S> long check(Function<Random, S> step, Consumer<List<S>> property) {
    long steps = 0;
    for (int t = 0; t < tries; t++) {
      List<S> script = draw(new Random(seed * 1_000_003L + t), step);
      steps += script.size();
      Throwable failure = failure(property, script);
      if (failure != null) {
        throw shrunk(t, script, failure, property);
      }
    }
    return steps;
  }

  /** A number from {@code lo} to {@code hi}, both ends drawn more often than the rest. */
  public static long between(Random random, long lo, long hi) {
    int edge = random.nextInt(16);
    if (edge == 0) {
      return lo;
    }
    if (edge == 1) {
      return hi;
    }
    return random.nextLong(lo, hi + 1);
  }

  /** A number from {@code lo} to {@code hi}, both ends drawn more often than the rest. */
  public static int between(Random random, int lo, int hi) {
    return (int) between(random, (long) lo, hi);
  }

  private <S> List<S> draw(Random random, Function<Random, S> step) {
    int n = minSteps + random.nextInt(maxSteps - minSteps + 1);
    List<S> script = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      script.add(step.apply(random));
    }
    return script;
  }

  private <S> AssertionError shrunk(int tryNumber, List<S> script, Throwable first,
      Consumer<List<S>> property) {
    List<S> smallest = script;
    Throwable why = first;
    int budget = MAX_SHRINK_TRIES;
    int chunk = Math.max(1, smallest.size() / 2);
    while (budget > 0) {
      boolean cut = false;
      int from = 0;
      while (budget > 0 && from + chunk <= smallest.size()
          && smallest.size() - chunk >= minSteps) {
        List<S> shorter = new ArrayList<>(smallest.subList(0, from));
        shorter.addAll(smallest.subList(from + chunk, smallest.size()));
        budget--;
        Throwable t = failure(property, shorter);
        if (t != null) {
          smallest = shorter;
          why = t;
          cut = true;
        } else {
          from += chunk;
        }
      }
      if (!cut) {
        if (chunk == 1) {
          break;
        }
        chunk /= 2;
      }
    }
    StringBuilder text = new StringBuilder("failed with -D" + SEED_PROPERTY + "=" + seed
        + " on try " + tryNumber + "; its " + script.size() + " steps cut to "
        + smallest.size() + " that still fail:");
    for (S s : smallest) {
      text.append("\n  ").append(s);
    }
    return new AssertionError(text.toString(), why);
  }

  private static <S> Throwable failure(Consumer<List<S>> property, List<S> script) {
    try {
      property.accept(script);
      return null;
    } catch (AssertionError | RuntimeException e) {
      return e;
    }
  }
}
