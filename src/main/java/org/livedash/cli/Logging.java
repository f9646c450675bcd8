package org.livedash.cli;

import org.livedash.i18n.Texts;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.livedash.settings.UserDirectories;

/**
 * Quiet default logging: the libraries (Jetty, Tyrus) log their start-up at INFO, which a user
 * of a desktop app does not need to see; warnings go to stderr and to a log file in the
 * platform's state directory ({@code $XDG_STATE_HOME/livedash} or {@code ~/.local/state/livedash}
 * on Linux, {@code %LOCALAPPDATA%\LiveDash\logs} on Windows, {@code ~/Library/Logs/LiveDash} on
 * macOS), kept to three files of 1 MB, so a user can send it. A
 * {@code java.util.logging.config.file} given on the command line still wins.
 */
final class Logging {
  static final String FILE_PATTERN = "livedash.%g.log";
  private static final int FILE_LIMIT = 1 << 20;
  private static final int FILE_COUNT = 3;

  private Logging() {}

  static void configure() {
    if (System.getProperty("java.util.logging.config.file") != null) {
      return;
    }
    try (InputStream in = Logging.class.getResourceAsStream("logging.properties")) {
      if (in != null) {
        LogManager.getLogManager().readConfiguration(in);
      }
    } catch (IOException e) {
      System.err.println(Texts.get("logging.notConfigured", Texts.message(e)));
    }
    Path dir = stateDirectory();
    try {
      Logger.getLogger("").addHandler(fileHandler(dir));
    } catch (IOException | RuntimeException e) {
      System.err.println(Texts.get("logging.noFile", dir, Texts.message(e)));
    }
  }

  /** A handler writing warnings and worse to rotating files in {@code dir}. */
  static FileHandler fileHandler(Path dir) throws IOException {
    Files.createDirectories(dir);
    FileHandler h = new FileHandler(dir.resolve(FILE_PATTERN).toString(), FILE_LIMIT,
        FILE_COUNT, true);
    h.setLevel(Level.WARNING);
    h.setFormatter(new FileFormat());
    return h;
  }

  /** The platform's directory for LiveDash's log ({@link UserDirectories#state}). */
  static Path stateDirectory() {
    return UserDirectories.system().state();
  }

  /** One line a record, with its date and time in UTC, and the stack of a failure. */
  static final class FileFormat extends Formatter {
    @Override
    public String format(LogRecord r) {
      StringBuilder b = new StringBuilder(160);
      b.append(Instant.ofEpochMilli(r.getMillis())).append(' ').append(r.getLevel().getName())
          .append(' ').append(r.getLoggerName()).append(": ").append(formatMessage(r))
          .append(System.lineSeparator());
      if (r.getThrown() != null) {
        StringWriter stack = new StringWriter();
        r.getThrown().printStackTrace(new PrintWriter(stack));
        b.append(stack);
      }
      return b.toString();
    }
  }
}
