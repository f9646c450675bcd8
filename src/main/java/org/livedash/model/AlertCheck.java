package org.livedash.model;

/**
 * One {@link AlertRule} judged on one series, reading by reading: whether its alert is off,
 * waiting for its condition to hold long enough, or on, and the alert's start and peak. A change
 * rule keeps the window's lowest and highest readings in {@value #BUCKETS} buckets of a
 * {@value #BUCKETS}th of the window each, so its memory is bounded whatever the rate (its window's
 * far edge is exact to a bucket).
 */
final class AlertCheck {
  /** What one reading did to the alert. */
  enum Change { NONE, RAISED, CLEARED }

  static final int BUCKETS = 32;
  private static final long NEVER = Long.MIN_VALUE;

  final AlertRule rule;
  private boolean on;
  private long since = NEVER;
  private double startValue;
  private double peak;
  // A change rule's window.
  private final long bucketMicros;
  private final long[] bucket;
  private final double[] lows;
  private final double[] highs;
  private int head;
  private int filled;
  // A silence rule's last reading, this machine's clock (epoch µs).
  private long lastSeen = NEVER;

  AlertCheck(AlertRule rule) {
    this.rule = rule;
    boolean change = rule.kind() == AlertRule.Kind.CHANGE;
    bucketMicros = change ? Math.max(1, rule.windowMicros() / BUCKETS) : 0;
    bucket = change ? new long[BUCKETS] : null;
    lows = change ? new double[BUCKETS] : null;
    highs = change ? new double[BUCKETS] : null;
  }

  boolean isOn() {
    return on;
  }

  /** When the alert began: its condition's first reading (a silence's: when it grew too long). */
  long startMicros() {
    return since;
  }

  /** The reading that began it (a change rule's: the change). */
  double startValue() {
    return startValue;
  }

  /** The reading furthest into the rule while it held (a change rule's: the largest change). */
  double peak() {
    return peak;
  }

  /** Judges a reading stamped {@code t} of series {@code meta} (its alarm levels for LEVELS). */
  Change observe(SeriesMeta meta, long t, double v) {
    if (Double.isNaN(v) || rule.kind() == AlertRule.Kind.SILENCE) {
      return Change.NONE;
    }
    double x = v;
    if (rule.kind() == AlertRule.Kind.CHANGE) {
      add(t, v);
      x = swing(t);
    }
    double low = low(meta);
    double high = high(meta);
    if (on) {
      if (cleared(x, low, high)) {
        on = false;
        since = NEVER;
        return Change.CLEARED;
      }
      peak = further(peak, x, low, high);
      return Change.NONE;
    }
    if (since != NEVER) {
      if (cleared(x, low, high)) {
        since = NEVER;
        return Change.NONE;
      }
      peak = further(peak, x, low, high);
    } else if (reached(x, low, high)) {
      since = t;
      startValue = x;
      peak = x;
    } else {
      return Change.NONE;
    }
    if (t - since >= rule.forMicros()) {
      on = true;
      return Change.RAISED;
    }
    return Change.NONE;
  }

  /** A silence rule hears a reading received at {@code receivedMicros}: one that was on ends. */
  Change seen(long receivedMicros) {
    lastSeen = receivedMicros;
    if (on) {
      on = false;
      since = NEVER;
      return Change.CLEARED;
    }
    return Change.NONE;
  }

  /** A silence rule at {@code nowMicros}: raised once no reading came for its time. */
  Change silentUntil(long nowMicros) {
    if (lastSeen == NEVER) {
      // Watched from now: a rule set on a series that never spoke counts from when it was set.
      lastSeen = nowMicros;
      return Change.NONE;
    }
    long due = lastSeen + rule.windowMicros();
    if (on || nowMicros < due) {
      return Change.NONE;
    }
    on = true;
    since = due;
    startValue = Double.NaN;
    peak = Double.NaN;
    return Change.RAISED;
  }

  private double low(SeriesMeta meta) {
    return switch (rule.kind()) {
      case BELOW, OUTSIDE -> rule.low();
      case LEVELS -> meta.alarmLow();
      default -> Double.NaN;
    };
  }

  private double high(SeriesMeta meta) {
    return switch (rule.kind()) {
      case ABOVE, OUTSIDE -> rule.high();
      case LEVELS -> meta.alarmHigh();
      case CHANGE -> rule.change();
      default -> Double.NaN;
    };
  }

  private boolean reached(double x, double low, double high) {
    if (rule.kind() == AlertRule.Kind.CHANGE) {
      // More than the change: a window that moved by exactly it is not an alert.
      return x > high;
    }
    return x >= high || x <= low;
  }

  /** Back by the hysteresis from every level (a NaN level is never near). */
  private boolean cleared(double x, double low, double high) {
    double h = rule.hysteresis();
    boolean underHigh = Double.isNaN(high) || (rule.kind() == AlertRule.Kind.CHANGE
        ? x <= high - h : x < high - h);
    boolean overLow = Double.isNaN(low) || x > low + h;
    return underHigh && overLow;
  }

  /** Of two readings, the one further past a level. */
  private static double further(double peak, double x, double low, double high) {
    return excess(x, low, high) > excess(peak, low, high) ? x : peak;
  }

  private static double excess(double x, double low, double high) {
    double over = Double.isNaN(high) ? Double.NEGATIVE_INFINITY : x - high;
    double under = Double.isNaN(low) ? Double.NEGATIVE_INFINITY : low - x;
    return Math.max(over, under);
  }

  private void add(long t, double v) {
    long b = Math.floorDiv(t, bucketMicros);
    if (filled > 0 && b == bucket[head]) {
      lows[head] = Math.min(lows[head], v);
      highs[head] = Math.max(highs[head], v);
      return;
    }
    if (filled > 0 && b < bucket[head]) {
      // A reading before the window (late, or a stream whose clock is behind): its own window.
      filled = 0;
    }
    head = (head + 1) % BUCKETS;
    bucket[head] = b;
    lows[head] = v;
    highs[head] = v;
    filled = Math.min(filled + 1, BUCKETS);
  }

  /** The highest minus the lowest reading within the window ending at {@code t}. */
  private double swing(long t) {
    long first = Math.floorDiv(t, bucketMicros) - BUCKETS + 1;
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < filled; i++) {
      int k = Math.floorMod(head - i, BUCKETS);
      if (bucket[k] < first) {
        break;
      }
      lo = Math.min(lo, lows[k]);
      hi = Math.max(hi, highs[k]);
    }
    return hi - lo;
  }
}
