package org.livedash.ui;

import org.livedash.i18n.Texts;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.HdrHistogram.Histogram;
import org.livedash.model.FeedMode;
import org.livedash.model.FeedStats;
import org.livedash.model.ModeStats;
import org.livedash.model.StatsSnapshot;
import org.livedash.report.ModeResult;

/**
 * The in-app comparison: runs the live feed through each mode in turn for a fixed time, measures
 * only the time after a short settling period in each, then returns to the mode the user had.
 * Driven by {@link #tick} from the dashboard's frame loop on the JavaFX thread; it switches
 * modes through {@link FeedControl} like the toggle does.
 */
final class CompareSession {
  private static final long SETTLE_NANOS = 1_000_000_000L;

  private final FeedControl control;
  private final FeedStats stats;
  private final LongSupplier nanoClock;
  private final List<FeedMode> modes;
  private final Duration each;
  private final Duration pollInterval;
  private final FeedMode returnTo;
  private final Consumer<List<ModeResult>> onDone;
  private final List<ModeResult> results = new ArrayList<>();
  private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
  private final ReadOnlyStringWrapper phase = new ReadOnlyStringWrapper("");
  private int index = -1;
  private long phaseStart;
  private StatsSnapshot before;
  private Histogram latencyBefore;
  private boolean finished;

  CompareSession(FeedControl control, FeedStats stats, LongSupplier nanoClock,
      List<FeedMode> modes, Duration each, Duration pollInterval, FeedMode returnTo,
      Consumer<List<ModeResult>> onDone) {
    this.control = control;
    this.stats = stats;
    this.nanoClock = nanoClock;
    this.modes = modes;
    this.each = each;
    this.pollInterval = pollInterval;
    this.returnTo = returnTo;
    this.onDone = onDone;
  }

  ReadOnlyDoubleProperty progressProperty() {
    return progress.getReadOnlyProperty();
  }

  ReadOnlyStringProperty phaseProperty() {
    return phase.getReadOnlyProperty();
  }

  boolean isFinished() {
    return finished;
  }

  /** Advances the session; call every frame. */
  void tick() {
    if (finished) {
      return;
    }
    long now = nanoClock.getAsLong();
    long phaseNanos = SETTLE_NANOS + each.toNanos();
    if (index < 0 || now - phaseStart >= phaseNanos) {
      if (index >= 0) {
        results.add(measured(modes.get(index), now));
      }
      index++;
      if (index == modes.size()) {
        finish();
        return;
      }
      phaseStart = now;
      before = null;
      control.switchMode(modes.get(index), pollInterval);
      phase.set(Texts.get("compare.measuring", Texts.of(modes.get(index).title())));
    }
    if (before == null && now - phaseStart >= SETTLE_NANOS) {
      ModeStats s = stats.of(modes.get(index));
      before = s.snapshot(now);
      latencyBefore = s.latencyHistogram();
    }
    progress.set((index + Math.min(1.0, (now - phaseStart) / (double) phaseNanos))
        / modes.size());
  }

  private ModeResult measured(FeedMode mode, long now) {
    ModeStats s = stats.of(mode);
    StatsSnapshot after = s.snapshot(now);
    Histogram latency = s.latencyHistogram();
    StatsSnapshot from = before == null ? after : before;
    if (latencyBefore != null) {
      latency.subtract(latencyBefore);
    }
    // Named as the stats panel names it: polling with its interval.
    return ModeResult.between(Texts.of(s.title()),
        mode == FeedMode.POLL ? pollInterval.toMillis() : 0, from, after, latency, 0, -1);
  }

  /** Stops early, keeping what was measured. */
  void cancel() {
    if (!finished) {
      finish();
    }
  }

  private void finish() {
    finished = true;
    progress.set(1);
    phase.set("");
    control.switchMode(returnTo, pollInterval);
    onDone.accept(List.copyOf(results));
  }
}
