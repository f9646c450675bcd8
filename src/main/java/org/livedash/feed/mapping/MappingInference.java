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
  /**
   * Fields that say what kind of message this is, the likeliest first: a channel or a topic
   * last, as they often name the instrument too ({@code live_trades_btcusd}).
   */
  private static final List<String> KIND_ORDER = List.of("type", "e", "event", "ev", "_type",
      "op", "method", "kind", "msg_type", "messageType", "event_type", "T", "channel", "topic");
  static final Set<String> KIND_FIELDS = Set.copyOf(KIND_ORDER);
  static final List<String> ID_FIELDS = List.of("s", "S", "symbol", "product_id",
      "instrument", "instrument_id", "instId", "inst_id", "instrument_name", "ticker", "pair",
      "market", "currency_pair", "sym", "id", "name", "sensor", "device", "deviceId",
      "device_id", "src", "tid", "n");
  static final List<String> TIME_FIELDS = List.of("T", "t", "microtimestamp", "time",
      "timestamp", "ts", "E", "datetime", "date", "at", "time_ms", "tst");
  private static final List<String> SEQ_FIELDS = List.of("seq", "sequence", "sequence_number",
      "seqNum", "offset");
  /**
   * Fields that hold a price: where a record has one, its prices are what is plotted — not the
   * trade's size, its id or its counters, which are numbers too.
   */
  private static final Set<String> PRICE_FIELDS = Set.of("p", "price", "px", "last",
      "lastPrice", "last_price", "close", "markPrice", "mark_price", "mid", "bid", "ask",
      "best_bid", "best_ask", "bidPrice", "askPrice", "bid_price", "ask_price");
  /** A trade's price: where a record has one and a size, only it is plotted. */
  private static final Set<String> TRADE_PRICES = Set.of("p", "price", "px");
  /** A trade's size (a number): what tells a trade from a ticker, whose prices all count. */
  private static final Set<String> SIZE_FIELDS = Set.of("v", "q", "qty", "size", "sz", "amount",
      "quantity", "s");
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
      String array = arrayOfObjects(sample);
      if (array != null) {
        each = array;
        record = first(sample.at(array));
        if (kind != null) {
          when.put("^/" + kind, sample.get(kind).asText());
        }
      } else {
        String inner = objectHoldingNumbers(sample);
        if (inner != null) {
          base = inner;
          record = sample.at(inner);
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
    // Where the record does not say, the objects around it may: its device, its time.
    String idPointer = id == null ? null : base + "/" + escape(id);
    String timePointer = time == null ? null : base + "/" + escape(time);
    JsonNode timeNode = time == null ? null : record.get(time);
    String outer = each != null ? "^" : "";
    String inside = each != null ? each : base;
    while (!inside.isEmpty() && (idPointer == null || timePointer == null)) {
      inside = inside.substring(0, inside.lastIndexOf('/'));
      JsonNode around = sample.at(inside);
      String aroundId = idPointer == null ? pick(around, ID_FIELDS, JsonNode::isTextual) : null;
      if (aroundId != null) {
        idPointer = outer + inside + "/" + escape(aroundId);
      }
      String aroundTime = timePointer == null
          ? pick(around, TIME_FIELDS, n -> timeUnit(n) != null) : null;
      if (aroundTime != null) {
        timePointer = outer + inside + "/" + escape(aroundTime);
        timeNode = around.get(aroundTime);
      }
    }
    String seq = pick(record, SEQ_FIELDS, JsonNode::canConvertToLong);
    Map<String, String> values = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = record.fields(); it.hasNext()
        && values.size() < MAX_VALUES;) {
      Map.Entry<String, JsonNode> f = it.next();
      String name = f.getKey();
      boolean anotherTime = TIME_FIELDS.contains(name) && timeUnit(f.getValue()) != null;
      // An id is never a reading, even a numeric one (a request's, a trade's, a component's).
      if (name.equals(id) || name.equals(time) || name.equals(seq) || name.equals(recordKind)
          || isIdName(name) || anotherTime || !isNumber(f.getValue())) {
        continue;
      }
      values.put(name, base + "/" + escape(name));
    }
    if (values.isEmpty()) {
      throw new IllegalArgumentException("the sample has no number to plot (numbers sent as"
          + " text count too)");
    }
    Map<String, String> prices = new LinkedHashMap<>(values);
    boolean trade = has(record, TRADE_PRICES, n -> true)
        && has(record, SIZE_FIELDS, MappingInference::isNumber);
    prices.keySet().retainAll(trade ? TRADE_PRICES : PRICE_FIELDS);
    if (record.path("n").isTextual() && record.has("v")) {
      // SenML (RFC 8428): a record names its reading and gives it in v; bt, bn are its base.
      prices = Map.of("v", base + "/v");
    }
    if (!prices.isEmpty()) {
      values = prices;
    }
    String series = idPointer == null ? "value" : "{" + idPointer + "}";
    MappingSpec.Time t = timePointer == null ? null
        : new MappingSpec.Time(timePointer, timeUnit(timeNode));
    // A guessed sequence catches repeats and steps back, never claims a skipped number lost:
    // many venues number every event and send only some of them on a channel.
    MappingSpec.Seq s = seq == null ? null : new MappingSpec.Seq(base + "/" + escape(seq),
        idPointer == null ? "feed" : "series", false);
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
    int tuples = 0;
    for (JsonNode sample : samples) {
      if (sample.isObject() && sample.has("result") && sample.has("id")) {
        // A reply to a request (JSON-RPC, Binance's SUBSCRIBE): its counters are not data.
        if (!sample.get("result").isNull()) {
          control.putIfAbsent("result", new MappingSpec.Signal(Map.of("/result", "*"), null,
              null));
        }
        continue;
      }
      try {
        MappingSpec.Rule r = infer(sample).rules().get(0);
        String shape = r.each() + " " + r.series() + " " + r.values().keySet() + " "
            + (r.when() == null ? "" : r.when().keySet());
        byShape.computeIfAbsent(shape, k -> new java.util.ArrayList<>()).add(r);
        shapeSamples.computeIfAbsent(shape, k -> new java.util.ArrayList<>()).add(sample);
      } catch (IllegalArgumentException e) {
        firstProblem = firstProblem == null ? e : firstProblem;
        // A batch of status records ([{"ev":"status",…}]) is recognised element by element.
        JsonNode head = sample.isArray() && first(sample) != null && first(sample).isObject()
            ? first(sample) : sample;
        String kind = head.isObject() ? kindField(head) : null;
        if (kind != null) {
          String value = head.get(kind).asText();
          control.putIfAbsent(kind + "=" + value, new MappingSpec.Signal(
              Map.of("/" + kind, value), head == sample ? null : "", null));
        } else if (sample.isArray()) {
          tuples++;
        }
      }
    }
    if (byShape.isEmpty() && tuples > 0) {
      throw tupleProblem();
    }
    if (byShape.isEmpty()) {
      throw firstProblem != null ? firstProblem
          : new IllegalArgumentException("paste a message from the feed first");
    }
    String shape = byShape.entrySet().stream()
        .max(java.util.Comparator.comparingInt(e -> e.getValue().size())).orElseThrow().getKey();
    List<MappingSpec.Rule> common = byShape.get(shape);
    if (tuples > common.size()) {
      throw tupleProblem();
    }
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

  /**
   * Most messages are arrays of bare values ([17470,"te",[…]]): mapping the few with field
   * names (a subscription's reply) would plot its counters, not the feed's data.
   */
  private static IllegalArgumentException tupleProblem() {
    return new IllegalArgumentException("most messages are arrays without field names: click"
        + " their numbers in the message browser, or write the rule (docs/mapping.md)");
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

  /** Whether a field's name says it is an id: {@code id}, {@code req_id}, {@code tradeId}. */
  private static boolean isIdName(String name) {
    return name.equals("id") || name.endsWith("_id") || name.endsWith("Id")
        || name.endsWith("ID");
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
    for (String name : KIND_ORDER) {
      if (o.path(name).isTextual()) {
        return name;
      }
    }
    return null;
  }


  /**
   * The pointer of the first array of records in the message, or in an object it holds
   * (Deribit's {@code /params/data}); null for none.
   */
  private static String arrayOfObjects(JsonNode o) {
    for (int depth = 0; depth < 2; depth++) {
      for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext();) {
        Map.Entry<String, JsonNode> f = it.next();
        JsonNode v = f.getValue();
        if (depth == 0 && v.isArray() && first(v) != null && first(v).isObject()) {
          return "/" + escape(f.getKey());
        }
        String inner = depth == 1 && v.isObject() ? arrayOfObjectsHere(v) : null;
        if (inner != null) {
          return "/" + escape(f.getKey()) + "/" + escape(inner);
        }
      }
    }
    return null;
  }

  private static String arrayOfObjectsHere(JsonNode o) {
    for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> f = it.next();
      if (f.getValue().isArray() && first(f.getValue()) != null
          && first(f.getValue()).isObject()) {
        return f.getKey();
      }
    }
    return null;
  }

  /**
   * The pointer of the object holding more numbers than the message's own fields, as a wrapper
   * does, looked for two levels down (Shelly's {@code /params/switch:0}); null for none.
   */
  private static String objectHoldingNumbers(JsonNode o) {
    String best = null;
    int bestCount = numbers(o);
    for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> f = it.next();
      if (!f.getValue().isObject()) {
        continue;
      }
      String here = "/" + escape(f.getKey());
      if (numbers(f.getValue()) > bestCount) {
        best = here;
        bestCount = numbers(f.getValue());
      }
      for (Iterator<Map.Entry<String, JsonNode>> in = f.getValue().fields(); in.hasNext();) {
        Map.Entry<String, JsonNode> g = in.next();
        if (g.getValue().isObject() && numbers(g.getValue()) > bestCount) {
          best = here + "/" + escape(g.getKey());
          bestCount = numbers(g.getValue());
        }
      }
    }
    return best;
  }

  /** Whether {@code record} has one of {@code names} whose value fits. */
  private static boolean has(JsonNode record, Set<String> names,
      java.util.function.Predicate<JsonNode> fits) {
    for (String name : names) {
      if (record.has(name) && fits.test(record.get(name))) {
        return true;
      }
    }
    return false;
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
