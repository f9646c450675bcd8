package org.livedash.app;

import org.livedash.feed.ShownAddress;
import org.livedash.i18n.Texts;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.livedash.model.ConnectionState;
import org.livedash.model.ConnectionStatus;
import org.livedash.model.FeedMode;
import org.livedash.model.ModeStats;
import org.livedash.model.StatsSnapshot;
import org.livedash.client.LaunchOptions;
import org.livedash.client.IngestWarmUp;
import org.livedash.client.StatsReport;
import org.livedash.client.AppContext;
import org.livedash.record.FeedRecorder;

/**
 * The pipeline without a window: connects, receives for the given time (or until interrupted),
 * prints a summary per mode and writes the stats report. For measurements and CI.
 */
public final class HeadlessRun {
  private HeadlessRun() {}

  /**
   * Runs the feed of {@code options} and, beside it, those of {@code added} (each its own
   * connection, store and figures); returns the number of updates the first received.
   */
  public static long run(LaunchOptions options, List<LaunchOptions> added, PrintWriter out)
      throws Exception {
    CountDownLatch done = new CountDownLatch(1);
    Thread hook = new Thread(done::countDown, "livedash-shutdown");
    FeedRecorder recorder;
    long updates;
    List<AppContext> others = new ArrayList<>();
    if (options.endpoints() != null && options.mode() == FeedMode.WS
        && options.profile() == null) {
      // Before a server's feed connects: its first pushed frames find the path compiled.
      // (Polling, or a feed in its own shape, takes another path; the embedded demo is slow.)
      IngestWarmUp.once();
    }
    try (AppContext context = AppContext.start(options)) {
      recorder = context.recorder();
      started(context, options, out);
      for (LaunchOptions more : added) {
        AppContext other = AppContext.start(more);
        others.add(other);
        started(other, more, out);
      }
      out.flush();
      if (options.exitAfter() != null) {
        done.await(options.exitAfter().toMillis(), TimeUnit.MILLISECONDS);
      } else {
        Runtime.getRuntime().addShutdownHook(hook);
        done.await();
      }
      long now = System.nanoTime();
      List<StatsReport.Feed> feeds = new ArrayList<>();
      for (AppContext c : all(context, others)) {
        StatsReport.Feed figures = c.figures();
        if (c != context) {
          out.println(Texts.get("headless.addedFeed", figures.name()));
        }
        ConnectionStatus status = c.supervisor().status();
        if (status.state() != ConnectionState.LIVE) {
          // The reason a feed is not live, in words: a scripted run must say it too.
          out.println(Texts.get("headless.statusAtEnd",
              status.state().name().toLowerCase(Locale.ROOT), status.detail()));
        }
        for (ModeStats segment : c.stats().segments()) {
          StatsSnapshot s = segment.snapshot(now);
          if (s.activeSeconds() > 0) {
            out.println(summary(s));
          }
        }
        c.store().read(r -> out.println(Texts.get("headless.alarms", r.alarms().total())));
        feeds.add(figures);
      }
      if (options.statsOut() != null) {
        new StatsReport().write(feeds, options.statsOut());
        out.println(Texts.get("headless.statsWritten", options.statsOut()));
      }
      out.flush();
      updates = context.stats().totalUpdates(now);
    } finally {
      for (AppContext other : others) {
        other.close();
      }
    }
    if (recorder != null) {
      // Told once the file is closed: every reading that waited is in it by then.
      out.println(Texts.get("headless.recorded", recorder.recorded(), options.record(),
          recorder.notRecorded()));
      if (recorder.failure() != null) {
        out.println(Texts.of(recorder.failure()));
      }
      out.flush();
    }
    return updates;
  }

  private static List<AppContext> all(AppContext first, List<AppContext> others) {
    List<AppContext> all = new ArrayList<>(List.of(first));
    all.addAll(others);
    return all;
  }

  /** Says where a feed of the run is read from. */
  private static void started(AppContext context, LaunchOptions options, PrintWriter out) {
    String from = ShownAddress.of(options.mode() == FeedMode.WS
        ? context.endpoints().websocket() : context.endpoints().updates());
    out.println(context.embeddedFeed() == null
        ? Texts.get("headless.start", Texts.of(options.mode().title()), from)
        : context.embeddedFeed().isDemo()
        ? Texts.get("headless.startDemo", Texts.of(options.mode().title()), from)
        : Texts.get("headless.startRelay", Texts.of(options.mode().title()), from,
            context.embeddedFeed().sourceAddress()));
  }

  static String summary(StatsSnapshot s) {
    // A printf pattern from the bundles; figures in the root locale, for scripts to read.
    return String.format(Locale.ROOT, Texts.get("headless.summary"),
        s.mode().key(), s.updates(), s.updatesPerSecond(), s.latencyP50Ms(), s.latencyP99Ms(),
        s.latencyMaxMs(), s.bytesPerUpdate(), s.requests(), s.emptyPolls(), s.gaps(),
        s.duplicates(), s.rejected(), s.late(), s.quarantined());
  }
}
