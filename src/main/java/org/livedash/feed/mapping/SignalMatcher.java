package org.livedash.feed.mapping;

import org.livedash.model.InvalidInputException;
import org.livedash.model.Reason;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A compiled {@link MappingSpec.Signal}: tells whether a message (or, with {@code each}, one of
 * its elements) is an acknowledgement, a heartbeat or an error report, and what it says.
 */
final class SignalMatcher {
  private final List<CompiledRule.Filter> filters;
  private final EachPath each;
  private final CompiledRule.Field message;

  private SignalMatcher(List<CompiledRule.Filter> filters, EachPath each,
      CompiledRule.Field message) {
    this.filters = filters;
    this.each = each;
    this.message = message;
  }

  static List<SignalMatcher> compile(List<MappingSpec.Signal> signals, Reason what) {
    List<SignalMatcher> out = new ArrayList<>();
    if (signals == null) {
      return out;
    }
    for (int i = 0; i < signals.size(); i++) {
      MappingSpec.Signal s = signals.get(i);
      Reason where = Reason.of("mapping.nth", what, i + 1);
      if (s == null || s.when() == null || s.when().isEmpty()) {
        throw new InvalidInputException(Reason.of("mapping.whenEmpty", where));
      }
      List<CompiledRule.Filter> filters = new ArrayList<>();
      for (Map.Entry<String, String> w : s.when().entrySet()) {
        filters.add(new CompiledRule.Filter(CompiledRule.Field.of(w.getKey(), where),
            String.valueOf(w.getValue())));
      }
      Reason whereEach = Reason.of("mapping.whereEach", where);
      Reason whereMessage = Reason.of("mapping.whereMessage", where);
      out.add(new SignalMatcher(List.copyOf(filters),
          s.each() == null ? null : EachPath.of(s.each(), whereEach),
          s.message() == null ? null : CompiledRule.Field.of(s.message(), whereMessage)));
    }
    return List.copyOf(out);
  }

  /** The element that matches (the message itself without {@code each}), or null. */
  JsonNode match(JsonNode root) {
    if (each == null) {
      return matches(root, root) ? root : null;
    }
    for (EachPath.Element e : each.elements(root)) {
      if (matches(e.node(), root)) {
        return e.node();
      }
    }
    return null;
  }

  /** What the matched element says, in one line, or the element itself when none is named. */
  String text(JsonNode element, JsonNode root) {
    JsonNode n = message == null ? element : message.in(element, root);
    String s = n.isMissingNode() ? element.toString() : n.isValueNode() ? n.asText()
        : n.toString();
    return s.length() <= 200 ? s : s.substring(0, 197) + "...";
  }

  private boolean matches(JsonNode element, JsonNode root) {
    for (CompiledRule.Filter f : filters) {
      if (!f.test(element, root)) {
        return false;
      }
    }
    return true;
  }
}
