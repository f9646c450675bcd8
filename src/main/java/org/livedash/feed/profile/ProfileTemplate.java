package org.livedash.feed.profile;

import org.livedash.model.InvalidInputException;
import org.livedash.model.Reason;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Fills a profile's text templates: the URL, the headers and the messages sent on opening. Only
 * three placeholders are recognised, so the braces of a JSON message stay as they are:
 * <ul>
 *   <li>{@code {symbols}}: the profile's symbols as JSON strings, {@code "A","B"}, for a JSON
 *       array; with modifiers {@code |lower}, {@code |upper}, {@code |prefix=…},
 *       {@code |suffix=…}, {@code |join=…} (default {@code ,}) and {@code |raw} (no quotes):
 *       {@code {symbols|lower|suffix=@trade|join=/|raw}} gives {@code btcusdt@trade/ethusdt@trade};
 *   <li>{@code {symbol}}: one symbol, unquoted; a message holding it is sent once per symbol;
 *   <li>{@code {secret:NAME}}: a credential, asked for or taken from the environment, never
 *       written to the profile.
 * </ul>
 * What is put in is escaped for where it goes: percent-encoded in a URL, JSON-escaped in a
 * message; a header value may not hold a line break.
 */
public final class ProfileTemplate {
  /** Where a filled template goes, which decides how an inserted value is escaped. */
  public enum Target {
    URL,
    MESSAGE,
    HEADER
  }

  private ProfileTemplate() {}

  /** Whether the text sends one message per symbol. */
  public static boolean perSymbol(String template) {
    return template.contains("{symbol}") || template.contains("{symbol|");
  }

  /** The names of the secrets a template asks for, in order of appearance. */
  public static Set<String> secretNames(String template) {
    Set<String> names = new LinkedHashSet<>();
    int at = 0;
    while ((at = template.indexOf("{secret:", at)) >= 0) {
      int end = template.indexOf('}', at);
      if (end < 0) {
        break;
      }
      names.add(template.substring(at + "{secret:".length(), end).strip());
      at = end + 1;
    }
    return names;
  }

  /**
   * Fills {@code template}; a per-symbol template is filled once per symbol.
   *
   * @param secrets the value of each named secret, or null when it is not known
   * @throws IllegalArgumentException naming the placeholder that cannot be filled
   */
  public static List<String> render(String template, List<String> symbols,
      Function<String, String> secrets, Target target) {
    if (!perSymbol(template)) {
      return List.of(fill(template, symbols, null, secrets, target));
    }
    if (symbols.isEmpty()) {
      throw new InvalidInputException(Reason.of("template.noSymbols", brief(template)));
    }
    List<String> out = new ArrayList<>();
    for (String s : symbols) {
      out.add(fill(template, symbols, s, secrets, target));
    }
    return out;
  }

  private static String fill(String template, List<String> symbols, String symbol,
      Function<String, String> secrets, Target target) {
    StringBuilder out = new StringBuilder(template.length() + 32);
    int i = 0;
    while (i < template.length()) {
      int open = template.indexOf('{', i);
      if (open < 0) {
        out.append(template, i, template.length());
        break;
      }
      out.append(template, i, open);
      int close = template.indexOf('}', open);
      String inner = close < 0 ? "" : template.substring(open + 1, close);
      String head = inner.split("\\|", 2)[0];
      if (head.equals("symbols") || head.equals("symbol")) {
        Modifiers m = Modifiers.of(inner, template);
        out.append(head.equals("symbol") ? m.one(symbol, target)
            : m.all(symbols, target));
        i = close + 1;
      } else if (head.startsWith("secret:")) {
        String name = head.substring("secret:".length()).strip();
        String value = secrets.apply(name);
        if (value == null || value.isEmpty()) {
          throw new InvalidInputException(Reason.of("template.secretUnset", name));
        }
        out.append(escape(value, target));
        i = close + 1;
      } else {
        out.append('{');
        i = open + 1;
      }
    }
    return out.toString();
  }

  static String escape(String value, Target target) {
    return switch (target) {
      case URL -> URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
      case MESSAGE -> jsonEscape(value);
      case HEADER -> {
        if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
          throw new InvalidInputException(Reason.of("template.headerBreak"));
        }
        yield value;
      }
    };
  }

  private static String jsonEscape(String s) {
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) {
            b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }

  private static String brief(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }

  /** The modifiers of a {@code {symbols|…}} placeholder. */
  private record Modifiers(boolean lower, boolean upper, boolean raw, String prefix,
      String suffix, String join) {
    static Modifiers of(String inner, String template) {
      boolean lower = false;
      boolean upper = false;
      boolean raw = false;
      String prefix = "";
      String suffix = "";
      String join = ",";
      String[] parts = inner.split("\\|");
      for (int k = 1; k < parts.length; k++) {
        String p = parts[k];
        if (p.equals("lower")) {
          lower = true;
        } else if (p.equals("upper")) {
          upper = true;
        } else if (p.equals("raw")) {
          raw = true;
        } else if (p.startsWith("prefix=")) {
          prefix = p.substring(7);
        } else if (p.startsWith("suffix=")) {
          suffix = p.substring(7);
        } else if (p.startsWith("join=")) {
          join = p.substring(5);
        } else {
          throw new InvalidInputException(Reason.of("template.modifier", p, "{" + inner + "}"));
        }
      }
      return new Modifiers(lower, upper, raw, prefix, suffix, join);
    }

    String one(String symbol, Target target) {
      String s = lower ? symbol.toLowerCase(Locale.ROOT)
          : upper ? symbol.toUpperCase(Locale.ROOT) : symbol;
      return prefix + escape(s, target) + suffix;
    }

    String all(List<String> symbols, Target target) {
      StringBuilder b = new StringBuilder();
      for (int k = 0; k < symbols.size(); k++) {
        if (k > 0) {
          b.append(join);
        }
        String s = one(symbols.get(k), target);
        b.append(raw ? s : "\"" + s + "\"");
      }
      return b.toString();
    }
  }
}
