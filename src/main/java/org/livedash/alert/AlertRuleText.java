package org.livedash.alert;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.livedash.model.AlertRule;
import org.livedash.model.InvalidInputException;
import org.livedash.model.Reason;

/**
 * A rule written on the command line ({@code --alert}), one series and one condition:
 * {@code SERIES>LEVEL}, {@code SERIES<LEVEL}, {@code SERIES outside LOW..HIGH},
 * {@code SERIES change AMOUNT in TIME}, {@code SERIES silent TIME}, each optionally followed by
 * {@code hysteresis H} and {@code for TIME}. A time is a number of seconds, or one with
 * {@code ms}, {@code s}, {@code m} or {@code h}.
 */
public final class AlertRuleText {
  private static final String NUMBER = "([-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?)";
  private static final String TIME = "(\\d+\\.?\\d*|\\.\\d+)\\s*(ms|s|m|h)?";
  private static final Pattern TAIL = Pattern.compile(
      "^(.*?)(?:\\s+hysteresis\\s+" + NUMBER + ")?(?:\\s+for\\s+" + TIME + ")?\\s*$");
  private static final Pattern LEVEL = Pattern.compile("^(.+?)\\s*([<>])=?\\s*" + NUMBER + "$");
  private static final Pattern OUTSIDE = Pattern.compile(
      "^(.+?)\\s+outside\\s+" + NUMBER + "\\s*\\.\\.\\s*" + NUMBER + "$");
  private static final Pattern CHANGE = Pattern.compile(
      "^(.+?)\\s+change\\s+" + NUMBER + "\\s+in\\s+" + TIME + "$");
  private static final Pattern SILENT = Pattern.compile("^(.+?)\\s+silent\\s+" + TIME + "$");

  private AlertRuleText() {}

  /**
   * The series and the rule {@code text} says.
   *
   * @throws InvalidInputException saying what is wrong and what is expected
   */
  public static Map.Entry<String, AlertRule> parse(String text) {
    Matcher tail = TAIL.matcher(text.trim());
    if (!tail.matches()) {
      throw unreadable(text);
    }
    String body = tail.group(1).trim();
    double hysteresis = tail.group(2) == null ? 0 : Double.parseDouble(tail.group(2));
    double forSeconds = tail.group(3) == null ? 0 : seconds(tail.group(3), tail.group(4));
    Matcher m;
    String series;
    AlertRule rule;
    if ((m = OUTSIDE.matcher(body)).matches()) {
      series = m.group(1);
      rule = AlertRule.outside(Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3)));
    } else if ((m = CHANGE.matcher(body)).matches()) {
      series = m.group(1);
      rule = AlertRule.change(Double.parseDouble(m.group(2)), seconds(m.group(3), m.group(4)));
    } else if ((m = SILENT.matcher(body)).matches()) {
      series = m.group(1);
      rule = AlertRule.silence(seconds(m.group(2), m.group(3)));
    } else if ((m = LEVEL.matcher(body)).matches()) {
      series = m.group(1);
      double level = Double.parseDouble(m.group(3));
      rule = m.group(2).equals(">") ? AlertRule.above(level) : AlertRule.below(level);
    } else {
      throw unreadable(text);
    }
    return Map.entry(series.trim(), rule.withHysteresis(hysteresis).holdingFor(forSeconds));
  }

  private static double seconds(String number, String unit) {
    double n = Double.parseDouble(number);
    return switch (unit == null ? "s" : unit.toLowerCase(Locale.ROOT)) {
      case "ms" -> n / 1000;
      case "m" -> n * 60;
      case "h" -> n * 3600;
      default -> n;
    };
  }

  private static InvalidInputException unreadable(String text) {
    return new InvalidInputException(Reason.of("alerts.ruleUnreadable", text));
  }
}
