package org.livedash.feed.mapping;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Where a rule's elements are: a JSON Pointer to an array (element by element) or an object
 * (member by member), in which a {@code *} step stands for every element of the array there,
 * so records nested in an array of arrays are reached too: {@code /events/*}{@code /trades} is
 * every trade of every event (Coinbase Advanced Trade sends its trades so).
 *
 * @param text as written
 * @param steps the pointers between the {@code *} steps, outermost first
 */
record EachPath(String text, List<JsonPointer> steps) {
  /** One element and the key it is named by (its member name, or its index as text). */
  record Element(JsonNode node, String key) {}

  /**
   * Reads a path.
   *
   * @throws org.livedash.model.InvalidInputException when a step between the stars is not a
   *     JSON Pointer
   */
  static EachPath of(String text, Object where) {
    if (!text.isEmpty() && !text.startsWith("/")) {
      // Not a pointer at all: said as one.
      FeedMapping.pointer(text, where);
    }
    List<JsonPointer> steps = new ArrayList<>();
    StringBuilder step = new StringBuilder();
    for (String part : text.isEmpty() ? new String[0] : text.substring(1).split("/", -1)) {
      if (part.equals("*")) {
        steps.add(FeedMapping.pointer(step.toString(), where));
        step.setLength(0);
      } else {
        step.append('/').append(part);
      }
    }
    steps.add(FeedMapping.pointer(step.toString(), where));
    return new EachPath(text, List.copyOf(steps));
  }

  /**
   * The elements it reaches in {@code message}, in order; none when the first step reaches
   * neither an array nor an object (the rule does not take this message).
   */
  List<Element> elements(JsonNode message) {
    JsonNode outer = message.at(steps.get(0));
    if (!outer.isArray() && !outer.isObject()) {
      return List.of();
    }
    List<JsonNode> containers = List.of(outer);
    for (int s = 1; s < steps.size(); s++) {
      List<JsonNode> inner = new ArrayList<>();
      for (JsonNode c : containers) {
        if (c.isArray()) {
          for (JsonNode e : c) {
            JsonNode next = e.at(steps.get(s));
            if (next.isArray() || next.isObject()) {
              inner.add(next);
            }
          }
        }
      }
      containers = inner;
    }
    List<Element> out = new ArrayList<>();
    for (JsonNode c : containers) {
      Iterator<String> keys = c.isObject() ? c.fieldNames() : null;
      int index = 0;
      for (JsonNode element : c) {
        // An object's members come in the order of its keys (Jackson keeps them in step).
        out.add(new Element(element, keys != null ? keys.next() : Integer.toString(index)));
        index++;
      }
    }
    return out;
  }
}
