package org.livedash.ui;

import java.util.Optional;
import org.livedash.i18n.Texts;
import org.livedash.model.FeedStats;
import org.livedash.model.ModeStats;
import org.livedash.model.RecentRate;
import org.livedash.model.StatsSnapshot;

/**
 * The push-vs-polling panel's two columns, the mode in use and the one before, read from the
 * feed's statistics: the one in use with its rates over the last five seconds (started afresh
 * with a new segment, or when the bytes begin to be the server's count), and the verdict
 * between the two.
 */
final class ModeColumns {
  private final StatsColumn current = new StatsColumn();
  private final StatsColumn previous = new StatsColumn();
  /** Updates/s over the last five seconds of the current segment. */
  private final RecentRate recentRate = new RecentRate(5_000_000_000L);
  private final RecentRate recentBytes = new RecentRate(5_000_000_000L);
  /** Whether the bytes rate is taken from the server's counts (a change starts it afresh). */
  private boolean bytesFromCounts;
  private ModeStats rateOf;

  /** Shows {@code stats} as they stand at {@code now}; returns the verdict line. */
  String show(FeedStats stats, long now) {
    Optional<ModeStats> cur = stats.currentSegment();
    Optional<ModeStats> prev = stats.previousSegment();
    StatsSnapshot curSnap = cur.map(m -> m.snapshot(now)).orElse(null);
    StatsSnapshot prevSnap = prev.map(m -> m.snapshot(now)).orElse(null);
    if (curSnap != null) {
      if (cur.get() != rateOf || curSnap.bytesCounted() != bytesFromCounts) {
        rateOf = cur.get();
        bytesFromCounts = curSnap.bytesCounted();
        recentRate.reset();
        recentBytes.reset();
      }
      double rate = recentRate.sample(now, curSnap.updates() - curSnap.caughtUp());
      current.show(Texts.get("stats.now", Texts.of(cur.get().title())), curSnap, rate,
          recentBytes.sample(now, curSnap.liveBytesInSoFar()));
    } else {
      current.clear(Texts.get("stats.now", "–"));
    }
    if (prevSnap != null) {
      previous.show(Texts.get("stats.before", Texts.of(prev.get().title())), prevSnap,
          prevSnap.updatesPerSecond(), prevSnap.bytesInPerSecond());
    } else {
      previous.clear(Texts.get("stats.before", "–"));
    }
    return StatusTexts.verdict(curSnap, cur.map(m -> Texts.of(m.title())).orElse(""),
        prevSnap, prev.map(m -> Texts.of(m.title())).orElse(""));
  }

  StatsColumn current() {
    return current;
  }

  StatsColumn previous() {
    return previous;
  }
}
