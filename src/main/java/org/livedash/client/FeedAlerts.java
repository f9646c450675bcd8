package org.livedash.client;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.logging.Logger;
import org.livedash.alert.AlertCommand;
import org.livedash.alert.AlertDispatch;
import org.livedash.alert.AlertLog;
import org.livedash.alert.AlertsFile;
import org.livedash.alert.DesktopNotifier;
import org.livedash.model.Reason;
import org.livedash.model.SeriesStore;
import org.livedash.record.RecordedAlerts;
import org.livedash.record.RecordingFolder;

/**
 * Where a run's alerts go: the alert log (the window's panel, kept in the recording), the command
 * line's {@code --on-alert} command and {@code --alerts-out} file, and, for a window, the
 * desktop's notifications. Also asks the store, once a second, for the silences its rules watch.
 */
public final class FeedAlerts implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(FeedAlerts.class.getName());
  /** The last runs whose alerts come back into the log, and how much of them is read at most. */
  static final int EARLIER_RUNS = 3;
  static final long EARLIER_BYTES = 1_000_000_000L;
  private final AlertDispatch dispatch = new AlertDispatch();
  private final AlertLog log;
  private final AlertCommand command;
  private final AlertsFile file;
  private volatile DesktopNotifier notifier;
  private volatile Reason desktopProblem;

  /**
   * Alerts of {@code store} to what {@code alerting} asks for and to the log, whose
   * acknowledgements go to {@code acknowledged}; silences checked on {@code timer}.
   */
  FeedAlerts(SeriesStore store, Alerting alerting, ScheduledExecutorService timer,
      Consumer<AlertLog.Entry> acknowledged) {
    log = new AlertLog(acknowledged);
    dispatch.to(log);
    command = alerting.onAlert() == null ? null : new AlertCommand(alerting.onAlert());
    file = alerting.alertsOut() == null ? null : new AlertsFile(alerting.alertsOut());
    if (command != null) {
      dispatch.to(command);
    }
    if (file != null) {
      dispatch.to(file);
    }
    timer.scheduleWithFixedDelay(store::checkSilence, 1, 1, TimeUnit.SECONDS);
  }

  /** What the store tells of its alerts. */
  AlertDispatch dispatch() {
    return dispatch;
  }

  /** The alerts of this run (and those put back from earlier ones). */
  public AlertLog log() {
    return log;
  }

  /**
   * Shows alerts raised while the window is not in front ({@code inFront} false) as desktop
   * notifications, their times in {@code zone}; returns why none can be shown here, or null.
   */
  public Reason notifyDesktop(BooleanSupplier inFront, ZoneId zone) {
    DesktopNotifier n = new DesktopNotifier(inFront, zone);
    Reason why = n.whyUnavailable();
    if (why == null) {
      notifier = n;
      dispatch.to(n);
    }
    desktopProblem = why;
    return why;
  }

  /** Why alerts cannot reach the desktop here, or null when they can (or none was asked). */
  public Reason desktopProblem() {
    DesktopNotifier n = notifier;
    Reason failed = n == null ? null : n.failure();
    return failed != null ? failed : desktopProblem;
  }

  /**
   * Puts back into the log what the last runs recorded in {@code folder} (all but
   * {@code current}, this run's) kept of their alerts: {@value #EARLIER_RUNS} runs at most, and
   * at most {@value #EARLIER_BYTES} bytes of them read. A folder or file that cannot be read is
   * said in the log, once.
   */
  public void restoreFrom(RecordingFolder folder, Path current) {
    try {
      RecordedAlerts.restore(folder.newest(EARLIER_RUNS, current, EARLIER_BYTES), log);
    } catch (java.io.IOException | RuntimeException e) {
      LOG.warning(Reason.of("alerts.notRestored", Reason.why(e)).english());
    }
  }

  /** Tells what is waiting, then lets go of the command, the file and the notifications. */
  @Override
  public void close() {
    dispatch.close();
    if (command != null) {
      command.close();
    }
    if (file != null) {
      file.close();
    }
    if (notifier != null) {
      notifier.close();
    }
  }
}
