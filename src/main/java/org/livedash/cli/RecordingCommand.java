package org.livedash.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.livedash.i18n.Texts;
import org.livedash.record.RecordingCsv;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code livedash recording csv}: any time range of a recording as CSV, without a window —
 * a day, an hour, the minutes around an alarm — one row a reading.
 */
@Command(name = "recording", mixinStandardHelpOptions = true,
    subcommands = {RecordingCommand.Csv.class},
    description = "Work with recordings (MCAP files the window or --record wrote).")
final class RecordingCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return Main.EXIT_USAGE;
  }

  /** Writes a time range of a recording's readings as CSV. */
  @Command(name = "csv", mixinStandardHelpOptions = true,
      description = "Write the readings of a recording as CSV: time (ISO-8601 UTC to the"
          + " microsecond), series, value, volume, seq.")
  static final class Csv implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "RECORDING", descriptionKey = "recording",
        description = "The recording (.mcap).")
    private Path recording;

    @Option(names = "--from", paramLabel = "TIME",
        description = "The first instant, as 2026-12-04T10:00:00Z or, in this machine's zone,"
            + " 2026-12-04T11:00. Default: the recording's start.")
    private String from;

    @Option(names = "--to", paramLabel = "TIME",
        description = "The instant to stop before, written as --from. Default: its end.")
    private String to;

    @Option(names = "--series", paramLabel = "ID", split = ",",
        description = "Only these series (their ids, comma-separated). Default: all.")
    private List<String> series = new ArrayList<>();

    @Option(names = "--out", paramLabel = "FILE",
        description = "Write to this file instead of the standard output.")
    private Path out;

    @Override
    public Integer call() throws IOException {
      Instant start = instant("--from", from);
      Instant end = instant("--to", to);
      if (!Files.isRegularFile(recording)) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            Texts.get("replay.noFile", recording));
      }
      PrintWriter stdout = spec.commandLine().getOut();
      try (InputStream in = Files.newInputStream(recording);
          Writer w = out == null ? stdout : Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
        RecordingCsv.write(in, start, end, new HashSet<>(series), w);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), Texts.message(e));
      }
      return 0;
    }

    private Instant instant(String option, String text) {
      if (text == null) {
        return null;
      }
      try {
        return Instant.parse(text.trim());
      } catch (DateTimeParseException e) {
        try {
          return LocalDateTime.parse(text.trim()).atZone(ZoneId.systemDefault()).toInstant();
        } catch (DateTimeParseException again) {
          throw new CommandLine.ParameterException(spec.commandLine(),
              Texts.get("cli.notInstant", option, text));
        }
      }
    }
  }
}
