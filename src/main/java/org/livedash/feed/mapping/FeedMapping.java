package org.livedash.feed.mapping;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.livedash.model.Sequencing;

/**
 * A {@link MappingSpec} compiled: pointers parsed, templates split, units resolved, once. It
 * then turns each message into zero or more updates through a {@link MappedSink}, never failing
 * on a message: what matches no rule, and what cannot be used, is counted in its
 * {@link MappingTally}. Immutable apart from the tally; one feed thread maps at a time.
 */
public final class FeedMapping {
  /** An update without a sequence number. */
  public static final long NO_SEQ = -1;

  private final List<CompiledRule> rules;
  private final List<SignalMatcher> errors;
  private final List<SignalMatcher> control;
  private final MappingTally tally = new MappingTally();
  private final boolean numbersWithOwnTimes;

  private FeedMapping(List<CompiledRule> rules, List<SignalMatcher> errors,
      List<SignalMatcher> control) {
    this.rules = rules;
    this.errors = errors;
    this.control = control;
    // Asked for every message: decided once.
    this.numbersWithOwnTimes = rules.stream().filter(r -> r.seq != null)
        .allMatch(r -> r.time != null);
  }

  /**
   * Checks and compiles a mapping.
   *
   * @throws IllegalArgumentException with a one-line reason, naming the rule, when it cannot be
   *     used
   */
  public static FeedMapping compile(MappingSpec spec) {
    if (spec == null || spec.rules() == null || spec.rules().isEmpty()) {
      throw new IllegalArgumentException("a mapping needs at least one rule");
    }
    List<CompiledRule> rules = new ArrayList<>();
    for (int i = 0; i < spec.rules().size(); i++) {
      try {
        rules.add(CompiledRule.of(spec.rules().get(i)));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("rule " + (i + 1) + ": " + e.getMessage(), e);
      }
    }
    return new FeedMapping(List.copyOf(rules), SignalMatcher.compile(spec.errors(), "error"),
        SignalMatcher.compile(spec.control(), "control message"));
  }

  /**
   * Maps one message: the first rule whose filters match it (or one of its elements) gives the
   * updates. A message no rule maps may be the feed's error report (passed to
   * {@link MappedSink#feedError}) or a control message (an acknowledgement, a heartbeat); else it
   * is counted as unmatched. Returns how many updates it gave.
   *
   * @param receivedMicros when it arrived, the time of rules that take no time from the message
   */
  public int map(JsonNode message, long receivedMicros, MappedSink sink) {
    for (int r = 0; r < rules.size(); r++) {
      CompiledRule rule = rules.get(r);
      int n = rule.each == null ? rule.applyWhole(message, receivedMicros, sink, tally)
          : fanOut(r, message, receivedMicros, sink);
      if (n >= 0) {
        tally.mapped();
        return n;
      }
    }
    for (SignalMatcher e : errors) {
      JsonNode element = e.match(message);
      if (element != null) {
        String text = e.text(element, message);
        tally.feedError(text);
        sink.feedError(text);
        return 0;
      }
    }
    for (SignalMatcher c : control) {
      if (c.match(message) != null) {
        tally.control();
        return 0;
      }
    }
    tally.unmatched(message);
    return 0;
  }

  /**
   * Maps each element of rule {@code r}'s array: an element that rule does not take goes on to
   * the later rules over the same array (a venue mixes trades and quotes in one message).
   * Returns -1 when no element was taken.
   */
  private int fanOut(int r, JsonNode message, long receivedMicros, MappedSink sink) {
    CompiledRule rule = rules.get(r);
    if (!rule.rootMatches(message)) {
      return -1;
    }
    JsonNode array = message.at(rule.each);
    if (!array.isArray()) {
      return -1;
    }
    int n = 0;
    boolean any = false;
    for (JsonNode element : array) {
      int given = rule.element(element, message, receivedMicros, sink, tally);
      for (int k = r + 1; given < 0 && k < rules.size(); k++) {
        CompiledRule other = rules.get(k);
        if (rule.each.equals(other.each) && other.rootMatches(message)) {
          given = other.element(element, message, receivedMicros, sink, tally);
        }
      }
      if (given >= 0) {
        any = true;
        n += given;
      }
    }
    return any ? n : -1;
  }

  public MappingTally tally() {
    return tally;
  }

  /**
   * Whether every rule that numbers its updates also takes their time from the message, so a
   * lower number with a newer time can be told from a repeat (see
   * {@code SeriesStore.Writer.offerMapped}).
   */
  public boolean numbersComeWithOwnTimes() {
    return numbersWithOwnTimes;
  }

  /** Whether some rule takes its time from the message (else: the time it arrived). */
  public boolean usesMessageTime() {
    return rules.stream().anyMatch(r -> r.time != null);
  }

  static JsonPointer pointer(String text, String where) {
    try {
      return JsonPointer.compile(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": '" + text
          + "' is not a JSON Pointer (it starts with '/', like /data/price)");
    }
  }

  /** A pointer into the element, or into the whole message when it starts with '^'. */
  record Field(JsonPointer pointer, boolean fromRoot) {
    static Field of(String text, String where) {
      boolean root = text != null && text.startsWith("^");
      return new Field(FeedMapping.pointer(root ? text.substring(1) : text, where), root);
    }

    JsonNode in(JsonNode element, JsonNode root) {
      return (fromRoot ? root : element).at(pointer);
    }
  }

  /** A filter: the field must hold this value, or, for "*", any value. */
  record Filter(Field field, String expected) {
    boolean test(JsonNode element, JsonNode root) {
      JsonNode n = field.in(element, root);
      if (n.isMissingNode() || n.isNull()) {
        return false;
      }
      return "*".equals(expected) || n.isValueNode() && expected.equals(n.asText());
    }
  }

  /** One named value of a rule, with the series id it goes to. */
  record Value(String name, Field field, SeriesTemplate series) {}

  /** A rule ready to run. */
  static final class CompiledRule {
    private final List<Filter> rootFilters;
    private final List<Filter> elementFilters;
    final JsonPointer each;
    private final List<Value> values;
    final Field time;
    private final TimeField unit;
    final Field seq;
    final Sequencing sequencing;

    private CompiledRule(List<Filter> rootFilters, List<Filter> elementFilters, JsonPointer each,
        List<Value> values, Field time, TimeField unit, Field seq, Sequencing sequencing) {
      this.rootFilters = rootFilters;
      this.elementFilters = elementFilters;
      this.each = each;
      this.values = values;
      this.time = time;
      this.unit = unit;
      this.seq = seq;
      this.sequencing = sequencing;
    }

    static CompiledRule of(MappingSpec.Rule r) {
      List<Filter> rootFilters = new ArrayList<>();
      List<Filter> elementFilters = new ArrayList<>();
      if (r.when() != null) {
        for (Map.Entry<String, String> w : r.when().entrySet()) {
          Filter f = new Filter(Field.of(w.getKey(), "filter"), String.valueOf(w.getValue()));
          (f.field().fromRoot() || r.each() == null ? rootFilters : elementFilters).add(f);
        }
      }
      JsonPointer each = r.each() == null ? null : pointer(r.each(), "each");
      if (r.values() == null || r.values().isEmpty()) {
        throw new IllegalArgumentException("no values: name at least one field to plot");
      }
      boolean several = r.values().size() > 1;
      List<Value> values = new ArrayList<>();
      for (Map.Entry<String, String> v : r.values().entrySet()) {
        String template = several && r.series() != null && !r.series().contains("{value}")
            ? r.series() + ":" + v.getKey() : r.series();
        values.add(new Value(v.getKey(), Field.of(v.getValue(), "value '" + v.getKey() + "'"),
            SeriesTemplate.compile(template, v.getKey())));
      }
      Field time = r.time() == null ? null : Field.of(r.time().field(), "time");
      TimeField unit = r.time() == null ? null : TimeField.of(r.time().unit());
      Field seq = r.seq() == null ? null : Field.of(r.seq().field(), "seq");
      String scope = r.seq() == null || r.seq().scope() == null ? "feed"
          : r.seq().scope().toLowerCase(Locale.ROOT);
      if (!scope.equals("feed") && !scope.equals("series")) {
        throw new IllegalArgumentException("seq scope '" + scope + "' is not feed or series");
      }
      boolean gaps = r.seq() == null || r.seq().gaps() == null || r.seq().gaps();
      return new CompiledRule(List.copyOf(rootFilters), List.copyOf(elementFilters), each,
          List.copyOf(values), time, unit, seq, Sequencing.of(scope.equals("series"), gaps));
    }

    /** Whether the filters on the whole message hold. */
    boolean rootMatches(JsonNode root) {
      for (Filter f : rootFilters) {
        if (!f.test(root, root)) {
          return false;
        }
      }
      return true;
    }

    /** The updates a rule without fan-out gives, or -1 when it does not match this message. */
    int applyWhole(JsonNode root, long receivedMicros, MappedSink sink, MappingTally tally) {
      return rootMatches(root) ? element(root, root, receivedMicros, sink, tally) : -1;
    }

    int element(JsonNode element, JsonNode root, long receivedMicros, MappedSink sink,
        MappingTally tally) {
      for (Filter f : elementFilters) {
        if (!f.test(element, root)) {
          return -1;
        }
      }
      long t = receivedMicros;
      if (time != null) {
        t = unit.micros(time.in(element, root));
        if (t == TimeField.NONE) {
          tally.rejected("no usable time at " + time.pointer() + " in " + brief(element));
          return 0;
        }
      }
      long s = NO_SEQ;
      if (seq != null) {
        JsonNode n = seq.in(element, root);
        if (!n.canConvertToLong() && !(n.isTextual() && isWhole(n.textValue()))) {
          tally.rejected("no usable sequence number at " + seq.pointer() + " in " + brief(element));
          return 0;
        }
        s = n.isTextual() ? Long.parseLong(n.textValue().strip()) : n.asLong();
      }
      int given = 0;
      int absent = 0;
      for (Value v : values) {
        JsonNode node = v.field().in(element, root);
        if (node.isMissingNode() || node.isNull()) {
          // One value of several may be absent (a ticker without a bid yet); all of them is not.
          absent++;
          continue;
        }
        double value = JsonNumbers.of(node);
        String id = v.series().render(element, root);
        if (Double.isNaN(value) || id == null || id.isBlank()) {
          tally.rejected((id == null || id.isBlank() ? "no series id"
              : "'" + node.asText() + "' is not a number") + " for " + v.name() + " in "
              + brief(element));
          continue;
        }
        sink.accept(id, t, value, s, sequencing);
        given++;
      }
      if (absent == values.size()) {
        tally.rejected("no value at " + values.get(0).field().pointer()
            + (values.size() > 1 ? " or the other value fields" : "") + " in " + brief(element));
      }
      return given;
    }

    private static boolean isWhole(String s) {
      String t = s.strip();
      if (t.isEmpty() || t.length() > 18) {
        return false;
      }
      for (int i = 0; i < t.length(); i++) {
        if (t.charAt(i) < '0' || t.charAt(i) > '9') {
          return false;
        }
      }
      return true;
    }

    private static String brief(JsonNode n) {
      String s = n.toString();
      return s.length() <= 120 ? s : s.substring(0, 117) + "...";
    }
  }
}
