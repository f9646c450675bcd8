package org.livedash.feed.mapping;

import org.livedash.model.InvalidInputException;
import org.livedash.model.Reason;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The mapping rule a click in the message browser writes: the clicked number plotted for every
 * message of its shape — fanned out over its array of records, named by the field that names
 * the instrument or device (a record's {@code s}, or a message's field whose value differs
 * between them, such as a topic), filtered on the field that says what kind of message it is
 * (any value where that value differs by instrument), timed by the message's own time where it
 * has one. Merged into the feed's mapping so a second click on the same kind of message adds a
 * value to its rule instead of a rule that would never be reached.
 */
public final class PlotRule {
  /** Words in a field's name that say it names an instrument or a device. */
  private static final List<String> NAMING_WORDS = List.of("symbol", "instrument", "pair",
      "market", "ticker", "product", "device", "sensor", "topic", "channel", "stream",
      "subject", "asset", "coin");

  private PlotRule() {}

  /**
   * The rule that plots {@code clicked} of messages like {@code sample}, of shape
   * {@code shape}.
   *
   * @throws IllegalArgumentException in plain words when that field cannot be plotted
   */
  public static MappingSpec.Rule of(MessageShapes.ShapeView shape, JsonNode sample,
      FieldPath clicked) {
    MessageShapes.FieldView field = field(shape, clicked);
    if (field == null || !field.number()) {
      throw new InvalidInputException(Reason.of("plot.notNumber", clicked));
    }
    List<FieldPath.Step> steps = clicked.steps();
    // The record is the innermost array's element; arrays around it are fanned out over too
    // (Coinbase Advanced Trade's events[] › trades[] › price: each /events/*/trades).
    int every = clicked.lastEvery();
    String each = every < 0 ? null : clicked.pointer(0, every);
    int inner = every + 1;
    Map<String, String> when = new LinkedHashMap<>();
    String series = null;
    MappingSpec.Time time = null;
    // From the record that holds the number up to the message: the nearest field decides.
    int level = steps.size() - 1;
    while (true) {
      boolean inRecord = every >= 0 && level > every;
      String prefix = inRecord || every < 0 ? "" : "^";
      int from = inRecord ? inner : 0;
      if (!inRecord && steps.subList(0, level).contains(FieldPath.Step.EVERY)) {
        // Inside an outer array's element (an event around the trades): nothing a rule's
        // pointer reaches, into the record or from the message, is there.
        level = outOf(steps, level);
        if (level < 0) {
          break;
        }
        continue;
      }
      List<MessageShapes.FieldView> siblings = childrenOf(shape, steps.subList(0, level));
      MessageShapes.FieldView kind = kindOf(siblings);
      if (kind != null) {
        String value = kind.values().size() == 1 && !namesThings(kind) ? kind.values().get(0)
            : inRecord && kind.values().size() > 1 ? valueNear(sample, kind.path(), clicked)
            : "*";
        when.putIfAbsent(prefix + kind.path().pointer(from, kind.path().steps().size()),
            value == null ? "*" : value);
      }
      if (series == null) {
        MessageShapes.FieldView naming = naming(siblings, kind);
        if (naming != null) {
          series = "{" + prefix + naming.path().pointer(from, naming.path().steps().size())
              + "}";
        }
      }
      if (time == null) {
        time = timeOf(siblings, prefix, from, sample);
      }
      level = outOf(steps, level);
      if (level < 0) {
        break;
      }
    }
    String valuePointer = clicked.pointer(inner, steps.size());
    when.put(valuePointer, "*");
    if (series == null && every >= 0) {
      series = apartInSample(shape, steps.subList(0, inner), records(sample, each), inner);
    }
    if (series == null) {
      series = clicked.name();
    }
    // A trade's price clicked: its size beside it is the volume of each update.
    String volume = null;
    if (MappingInference.TRADE_PRICES.contains(clicked.name())) {
      List<MessageShapes.FieldView> siblings = childrenOf(shape,
          steps.subList(0, steps.size() - 1));
      for (String size : MappingInference.SIZE_FIELDS) {
        for (MessageShapes.FieldView f : siblings) {
          if (volume == null && f.number() && f.path().name().equals(size)) {
            volume = f.path().pointer(inner, f.path().steps().size());
          }
        }
      }
    }
    return new MappingSpec.Rule(when, each, series, Map.of(clicked.name(), valuePointer), time,
        null, volume);
  }

  /**
   * {@code current} with {@code rule} in it: its value added to the rule for the same kind of
   * message where there is one (the filter that only asked for the value dropped, as a rule
   * with several values takes a message that lacks one of them), else the rule added after the
   * others. Shapes with nothing to plot that say what kind of message they are become control
   * entries, so acknowledgements and heartbeats are not counted as unmatched.
   */
  public static MappingSpec plot(MappingSpec current, MappingSpec.Rule rule,
      List<MessageShapes.ShapeView> shapes) {
    List<MappingSpec.Rule> rules = new ArrayList<>(current == null || current.rules() == null
        ? List.of() : current.rules());
    String valueName = rule.values().keySet().iterator().next();
    String valuePointer = rule.values().get(valueName);
    boolean merged = false;
    for (int i = 0; i < rules.size() && !merged; i++) {
      MappingSpec.Rule r = rules.get(i);
      if (Objects.equals(r.each(), rule.each()) && kinds(r).equals(kinds(rule))
          && Objects.equals(r.series(), rule.series())) {
        if (r.values().containsValue(valuePointer)) {
          return current;
        }
        Map<String, String> values = new LinkedHashMap<>(r.values());
        values.put(values.containsKey(valueName) ? valuePointer.replace('/', '_') : valueName,
            valuePointer);
        Map<String, String> when = kinds(r);
        rules.set(i, new MappingSpec.Rule(when.isEmpty() ? null : when, r.each(), r.series(),
            values, r.time(), r.seq(), r.volume() != null ? r.volume() : rule.volume()));
        merged = true;
      }
    }
    if (!merged) {
      rules.add(rule);
    }
    List<MappingSpec.Signal> control = new ArrayList<>(current == null || current.control() == null
        ? List.of() : current.control());
    for (MessageShapes.ShapeView s : shapes) {
      MessageShapes.FieldView kind = s.hasNumbers() ? null
          : kindOf(childrenOf(s, List.of()));
      if (kind != null) {
        for (String v : kind.values()) {
          MappingSpec.Signal signal = new MappingSpec.Signal(Map.of(kind.path().key(), v), null,
              null);
          if (!control.contains(signal)) {
            control.add(signal);
          }
        }
      }
    }
    return new MappingSpec(List.copyOf(rules), control.isEmpty() ? null : List.copyOf(control),
        current == null ? null : current.errors());
  }

  /** Whether {@code clicked} of that shape is plotted by some rule of {@code spec} already. */
  public static boolean plotted(MappingSpec spec, MessageShapes.ShapeView shape, JsonNode sample,
      FieldPath clicked) {
    if (spec == null || spec.rules() == null) {
      return false;
    }
    MappingSpec.Rule wanted;
    try {
      wanted = of(shape, sample, clicked);
    } catch (IllegalArgumentException e) {
      return false;
    }
    String pointer = wanted.values().values().iterator().next();
    return spec.rules().stream().anyMatch(r -> Objects.equals(r.each(), wanted.each())
        && r.values() != null && r.values().containsValue(pointer)
        && kinds(r).equals(kinds(wanted)));
  }

  /** A rule's filters on what a message is, without those that only ask for a value. */
  private static Map<String, String> kinds(MappingSpec.Rule r) {
    Map<String, String> out = new LinkedHashMap<>();
    if (r.when() != null) {
      r.when().forEach((k, v) -> {
        if (!"*".equals(v) || r.values() == null || !r.values().containsValue(k)) {
          out.put(k, v);
        }
      });
    }
    return out;
  }

  private static MessageShapes.FieldView field(MessageShapes.ShapeView shape, FieldPath path) {
    for (MessageShapes.FieldView f : shape.fields()) {
      if (f.path().equals(path)) {
        return f;
      }
    }
    return null;
  }

  /** The plain fields directly inside the object at {@code parent}. */
  private static List<MessageShapes.FieldView> childrenOf(MessageShapes.ShapeView shape,
      List<FieldPath.Step> parent) {
    List<MessageShapes.FieldView> out = new ArrayList<>();
    for (MessageShapes.FieldView f : shape.fields()) {
      List<FieldPath.Step> s = f.path().steps();
      if (s.size() == parent.size() + 1 && s.subList(0, parent.size()).equals(parent)
          && s.get(parent.size()).name() != null) {
        out.add(f);
      }
    }
    return out;
  }

  /** The text field that says what kind of message or record this is, or null. */
  private static MessageShapes.FieldView kindOf(List<MessageShapes.FieldView> siblings) {
    MessageShapes.FieldView found = null;
    for (MessageShapes.FieldView f : siblings) {
      if (!f.number() && !f.values().isEmpty()
          && MessageAnatomy.KIND_FIELDS.contains(f.path().name())) {
        if (f.values().size() == 1 && !namesThings(f)) {
          return f;
        }
        found = found == null ? f : found;
      }
    }
    return found;
  }

  /**
   * With nothing naming the instrument, the records of one message are still told apart by a
   * text field of theirs whose values all differ in the sample ({@code "zone": "A"}, {@code "B"}):
   * plotted as one series, two records' numbers would be drawn as one line zigzagging between
   * them. Null when the sample has fewer than two records or no such field.
   */
  private static String apartInSample(MessageShapes.ShapeView shape, List<FieldPath.Step> record,
      List<JsonNode> records, int inner) {
    if (records.size() < 2) {
      return null;
    }
    for (MessageShapes.FieldView f : childrenOf(shape, record)) {
      if (f.number()) {
        continue;
      }
      String pointer = f.path().pointer(inner, f.path().steps().size());
      java.util.Set<String> seen = new java.util.HashSet<>();
      for (JsonNode r : records) {
        JsonNode v = r.at(pointer);
        if (v.isTextual() && !v.asText().isEmpty()) {
          seen.add(v.asText());
        }
      }
      if (seen.size() == records.size()) {
        return "{" + pointer + "}";
      }
    }
    return null;
  }

  /** Whether a field's name says it names an instrument or a device (a topic, a channel). */
  private static boolean namesThings(MessageShapes.FieldView f) {
    String lower = f.path().name().toLowerCase(Locale.ROOT);
    return NAMING_WORDS.stream().anyMatch(lower::contains);
  }

  /**
   * The field naming the instrument: one of the usual names for it, or a text field whose
   * name says so (a topic, a channel) — the kind field too, when its value differs between
   * messages ({@code publicTrade.BTCUSDT}, {@code publicTrade.ETHUSDT}).
   */
  private static MessageShapes.FieldView naming(List<MessageShapes.FieldView> siblings,
      MessageShapes.FieldView kind) {
    for (String name : MappingInference.ID_FIELDS) {
      for (MessageShapes.FieldView f : siblings) {
        if (f.path().name().equals(name) && !f.number() && !f.values().isEmpty()
            && (f != kind || f.values().size() > 1)) {
          return f;
        }
      }
    }
    for (MessageShapes.FieldView f : siblings) {
      if (!f.number() && f.values().size() > 1 && (f == kind || namesThings(f))) {
        return f;
      }
    }
    return null;
  }

  /** The message's own time among {@code siblings}, or null. */
  private static MappingSpec.Time timeOf(List<MessageShapes.FieldView> siblings, String prefix,
      int from, JsonNode sample) {
    for (String name : MappingInference.TIME_FIELDS) {
      for (MessageShapes.FieldView f : siblings) {
        if (f.path().name().equals(name)) {
          String unit = MessageAnatomy.timeUnit(valueAt(sample, f.path()));
          if (unit != null) {
            return new MappingSpec.Time(prefix + f.path().pointer(from, f.path().steps().size()),
                unit);
          }
        }
      }
    }
    return null;
  }

  /**
   * The level of the object holding the one at {@code level}: up through a field, or out of a
   * record and its array; -1 at the message.
   */
  private static int outOf(List<FieldPath.Step> steps, int level) {
    FieldPath.Step out = level == 0 ? null : steps.get(level - 1);
    if (out != null && out.name() != null) {
      return level - 1;
    }
    if (out != null && out.isEvery() && level >= 2 && steps.get(level - 2).name() != null) {
      return level - 2;
    }
    return -1;
  }

  /** The records {@code each} reaches in {@code sample}. */
  private static List<JsonNode> records(JsonNode sample, String each) {
    return EachPath.of(each, "each").elements(sample).stream().map(EachPath.Element::node)
        .toList();
  }

  /** The value of a record's kind field in the record of {@code sample} that has the field. */
  private static String valueNear(JsonNode sample, FieldPath kind, FieldPath clicked) {
    int every = clicked.lastEvery();
    for (JsonNode record : records(sample, clicked.pointer(0, every))) {
      JsonNode value = record.at(clicked.pointer(every + 1, clicked.steps().size()));
      if (!value.isMissingNode()) {
        JsonNode k = record.at(kind.pointer(every + 1, kind.steps().size()));
        return k.isValueNode() ? k.asText() : null;
      }
    }
    return null;
  }

  /** The first value at {@code path} in {@code message} (the first record's, through arrays). */
  private static JsonNode valueAt(JsonNode message, FieldPath path) {
    JsonNode n = message;
    for (FieldPath.Step s : path.steps()) {
      n = s.name() != null ? n.path(s.name()) : n.path(Math.max(s.index(), 0));
    }
    return n;
  }
}
