package org.livedash.alert;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.livedash.model.AlarmWatch;
import org.livedash.model.Reason;

/**
 * {@code --on-alert COMMAND}: runs the command through the system's shell for every alert
 * raised or cleared, with the alert as {@link AlertJson} on its standard input (and its series,
 * state and rule in {@code LIVEDASH_ALERT_*} variables), one at a time on a thread of its own so
 * a slow command holds up no other outlet; up to {@link #WAITING} wait their turn, the rest are
 * counted and said. A command that runs past {@link #LIMIT} is stopped; a failure is logged with
 * its exit status, never its output (which may hold what the command was given).
 */
public final class AlertCommand implements AlertOutlet, AutoCloseable {
  /** How long a command may run. */
  static final Duration LIMIT = Duration.ofSeconds(30);
  static final int WAITING = 256;
  private static final Logger LOG = Logger.getLogger(AlertCommand.class.getName());
  private final List<String> shell;
  private final AtomicLong passedOver = new AtomicLong();
  private final ThreadPoolExecutor runner = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
      new ArrayBlockingQueue<>(WAITING), r -> {
        Thread t = new Thread(r, "on-alert");
        t.setDaemon(true);
        return t;
      }, (r, pool) -> {
        if (passedOver.getAndIncrement() == 0) {
          LOG.warning(Reason.of("alerts.commandBehind", WAITING).english());
        }
      });

  /** Runs {@code command} through {@code sh -c} (on Windows, {@code cmd /c}). */
  public AlertCommand(String command) {
    boolean windows = System.getProperty("os.name", "").startsWith("Windows");
    shell = windows ? List.of("cmd", "/c", command) : List.of("/bin/sh", "-c", command);
  }

  @Override
  public void told(AlarmWatch.Alarm alert) {
    runner.execute(() -> run(alert));
  }

  /** Lets the commands waiting run (up to their limit each), then stops. */
  @Override
  public void close() {
    runner.shutdown();
    try {
      runner.awaitTermination(LIMIT.toSeconds() + 5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void run(AlarmWatch.Alarm alert) {
    ProcessBuilder pb = new ProcessBuilder(shell)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.INHERIT);
    pb.environment().put("LIVEDASH_ALERT_SERIES", alert.meta().id());
    pb.environment().put("LIVEDASH_ALERT_STATE", alert.isOn() ? "raised" : "cleared");
    pb.environment().put("LIVEDASH_ALERT_RULE",
        alert.rule().describe(alert.meta().unit()).english());
    try {
      Process p = pb.start();
      try (OutputStream in = p.getOutputStream()) {
        in.write((AlertJson.line(alert) + "\n").getBytes(StandardCharsets.UTF_8));
      } catch (IOException e) {
        // The command did not read its input: its choice.
      }
      if (!p.waitFor(LIMIT.toMillis(), TimeUnit.MILLISECONDS)) {
        p.destroyForcibly();
        LOG.warning(Reason.of("alerts.commandSlow", LIMIT.toSeconds()).english());
      } else if (p.exitValue() != 0) {
        LOG.warning(Reason.of("alerts.commandFailed", p.exitValue()).english());
      }
    } catch (IOException e) {
      LOG.warning(Reason.of("alerts.commandUnstarted", Reason.why(e)).english());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
