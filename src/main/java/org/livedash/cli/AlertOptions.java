package org.livedash.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.livedash.alert.AlertRuleText;
import org.livedash.client.Alerting;
import org.livedash.i18n.Texts;
import org.livedash.model.AlertRule;
import org.livedash.model.InvalidInputException;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The alert flags: rules to judge ({@code --alert}, repeatable), a command run for every alert
 * ({@code --on-alert}) and a file of JSON lines ({@code --alerts-out}); headless and in a window.
 */
final class AlertOptions {
  @Option(names = "--alert", paramLabel = "RULE",
      description = "Raise an alert when a series meets RULE: 'temperature>80', 'pressure<1',"
          + " 'humidity outside 20..80', 'BTCUSDT change 500 in 1m', 'sensor silent 30s';"
          + " add 'hysteresis H' or 'for 10s'. Repeatable.")
  List<String> rules = new ArrayList<>();

  @Option(names = "--on-alert", paramLabel = "COMMAND",
      description = "Run COMMAND (through the shell) for every alert raised or cleared, with the"
          + " alert as JSON on its standard input.")
  String command;

  @Option(names = "--alerts-out", paramLabel = "FILE",
      description = "Append every alert raised or cleared to FILE, one JSON object a line.")
  Path file;

  /** The flags, checked: a rule that does not read or a file that cannot be written is one line. */
  Alerting alerting(CommandLine cl) {
    Map<String, List<AlertRule>> bySeries = new LinkedHashMap<>();
    for (String text : rules) {
      try {
        Map.Entry<String, AlertRule> r = AlertRuleText.parse(text);
        bySeries.computeIfAbsent(r.getKey(), k -> new ArrayList<>()).add(r.getValue());
      } catch (InvalidInputException e) {
        throw new CommandLine.ParameterException(cl, Texts.of(e.reason()));
      }
    }
    if (command != null && command.isBlank()) {
      throw new CommandLine.ParameterException(cl, Texts.get("cli.onAlertBlank"));
    }
    if (file != null) {
      try {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
          Files.createDirectories(parent);
        }
        Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND).close();
      } catch (IOException e) {
        String why = e instanceof java.nio.file.FileSystemException f && f.getReason() != null
            ? f.getReason() : Texts.get("cli.recordNotWritable");
        throw new CommandLine.ParameterException(cl, Texts.get("cli.alertsOutUnwritable", file,
            why));
      }
    }
    return new Alerting(bySeries, command, file);
  }
}
