package org.livedash.client;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.livedash.model.AlertRule;

/**
 * What the command line said of alerts: rules to judge beside the feed's view's (by series id),
 * a command to run for every alert, and a file to append every alert to as a JSON line.
 *
 * @param rules rules by series id, judged as well as those the user set in the window
 * @param onAlert the command {@code --on-alert} runs, or null
 * @param alertsOut the file {@code --alerts-out} appends to, or null
 */
public record Alerting(Map<String, List<AlertRule>> rules, String onAlert, Path alertsOut) {
  /** No rules of the command line's, no command, no file. */
  public static final Alerting NONE = new Alerting(Map.of(), null, null);

  public Alerting {
    rules = rules == null ? Map.of() : Map.copyOf(rules);
  }
}
