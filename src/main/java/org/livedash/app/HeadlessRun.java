package org.livedash.app;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.livedash.model.ConnectionState;
import org.livedash.model.ConnectionStatus;
import org.livedash.model.FeedMode;
import org.livedash.model.ModeStats;
import org.livedash.model.StatsSnapshot;

/**
 * The pipeline without a window: connects, receives for the given time (or until interrupted),
 * prints a summary per mode and writes the stats report. For measurements and CI.
 */
final class HeadlessRun {
  private HeadlessRun() {}

  /** Returns the number of updates received. */
  static long run(LaunchOptions options, PrintWriter out) throws Exception {
    CountDownLatch done = new CountDownLatch(1);
    Thread hook = new Thread(done::countDown, "livedash-shutdown");
    try (AppContext context = AppContext.start(options)) {
      out.printf("LiveDash headless: %s from %s%s%n", options.mode().label(),
          options.mode() == FeedMode.WS ? context.endpoints().websocket()
              : context.endpoints().updates(),
          context.embeddedFeed() == null ? "" : context.embeddedFeed().isDemo()
              ? " (embedded demo feed)" : " (relaying " + context.embeddedFeed().sourceAddress()
              + ")");
      out.flush();
      if (options.exitAfter() != null) {
        done.await(options.exitAfter().toMillis(), TimeUnit.MILLISECONDS);
      } else {
        Runtime.getRuntime().addShutdownHook(hook);
        done.await();
      }
      long now = System.nanoTime();
      ConnectionStatus status = context.supervisor().status();
      if (status.state() != ConnectionState.LIVE) {
        // The reason the feed is not live, in words: a scripted run must say it too.
        out.println("status at the end: " + status.state().name().toLowerCase(Locale.ROOT)
            + ": " + status.detail());
      }
      for (ModeStats segment : context.stats().segments()) {
        StatsSnapshot s = segment.snapshot(now);
        if (s.activeSeconds() > 0) {
          out.println(summary(s));
        }
      }
      context.store().read(r -> out.println("alarms: " + r.alarms().total()));
      if (options.statsOut() != null) {
        new StatsReport().write(context.stats(), context.store(),
            context.profile() == null ? null : context.profile().name(), context.mappingTally(),
            options.statsOut());
        out.println("stats written to " + options.statsOut());
      }
      out.flush();
      return context.stats().totalUpdates(now);
    }
  }

  static String summary(StatsSnapshot s) {
    return String.format(Locale.ROOT,
        "%-4s %7d updates (%.1f/s)  latency p50 %.3f ms  p99 %.3f ms  max %.3f ms  "
            + "%.1f B/update  %d requests  %d empty polls  gaps %d  dups %d  rejected %d  "
            + "late %d  ahead %d",
        s.mode().key(), s.updates(), s.updatesPerSecond(), s.latencyP50Ms(), s.latencyP99Ms(),
        s.latencyMaxMs(), s.bytesPerUpdate(), s.requests(), s.emptyPolls(), s.gaps(),
        s.duplicates(), s.rejected(), s.late(), s.quarantined());
  }
}
