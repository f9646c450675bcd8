package org.livedash.alert;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.logging.Logger;
import org.livedash.model.AlarmWatch;
import org.livedash.model.InvalidInputException;
import org.livedash.model.Reason;

/**
 * {@code --alerts-out FILE}: every alert raised or cleared, appended to the file as one line of
 * {@link AlertJson}, written through at once so another program following the file sees it.
 */
public final class AlertsFile implements AlertOutlet, AutoCloseable {
  private static final Logger LOG = Logger.getLogger(AlertsFile.class.getName());
  private final Path file;
  private final Writer out;
  private boolean failed;

  /**
   * Opens {@code file} to append to, making it if need be.
   *
   * @throws InvalidInputException saying why when it cannot be written
   */
  public AlertsFile(Path file) {
    this.file = file;
    try {
      out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
          StandardOpenOption.APPEND, StandardOpenOption.WRITE);
    } catch (IOException | RuntimeException e) {
      throw new InvalidInputException(Reason.of("alerts.fileUnwritable", file, Reason.why(e)));
    }
  }

  @Override
  public synchronized void told(AlarmWatch.Alarm alert) {
    try {
      out.write(AlertJson.line(alert));
      out.write('\n');
      out.flush();
    } catch (IOException e) {
      if (!failed) {
        failed = true;
        LOG.warning(Reason.of("alerts.fileUnwritable", file, Reason.why(e)).english());
      }
    }
  }

  @Override
  public synchronized void close() {
    try {
      out.close();
    } catch (IOException e) {
      LOG.warning(Reason.of("alerts.fileUnwritable", file, Reason.why(e)).english());
    }
  }
}
