package org.livedash.feed.mapping;

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
  /** A constant part, or a field (pointer, from the element or the whole message). */
  private record Part(String constant, JsonPointer pointer, boolean fromRoot) {}

  private final List<Part> parts;

  private SeriesTemplate(List<Part> parts) {
    this.parts = List.copyOf(parts);
  }

  /** Compiles {@code template}; {@code {value}} is replaced by {@code valueName} first. */
  static SeriesTemplate compile(String template, String valueName) {
    if (template == null || template.isBlank()) {
      throw new IllegalArgumentException("a rule needs a series id (a name or \"{/pointer}\")");
    }
    String t = template.replace("{value}", valueName);
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
        throw new IllegalArgumentException("series id '" + template + "': a '{' is not closed");
      }
      String field = t.substring(open + 1, close);
      boolean fromRoot = field.startsWith("^");
      parts.add(new Part(null, FeedMapping.pointer(fromRoot ? field.substring(1) : field,
          "series id '" + template + "'"), fromRoot));
      i = close + 1;
    }
    return new SeriesTemplate(parts);
  }

  /** The id for this element, or null when a field it needs is missing or not a value. */
  String render(JsonNode element, JsonNode root) {
    if (parts.size() == 1) {
      return text(parts.get(0), element, root);
    }
    StringBuilder sb = new StringBuilder(32);
    for (Part p : parts) {
      String s = text(p, element, root);
      if (s == null) {
        return null;
      }
      sb.append(s);
    }
    return sb.toString();
  }

  private static String text(Part p, JsonNode element, JsonNode root) {
    if (p.constant() != null) {
      return p.constant();
    }
    JsonNode n = (p.fromRoot() ? root : element).at(p.pointer());
    if (n.isTextual()) {
      return n.textValue().isEmpty() ? null : n.textValue();
    }
    return n.isValueNode() && !n.isNull() ? n.asText() : null;
  }
}
