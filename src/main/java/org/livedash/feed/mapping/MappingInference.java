package org.livedash.feed.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A first mapping guessed from one sample message, for the profile editor to start from: the
 * array to fan out over, a filter on the field that says what kind of message it is, the field
 * that names the series, the numbers to plot (numbers sent as strings too), the most likely
 * time field and its unit (told from its magnitude or its ISO-8601 form) and a sequence field.
 * Only a guess: the editor shows what it yields and the user corrects it.
 */
public final class MappingInference {
  static final Set<String> KIND_FIELDS = Set.of("type", "e", "channel", "event", "T",
      "method", "topic", "kind", "op", "msg_type", "messageType", "event_type");
  static final List<String> ID_FIELDS = List.of("s", "S", "symbol", "product_id",
      "instrument", "instrument_id", "instId", "inst_id", "instrument_name", "ticker", "pair",
      "market", "currency_pair", "sym", "id", "name", "sensor", "device");
  static final List<String> TIME_FIELDS = List.of("T", "t", "time", "timestamp", "ts",
      "E", "datetime", "date", "at", "time_ms");
  private static final List<String> SEQ_FIELDS = List.of("seq", "sequence", "sequence_number",
      "seqNum", "offset");
  /**
   * Fields that hold a price: where a record has one, its prices are what is plotted — not the
   * trade's size, its id or its counters, which are numbers too.
   */
  private static final Set<String> PRICE_FIELDS = Set.of("p", "price", "px", "last",
      "lastPrice", "last_price", "close", "markPrice", "mark_price", "mid", "bid", "ask",
      "best_bid", "best_ask", "bidPrice", "askPrice", "bid_price", "ask_price");
  /** Numbers plotted at most, the likeliest first. */
  static final int MAX_VALUES = 4;

  private MappingInference() {}

  /** The guessed mapping for messages like {@code sample}. */
  public static MappingSpec infer(JsonNode sample) {
    String each = null;
    JsonNode record = sample;
    String base = "";
    Map<String, String> when = new LinkedHashMap<>();
    if (sample.isArray()) {
      each = "";
      record = first(sample);
    } else if (sample.isObject()) {
      String kind = kindField(sample);
      String arrayField = arrayOfObjects(sample);
      if (arrayField != null) {
        each = "/" + arrayField;
        record = first(sample.get(arrayField));
        if (kind != null) {
          when.put("^/" + kind, sample.get(kind).asText());
        }
      } else {
        String inner = objectHoldingNumbers(sample);
        if (inner != null) {
          base = "/" + inner;
          record = sample.get(inner);
        }
        if (kind != null) {
          when.put("/" + kind, sample.get(kind).asText());
        }
      }
    }
    if (record == null || !record.isObject()) {
      throw new IllegalArgumentException("the sample holds no JSON object with fields to plot");
    }
    String recordKind = base.isEmpty() && each == null ? null : kindField(record);
    if (recordKind != null && when.isEmpty()) {
      when.put(base + "/" + recordKind, record.get(recordKind).asText());
    }
    String id = pick(record, ID_FIELDS, n -> n.isTextual());
    String time = pick(record, TIME_FIELDS, n -> timeUnit(n) != null);
    String seq = pick(record, SEQ_FIELDS, JsonNode::canConvertToLong);
    Map<String, String> values = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = record.fields(); it.hasNext()
        && values.size() < MAX_VALUES;) {
      Map.Entry<String, JsonNode> f = it.next();
      String name = f.getKey();
      boolean anotherTime = TIME_FIELDS.contains(name) && timeUnit(f.getValue()) != null;
      if (name.equals(id) || name.equals(time) || name.equals(seq) || name.equals(recordKind)
          || anotherTime || !isNumber(f.getValue())) {
        continue;
      }
      values.put(name, base + "/" + escape(name));
    }
    if (values.isEmpty()) {
      throw new IllegalArgumentException("the sample has no number to plot (numbers sent as"
          + " text count too)");
    }
    Map<String, String> prices = new LinkedHashMap<>(values);
    prices.keySet().retainAll(PRICE_FIELDS);
    if (!prices.isEmpty()) {
      values = prices;
    }
    String series = id == null ? "value" : "{" + base + "/" + escape(id) + "}";
    MappingSpec.Time t = time == null ? null
        : new MappingSpec.Time(base + "/" + escape(time), timeUnit(record.get(time)));
    MappingSpec.Seq s = seq == null ? null
        : new MappingSpec.Seq(base + "/" + escape(seq), id == null ? "feed" : "series");
    return new MappingSpec(List.of(new MappingSpec.Rule(when.isEmpty() ? null : when, each,
        series, values, t, s)));
  }

  /**
   * The guessed mapping for a feed's sample messages: acknowledgements and other messages with
   * nothing to plot are told apart (as {@code control}, by the field that says what kind of
   * message each is), the most common shape with numbers is mapped, and a filter whose value
   * differs between messages of that shape ({@code "publicTrade.BTCUSDT"},
   * {@code "publicTrade.ETHUSDT"}) matches any value — so one rule takes every symbol.
   */
  public static MappingSpec infer(List<JsonNode> samples) {
    Map<String, List<MappingSpec.Rule>> byShape = new LinkedHashMap<>();
    Map<String, List<JsonNode>> shapeSamples = new LinkedHashMap<>();
    Map<String, MappingSpec.Signal> control = new LinkedHashMap<>();
    IllegalArgumentException firstProblem = null;
    for (JsonNode sample : samples) {
      try {
        MappingSpec.Rule r = infer(sample).rules().get(0);
        String shape = r.each() + " " + r.series() + " " + r.values().keySet() + " "
            + (r.when() == null ? "" : r.when().keySet());
        byShape.computeIfAbsent(shape, k -> new java.util.ArrayList<>()).add(r);
        shapeSamples.computeIfAbsent(shape, k -> new java.util.ArrayList<>()).add(sample);
      } catch (IllegalArgumentException e) {
        firstProblem = firstProblem == null ? e : firstProblem;
        String kind = sample.isObject() ? kindField(sample) : null;
        if (kind != null) {
          String value = sample.get(kind).asText();
          control.putIfAbsent(kind + "=" + value,
              new MappingSpec.Signal(Map.of("/" + kind, value), null, null));
        }
      }
    }
    if (byShape.isEmpty()) {
      throw firstProblem != null ? firstProblem
          : new IllegalArgumentException("paste a message from the feed first");
    }
    String shape = byShape.entrySet().stream()
        .max(java.util.Comparator.comparingInt(e -> e.getValue().size())).orElseThrow().getKey();
    List<MappingSpec.Rule> common = byShape.get(shape);
    MappingSpec.Rule rule = common.get(0);
    String series = rule.series();
    if (series.equals("value")) {
      // No field names the instrument in the record: the message's own field that differs
      // between messages of this shape does ("live_trades_btcusd", "live_trades_ethusd").
      String naming = differing(shapeSamples.get(shape));
      if (naming != null) {
        series = "{" + (rule.each() != null ? "^" : "") + "/" + escape(naming) + "}";
      }
    }
    Map<String, String> when = rule.when() == null ? null : new LinkedHashMap<>(rule.when());
    if (when != null) {
      for (Map.Entry<String, String> w : when.entrySet()) {
        if (common.stream().anyMatch(r -> !w.getValue().equals(r.when().get(w.getKey())))) {
          w.setValue("*");
        }
      }
    }
    MappingSpec.Rule general = new MappingSpec.Rule(when, rule.each(), series,
        rule.values(), rule.time(), rule.seq());
    return new MappingSpec(List.of(general),
        control.isEmpty() ? null : List.copyOf(control.values()), null);
  }

  /** A text field at the top of every message whose value is not the same in all, or null. */
  private static String differing(List<JsonNode> messages) {
    JsonNode first = messages.get(0);
    if (messages.size() < 2 || !first.isObject()) {
      return null;
    }
    for (Iterator<String> it = first.fieldNames(); it.hasNext();) {
      String name = it.next();
      if (first.get(name).isTextual() && messages.stream().allMatch(m -> m.path(name)
          .isTextual()) && messages.stream().map(m -> m.get(name).textValue())
          .distinct().count() > 1) {
        return name;
      }
    }
    return null;
  }

  /** The unit of a time field: by magnitude for an epoch number, {@code iso} for a date. */
  static String timeUnit(JsonNode n) {
    if (n == null) {
      return null;
    }
    if (n.isTextual()) {
      String text = n.textValue();
      if (TimeField.of("iso").micros(n) != TimeField.NONE && text.contains("-")) {
        return "iso";
      }
      double d = JsonNumbers.of(n);
      return Double.isNaN(d) ? null : byMagnitude(d);
    }
    return n.isNumber() ? byMagnitude(n.asDouble()) : null;
  }

  private static String byMagnitude(double v) {
    double a = Math.abs(v);
    if (a > 1e17) {
      return "ns";
    }
    if (a > 1e14) {
      return "us";
    }
    if (a > 1e11) {
      return "ms";
    }
    return a > 1e8 ? "s" : null;
  }

  private static boolean isNumber(JsonNode n) {
    return n.isNumber() || n.isTextual() && !Double.isNaN(JsonNumbers.of(n));
  }

  private static String kindField(JsonNode o) {
    for (Iterator<String> it = o.fieldNames(); it.hasNext();) {
      String name = it.next();
      if (KIND_FIELDS.contains(name) && o.get(name).isTextual()) {
        return name;
      }
    }
    return null;
  }

  private static String arrayOfObjects(JsonNode o) {
    for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> f = it.next();
      if (f.getValue().isArray() && first(f.getValue()) != null
          && first(f.getValue()).isObject()) {
        return f.getKey();
      }
    }
    return null;
  }

  /** An object field holding more numbers than the message's own fields, as a wrapper does. */
  private static String objectHoldingNumbers(JsonNode o) {
    String best = null;
    int bestCount = numbers(o);
    for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> f = it.next();
      if (f.getValue().isObject() && numbers(f.getValue()) > bestCount) {
        best = f.getKey();
        bestCount = numbers(f.getValue());
      }
    }
    return best;
  }

  private static int numbers(JsonNode o) {
    int n = 0;
    for (JsonNode v : o) {
      n += isNumber(v) ? 1 : 0;
    }
    return n;
  }

  private static JsonNode first(JsonNode array) {
    return array.isArray() && array.size() > 0 ? array.get(0) : null;
  }

  private static String pick(JsonNode record, List<String> names,
      java.util.function.Predicate<JsonNode> fits) {
    for (String name : names) {
      JsonNode n = record.get(name);
      if (n != null && fits.test(n)) {
        return name;
      }
    }
    for (Iterator<String> it = record.fieldNames(); it.hasNext();) {
      String name = it.next();
      String lower = name.toLowerCase(Locale.ROOT);
      if (names.stream().anyMatch(c -> c.length() > 2 && lower.contains(c.toLowerCase(Locale.ROOT)))
          && fits.test(record.get(name))) {
        return name;
      }
    }
    return null;
  }

  private static String escape(String field) {
    return field.replace("~", "~0").replace("/", "~1");
  }
}
