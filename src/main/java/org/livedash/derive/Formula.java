package org.livedash.derive;

import com.ezylang.evalex.BaseException;
import com.ezylang.evalex.Expression;
import com.ezylang.evalex.config.ExpressionConfiguration;
import com.ezylang.evalex.data.EvaluationValue;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.livedash.model.InvalidInputException;
import org.livedash.model.Reason;

/**
 * A derived series' formula, compiled: the series it reads (named as the window shows them,
 * {@code binance/BTCUSDT}, or between backquotes), each either as its reading or over a window
 * ({@code avg(x, 1 min)}, {@code lowest}, {@code highest}, {@code change}, {@code rate} per
 * second), and the arithmetic between them, evaluated by EvalEx (its operators and functions:
 * {@code abs}, {@code sqrt}, {@code min}, {@code max}, {@code if}, …).
 */
public final class Formula {
  /** What a window function makes of an input's readings over its window. */
  public enum Over {
    /** The reading itself, no window. */
    READING,
    AVG,
    LOWEST,
    HIGHEST,
    /** The last reading less the one a window before. */
    CHANGE,
    /** {@link #CHANGE} per second. */
    RATE
  }

  /** One value the formula reads: a series, as it is or over a window of microseconds. */
  public record Input(String seriesId, Over over, long windowMicros) { }

  private static final ExpressionConfiguration CONFIG = ExpressionConfiguration.builder()
      .mathContext(MathContext.DECIMAL64).arraysAllowed(false).structuresAllowed(false)
      .build();
  private static final Pattern WINDOW = Pattern.compile(
      "\\b(avg|lowest|highest|change|rate)\\s*\\(\\s*(s\\d+)\\s*,\\s*([0-9]+(?:\\.[0-9]+)?)"
          + "\\s*(ms|s|min|h)?\\s*\\)", Pattern.CASE_INSENSITIVE);
  private static final Pattern WINDOW_NAME = Pattern.compile(
      "\\b(avg|lowest|highest|change|rate)\\s*\\(", Pattern.CASE_INSENSITIVE);

  private final List<Input> inputs;
  private final List<String> names;
  private final Expression expression;

  private Formula(List<Input> inputs, List<String> names, Expression expression) {
    this.inputs = inputs;
    this.names = names;
    this.expression = expression;
  }

  /**
   * Compiles {@code text} against the series {@code known} (as the window names them).
   *
   * @throws InvalidInputException with one line: a series not known, a window function not
   *     given a series and a duration, arithmetic that does not parse
   */
  public static Formula compile(String text, Collection<String> known) {
    Map<String, String> variables = new LinkedHashMap<>();
    String named = nameSeries(text, known, variables);
    List<Input> inputs = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (Map.Entry<String, String> e : variables.entrySet()) {
      inputs.add(new Input(e.getKey(), Over.READING, 0));
      names.add(e.getValue());
    }
    Matcher m = WINDOW.matcher(named);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String series = inputs.get(names.indexOf(m.group(2).toLowerCase(Locale.ROOT))).seriesId();
      long micros = micros(Double.parseDouble(m.group(3)), m.group(4));
      if (micros <= 0) {
        throw new InvalidInputException(Reason.of("derive.badWindow", m.group()));
      }
      String variable = "w" + inputs.size();
      inputs.add(new Input(series, Over.valueOf(m.group(1).toUpperCase(Locale.ROOT)), micros));
      names.add(variable);
      m.appendReplacement(out, variable);
    }
    m.appendTail(out);
    String arithmetic = out.toString();
    Matcher left = WINDOW_NAME.matcher(arithmetic);
    if (left.find()) {
      throw new InvalidInputException(Reason.of("derive.windowUse", left.group(1)));
    }
    Expression expression = new Expression(arithmetic, CONFIG);
    try {
      expression.validate();
      Set<String> unknown = new TreeSet<>();
      for (String v : expression.getUsedVariables()) {
        String upper = v.toUpperCase(Locale.ROOT);
        if (!names.contains(v.toLowerCase(Locale.ROOT))
            && !CONFIG.getDefaultConstants().containsKey(upper)) {
          unknown.add(v);
        }
      }
      if (!unknown.isEmpty()) {
        throw new InvalidInputException(Reason.of("derive.unknown", String.join(", ", unknown)));
      }
    } catch (BaseException e) {
      throw new InvalidInputException(Reason.of("derive.parse", e.getMessage()));
    }
    return new Formula(List.copyOf(inputs), List.copyOf(names), expression);
  }

  /**
   * {@code text} with each series it names put as a variable ({@code s0}, {@code s1}, …): a
   * name between backquotes, or the longest series name known standing there on its own.
   */
  private static String nameSeries(String text, Collection<String> known,
      Map<String, String> variables) {
    List<String> longestFirst = new ArrayList<>(known);
    longestFirst.sort(Comparator.comparingInt(String::length).reversed());
    StringBuilder out = new StringBuilder();
    int p = 0;
    while (p < text.length()) {
      char c = text.charAt(p);
      if (c == '`') {
        int end = text.indexOf('`', p + 1);
        if (end < 0) {
          throw new InvalidInputException(Reason.of("derive.openQuote"));
        }
        String id = text.substring(p + 1, end);
        if (!known.contains(id)) {
          throw new InvalidInputException(Reason.of("derive.unknown", id));
        }
        out.append(variable(id, variables));
        p = end + 1;
        continue;
      }
      String found = null;
      if (p == 0 || !word(text.charAt(p - 1))) {
        for (String id : longestFirst) {
          int end = p + id.length();
          if (text.startsWith(id, p) && (end == text.length() || !word(text.charAt(end)))) {
            found = id;
            break;
          }
        }
      }
      if (found != null) {
        out.append(variable(found, variables));
        p += found.length();
      } else {
        out.append(c);
        p++;
      }
    }
    return out.toString();
  }

  private static String variable(String id, Map<String, String> variables) {
    return variables.computeIfAbsent(id, k -> "s" + variables.size());
  }

  private static boolean word(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  private static long micros(double amount, String unit) {
    double seconds = switch (unit == null ? "s" : unit.toLowerCase(Locale.ROOT)) {
      case "ms" -> amount / 1000;
      case "min" -> amount * 60;
      case "h" -> amount * 3600;
      default -> amount;
    };
    return Math.round(seconds * 1_000_000);
  }

  /** What the formula reads, in the order {@link #evaluate} takes their values. */
  public List<Input> inputs() {
    return inputs;
  }

  /**
   * The formula's value for these inputs' values (finite numbers), or NaN where the arithmetic
   * has none (a division by zero, a square root of a negative number).
   */
  public double evaluate(double[] values) {
    try {
      for (int i = 0; i < values.length; i++) {
        expression.with(names.get(i), new BigDecimal(values[i], MathContext.DECIMAL64));
      }
      EvaluationValue v = expression.evaluate();
      return v.isNumberValue() ? v.getNumberValue().doubleValue() : Double.NaN;
    } catch (BaseException | ArithmeticException | NumberFormatException e) {
      return Double.NaN;
    }
  }
}
