package org.livedash.feed.mapping;

import org.livedash.model.InvalidInputException;
import org.livedash.model.Reason;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.livedash.model.Sequencing;

/** One rule of a {@link FeedMapping}, compiled: filters, fan-out, values, time, sequence. */
final class CompiledRule {
  /** A pointer into the element, or into the whole message when it starts with '^'. */
  record Field(JsonPointer pointer, boolean fromRoot) {
    static Field of(String text, Object where) {
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

  /**
   * One named value of a rule, with the series id it goes to; a wildcard ({@code "*"}) stands for
   * every number directly inside the object its field points to, each named by its key.
   */
  record Value(String name, Field field, SeriesTemplate series, boolean wildcard) {}

  /** The value name that takes every number of an object. */
  static final String EVERY_NUMBER = "*";

  private final List<Filter> rootFilters;
  private final List<Filter> elementFilters;
  final EachPath each;
  private final List<Value> values;
  final Field time;
  private final TimeField unit;
  final Field seq;
  final Sequencing sequencing;
  /** A trade's size, the volume of each update; null for none. */
  private final Field volume;

  private CompiledRule(List<Filter> rootFilters, List<Filter> elementFilters, EachPath each,
      List<Value> values, Field time, TimeField unit, Field seq, Sequencing sequencing,
      Field volume) {
    this.rootFilters = rootFilters;
    this.elementFilters = elementFilters;
    this.each = each;
    this.values = values;
    this.time = time;
    this.unit = unit;
    this.seq = seq;
    this.sequencing = sequencing;
    this.volume = volume;
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
    EachPath each = r.each() == null ? null : EachPath.of(r.each(), "each");
    if (r.values() == null || r.values().isEmpty()) {
      throw new InvalidInputException(Reason.of("rule.noValues"));
    }
    boolean wildcard = r.values().containsKey(EVERY_NUMBER);
    if (wildcard && r.values().size() > 1) {
      throw new InvalidInputException(Reason.of("rule.wildcardAlone"));
    }
    boolean several = wildcard || r.values().size() > 1;
    List<Value> values = new ArrayList<>();
    for (Map.Entry<String, String> v : r.values().entrySet()) {
      String template = several && r.series() != null && !r.series().contains("{value}")
          ? r.series() + ":{value}" : r.series();
      values.add(new Value(v.getKey(), Field.of(v.getValue(), "value '" + v.getKey() + "'"),
          SeriesTemplate.compile(template, wildcard ? null : v.getKey()), wildcard));
    }
    Field time = r.time() == null ? null : Field.of(r.time().field(), "time");
    TimeField unit = r.time() == null ? null : TimeField.of(r.time().unit());
    Field seq = r.seq() == null ? null : Field.of(r.seq().field(), "seq");
    String scope = r.seq() == null || r.seq().scope() == null ? "feed"
        : r.seq().scope().toLowerCase(Locale.ROOT);
    if (!scope.equals("feed") && !scope.equals("series")) {
      throw new InvalidInputException(Reason.of("rule.seqScope", scope));
    }
    boolean gaps = r.seq() == null || r.seq().gaps() == null || r.seq().gaps();
    return new CompiledRule(List.copyOf(rootFilters), List.copyOf(elementFilters), each,
        List.copyOf(values), time, unit, seq, Sequencing.of(scope.equals("series"), gaps),
        r.volume() == null ? null : Field.of(r.volume(), "volume"));
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
    return rootMatches(root) ? element(root, root, null, receivedMicros, sink, tally) : -1;
  }

  /**
   * The updates one element gives, or -1 when the rule does not take it.
   *
   * @param key the element's key in the object fanned out over (its index in an array), null
   *     without fan-out
   */
  int element(JsonNode element, JsonNode root, String key, long receivedMicros, MappedSink sink,
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
        tally.rejected(Reason.of("rule.noTime", time.pointer(), brief(element)));
        return 0;
      }
    }
    long s = FeedMapping.NO_SEQ;
    if (seq != null) {
      JsonNode n = seq.in(element, root);
      if (!n.canConvertToLong() && !(n.isTextual() && isWhole(n.textValue()))) {
        tally.rejected(Reason.of("rule.noSeq", seq.pointer(), brief(element)));
        return 0;
      }
      s = n.isTextual() ? Long.parseLong(n.textValue().strip()) : n.asLong();
    }
    if (values.get(0).wildcard()) {
      return everyNumber(values.get(0), element, root, key, t, s, sink);
    }
    int given = 0;
    int absent = 0;
    double size = volume == null ? Double.NaN : JsonNumbers.of(volume.in(element, root));
    for (Value v : values) {
      JsonNode node = v.field().in(element, root);
      if (node.isMissingNode() || node.isNull()) {
        // One value of several may be absent (a ticker without a bid yet); all of them is not.
        absent++;
        continue;
      }
      double value = JsonNumbers.of(node);
      String id = v.series().render(element, root, key, v.name());
      if (Double.isNaN(value) || id == null || id.isBlank()) {
        tally.rejected(id == null || id.isBlank()
            ? Reason.of("rule.noSeriesId", v.name(), brief(element))
            : Reason.of("rule.notNumber", node.asText(), v.name(), brief(element)));
        continue;
      }
      sink.accept(id, t, value, size, s, sequencing);
      given++;
    }
    if (absent == values.size()) {
      tally.rejected(Reason.of(values.size() > 1 ? "rule.noValueOfAll" : "rule.noValue",
          values.get(0).field().pointer(), brief(element)));
    }
    return given;
  }

  /**
   * Every number (or boolean, as 1 or 0) directly inside the object {@code v} points to, each a
   * series named by its key; text, nested objects and times ({@link MessageAnatomy#isInstant})
   * are passed over. -1 when there is none:
   * the rule does not take this element.
   */
  private int everyNumber(Value v, JsonNode element, JsonNode root, String key, long t, long s,
      MappedSink sink) {
    JsonNode object = v.field().in(element, root);
    int given = 0;
    for (var it = object.isObject() ? object.fields() : java.util.Collections.<Map.Entry<String,
        JsonNode>>emptyIterator(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      JsonNode n = field.getValue();
      if (!n.isNumber() && !n.isBoolean() || MessageAnatomy.isInstant(field.getKey(), n)) {
        continue;
      }
      double value = JsonNumbers.of(n);
      String id = v.series().render(element, root, key, field.getKey());
      if (!Double.isNaN(value) && id != null && !id.isBlank()) {
        sink.accept(id, t, value, s, sequencing);
        given++;
      }
    }
    return given == 0 ? -1 : given;
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
