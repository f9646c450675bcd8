package org.livedash.client;

import org.livedash.i18n.Texts;
import java.io.IOException;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.livedash.feed.FeedEndpoints;
import org.livedash.model.FeedStats;
import org.livedash.transport.ClockProbe;

/**
 * Estimates the feed server's clock offset a second after start and every minute after, so
 * latencies across machines are corrected. The exchanges block: they run on a pool, so the
 * timer's polls and watchdogs never wait behind a slow server.
 */
final class ClockWatch {
  private static final Logger LOG = Logger.getLogger(ClockWatch.class.getName());

  private ClockWatch() {}

  /**
   * @param target the server to ask, or null when there is none that answers (only a LiveDash
   *     server does)
   */
  static void start(ClockProbe probe, Supplier<FeedEndpoints> target, FeedStats stats,
      ScheduledExecutorService timer, Executor pool) {
    Runnable measure = () -> {
      FeedEndpoints t = target.get();
      if (t == null) {
        return;
      }
      try {
        stats.setClockOffset(probe.estimate(t));
      } catch (IOException e) {
        LOG.fine(() -> "clock offset not measured: " + Texts.message(e));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    };
    timer.scheduleWithFixedDelay(() -> pool.execute(measure), 1, 60, TimeUnit.SECONDS);
  }
}
