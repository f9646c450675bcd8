package org.livedash.feed.mapping;

import org.livedash.model.InvalidInputException;
import org.livedash.model.Reason;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A series id made of constants and fields: {@code "{/s}"}, {@code "{/product_id}:price"},
 * {@code "BTC"}. Compiled once; a template that is one field alone returns the field's own text,
 * so the common case builds no string.
 */
final class SeriesTemplate {
  /** What a part stands for besides a constant or a field. */
  private enum Special { NONE, KEY, VALUE_NAME }

  /**
   * A constant part, a field (pointer, from the element or the whole message), the element's key
   * ({@code {key}}), or the name of the value ({@code {value}} of a rule taking every number).
   */
  private record Part(String constant, JsonPointer pointer, boolean fromRoot, Special special) {
    Part(String constant, JsonPointer pointer, boolean fromRoot) {
      this(constant, pointer, fromRoot, Special.NONE);
    }
  }

  private final List<Part> parts;

  private SeriesTemplate(List<Part> parts) {
    this.parts = List.copyOf(parts);
  }

  /**
   * Compiles {@code template}; {@code {value}} is replaced by {@code valueName} first, or, when
   * that is null (a rule taking every number), stands for each number's key.
   */
  static SeriesTemplate compile(String template, String valueName) {
    if (template == null || template.isBlank()) {
      throw new InvalidInputException(Reason.of("rule.needsSeries", "{/pointer}"));
    }
    String t = valueName == null ? template : template.replace("{value}", valueName);
    List<Part> parts = new ArrayList<>();
    int i = 0;
    while (i < t.length()) {
      int open = t.indexOf('{', i);
      if (open < 0) {
        parts.add(new Part(t.substring(i), null, false));
        break;
      }
      if (open > i) {
        parts.add(new Part(t.substring(i, open), null, false));
      }
      int close = t.indexOf('}', open);
      if (close < 0) {
        throw new InvalidInputException(Reason.of("rule.unclosed", template, "{"));
      }
      String field = t.substring(open + 1, close);
      if (field.equals("key") || field.equals("value")) {
        parts.add(new Part(null, null, false,
            field.equals("key") ? Special.KEY : Special.VALUE_NAME));
        i = close + 1;
        continue;
      }
      boolean fromRoot = field.startsWith("^");
      parts.add(new Part(null, FeedMapping.pointer(fromRoot ? field.substring(1) : field,
          Reason.of("rule.seriesIdWhere", template)), fromRoot));
      i = close + 1;
    }
    return new SeriesTemplate(parts);
  }

  /**
   * The id for this element, or null when a field it needs is missing or not a value.
   *
   * @param key the element's key ({@code {key}}), null without fan-out
   * @param valueName the value's name ({@code {value}} of a rule taking every number)
   */
  String render(JsonNode element, JsonNode root, String key, String valueName) {
    if (parts.size() == 1) {
      return text(parts.get(0), element, root, key, valueName);
    }
    StringBuilder sb = new StringBuilder(32);
    for (Part p : parts) {
      String s = text(p, element, root, key, valueName);
      if (s == null) {
        return null;
      }
      sb.append(s);
    }
    return sb.toString();
  }

  private static String text(Part p, JsonNode element, JsonNode root, String key,
      String valueName) {
    if (p.constant() != null) {
      return p.constant();
    }
    if (p.special() != Special.NONE) {
      String s = p.special() == Special.KEY ? key : valueName;
      return s == null || s.isEmpty() ? null : s;
    }
    JsonNode n = (p.fromRoot() ? root : element).at(p.pointer());
    if (n.isTextual()) {
      return n.textValue().isEmpty() ? null : n.textValue();
    }
    return n.isValueNode() && !n.isNull() ? n.asText() : null;
  }
}
