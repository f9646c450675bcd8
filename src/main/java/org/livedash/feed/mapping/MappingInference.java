package org.livedash.feed.mapping;

import static org.livedash.feed.mapping.MessageAnatomy.escape;
import static org.livedash.feed.mapping.MessageAnatomy.first;
import static org.livedash.feed.mapping.MessageAnatomy.has;
import static org.livedash.feed.mapping.MessageAnatomy.isIdName;
import static org.livedash.feed.mapping.MessageAnatomy.isNumber;
import static org.livedash.feed.mapping.MessageAnatomy.kindField;
import static org.livedash.feed.mapping.MessageAnatomy.pick;
import static org.livedash.feed.mapping.MessageAnatomy.pickTime;
import static org.livedash.feed.mapping.MessageAnatomy.timeUnit;

import org.livedash.model.InvalidInputException;
import org.livedash.model.Reason;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
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
  static final List<String> ID_FIELDS = List.of("s", "S", "symbol", "product_id",
      "instrument", "instrument_id", "instId", "inst_id", "instrument_name", "ticker", "pair",
      "market", "currency_pair", "sym", "id", "name", "sensor", "device", "deviceId",
      "device_id", "src", "tid", "n", "coin", "asset", "code");
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
  static final Set<String> TRADE_PRICES = Set.of("p", "price", "px", "trade_price",
      "tradePrice");
  /**
   * A trade's size (a number): what tells a trade from a ticker, whose prices all count; the
   * volume of the trade's update. The likeliest first.
   */
  static final List<String> SIZE_FIELDS = List.of("q", "qty", "size", "sz", "amount",
      "quantity", "v", "s", "trade_volume", "tradeVolume", "trade_size", "tradeSize");
  /** What a reply says of the request (a result or error code), never a reading. */
  private static final Set<String> CODE_FIELDS = Set.of("code", "ret_code", "retCode",
      "error_code", "errorCode", "status_code", "statusCode");
  /** A trade's side: a text that tells trades apart but never names a series. */
  private static final Set<String> SIDES = Set.of("buy", "sell", "bid", "ask");
  /** Numbers plotted at most, the likeliest first. */
  static final int MAX_VALUES = 4;

  private MappingInference() {}

  /** The guessed mapping for messages like {@code sample}. */
  public static MappingSpec infer(JsonNode sample) {
    MessageAnatomy.Located at = MessageAnatomy.locate(sample);
    String each = at.each();
    String base = at.base();
    JsonNode record = at.record();
    Map<String, String> when = at.when();
    String recordKind = at.recordKind();
    String id = pick(record, ID_FIELDS, MappingInference::namesASeries);
    String time = pickTime(record, TIME_FIELDS);
    // Where the record does not say, the objects around it may: its device, its time.
    String nested = id == null ? nestedName(record) : null;
    String idPointer = id != null ? base + "/" + escape(id)
        : nested != null ? base + "/" + nested : null;
    String timePointer = time == null ? null : base + "/" + escape(time);
    JsonNode timeNode = time == null ? null : record.get(time);
    String outer = each != null ? "^" : "";
    String inside = each != null ? each : base;
    while (!inside.isEmpty() && (idPointer == null || timePointer == null)) {
      inside = inside.substring(0, inside.lastIndexOf('/'));
      JsonNode around = sample.at(inside);
      String aroundId = idPointer == null ? seriesName(around) : null;
      if (aroundId != null) {
        idPointer = outer + inside + "/" + aroundId;
      }
      String aroundTime = timePointer == null
          ? pickTime(around, TIME_FIELDS) : null;
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
      // A time is never a reading, however it is named (Upbit's trade_timestamp).
      boolean anotherTime = MessageAnatomy.isInstant(name, f.getValue());
      // An id is never a reading, even a numeric one (a request's, a trade's, a component's);
      // nor is a reply's code.
      if (name.equals(id) || name.equals(time) || name.equals(seq) || name.equals(recordKind)
          || isIdName(name) || CODE_FIELDS.contains(name) || anotherTime
          || !isNumber(f.getValue())) {
        continue;
      }
      values.put(name, base + "/" + escape(name));
    }
    if (values.isEmpty()) {
      throw new InvalidInputException(Reason.of("infer.noNumber"));
    }
    Map<String, String> prices = new LinkedHashMap<>(values);
    String size = SIZE_FIELDS.stream().filter(f -> isNumber(record.path(f))).findFirst()
        .orElse(null);
    boolean trade = has(record, TRADE_PRICES, n -> true) && size != null;
    prices.keySet().removeIf(name -> trade ? !TRADE_PRICES.contains(name) : !isPrice(name));
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
    // A trade's size is the volume of its price's updates, not a series of its own.
    String volume = trade ? base + "/" + escape(size) : null;
    return new MappingSpec(List.of(new MappingSpec.Rule(when.isEmpty() ? null : when, each,
        series, values, t, s, volume)));
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
    // Messages with nothing to plot and no field saying their kind (BitMEX's subscription
    // reply), told apart once the data's shape is known.
    List<JsonNode> unnamed = new java.util.ArrayList<>();
    for (JsonNode sample : samples) {
      String said = sample.isObject() ? kindField(sample) : null;
      if (said != null && isChatter(sample.get(said).asText())) {
        // A heartbeat's counter is never data, whatever numbers it holds.
        String value = sample.get(said).asText();
        control.putIfAbsent(said + "=" + value, new MappingSpec.Signal(
            Map.of("/" + escape(said), value), null, null));
        continue;
      }
      if (sample.isObject() && sample.has("result") && sample.has("id")
          && !holdsRecords(sample.get("result"))) {
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
        } else if (sample.isObject()) {
          unnamed.add(sample);
        }
      }
    }
    if (byShape.isEmpty() && tuples > 0) {
      throw tupleProblem();
    }
    if (byShape.isEmpty()) {
      throw firstProblem != null ? firstProblem
          : new InvalidInputException(Reason.of(control.isEmpty() ? "editor.pasteFirst"
              : "infer.noNumber"));
    }
    String shape = byShape.entrySet().stream()
        .max(java.util.Comparator.comparingInt(e -> e.getValue().size())).orElseThrow().getKey();
    List<MappingSpec.Rule> common = byShape.get(shape);
    if (tuples > common.size()) {
      throw tupleProblem();
    }
    return general(common, shapeSamples.get(shape), unnamed, control);
  }

  /**
   * One rule for every message of the most common shape ({@code common}, from {@code seen}),
   * named by what differs between them where the records name nothing, beside the control
   * messages ({@code unnamed} ones told apart by a field the data lack).
   */
  private static MappingSpec general(List<MappingSpec.Rule> common, List<JsonNode> seen,
      List<JsonNode> unnamed, Map<String, MappingSpec.Signal> control) {
    MappingSpec.Rule rule = common.get(0);
    String series = rule.series();
    if (series.equals("value")) {
      // No field names the instrument in the record: the message's own field that differs
      // between messages of this shape does ("live_trades_btcusd", "live_trades_ethusd").
      String naming = differing(seen);
      if (naming != null) {
        series = "{" + (rule.each() != null ? "^" : "") + "/" + escape(naming) + "}";
      }
    }
    boolean told = false;
    for (JsonNode sample : unnamed) {
      String own = fieldNoneHas(sample, seen);
      if (own != null) {
        control.putIfAbsent("/" + own, new MappingSpec.Signal(Map.of("/" + escape(own), "*"),
            null, null));
        told = true;
      }
    }
    Map<String, String> when = anyWhereTheyDiffer(common);
    if (when == null && told && rule.each() == null) {
      // Nothing says what kind each message is: the data are the messages that hold the first
      // value, so an acknowledgement ({"status_code":200,"message":"Authorized"}) is told
      // apart rather than refused for lacking the data's time.
      when = Map.of(rule.values().values().iterator().next(), "*");
    }
    MappingSpec.Rule general = new MappingSpec.Rule(when, rule.each(), series,
        rule.values(), rule.time(), rule.seq(), rule.volume());
    return new MappingSpec(List.of(general),
        control.isEmpty() ? null : List.copyOf(control.values()), null);
  }

  /**
   * Whether a message's kind says it keeps the connection going (Coinbase's {@code heartbeats},
   * with a counter; a {@code pong}) rather than carries data. Not a subscription's kind:
   * JSON-RPC venues push their data as {@code "method":"subscription"}.
   */
  private static boolean isChatter(String kind) {
    String k = kind.toLowerCase(java.util.Locale.ROOT);
    return k.contains("heartbeat") || k.equals("ping") || k.equals("pong");
  }

  /**
   * The field of {@code o} that names its series: one of {@link #ID_FIELDS}, else one in an
   * object of ids it holds (The Things Network's {@code end_device_ids/device_id}); a pointer
   * from {@code o} without its leading slash, or null.
   */
  private static String seriesName(JsonNode o) {
    String here = pick(o, ID_FIELDS, MappingInference::namesASeries);
    return here != null ? escape(here) : nestedName(o);
  }

  private static String nestedName(JsonNode o) {
    for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> f = it.next();
      if (f.getValue().isObject() && MessageAnatomy.namedLike(f.getKey(), ID_FIELDS)) {
        String inner = pick(f.getValue(), ID_FIELDS, MappingInference::namesASeries);
        if (inner != null) {
          return escape(f.getKey()) + "/" + escape(inner);
        }
      }
    }
    return null;
  }

  /**
   * Whether a text names a series: a side ({@code "BUY"}, Bybit's {@code "S":"Sell"}) does not,
   * though it too differs from trade to trade.
   */
  private static boolean namesASeries(JsonNode n) {
    return n.isTextual() && !SIDES.contains(n.textValue().toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * Whether a field's name says it holds a price: one of {@link #PRICE_FIELDS}, any name ending
   * in price ({@code prev_closing_price}), or Bitget's short forms ({@code lastPr},
   * {@code bidPr}).
   */
  private static boolean isPrice(String name) {
    return PRICE_FIELDS.contains(name)
        || name.toLowerCase(java.util.Locale.ROOT).endsWith("price")
        || name.length() > 3 && name.endsWith("Pr")
        && Character.isLowerCase(name.charAt(name.length() - 3));
  }

  /**
   * Whether a reply's result holds records (Crypto.com pushes its trades as the {@code result}
   * of the subscription, {@code /result/data}): then it is data, not an acknowledgement.
   */
  private static boolean holdsRecords(JsonNode result) {
    return result.isArray() && first(result) != null && first(result).isObject()
        || result.isObject() && MessageAnatomy.arrayOfObjects(result) != null;
  }

  /**
   * Most messages are arrays of bare values ([17470,"te",[…]]): mapping the few with field
   * names (a subscription's reply) would plot its counters, not the feed's data.
   */
  private static IllegalArgumentException tupleProblem() {
    return new InvalidInputException(Reason.of("infer.tuples"));
  }

  /**
   * The first rule's kind filter, each value that differs between the rules ({@code
   * "publicTrade.BTCUSDT"}, {@code "publicTrade.ETHUSDT"}) made {@code "*"}; null for none.
   */
  private static Map<String, String> anyWhereTheyDiffer(List<MappingSpec.Rule> rules) {
    Map<String, String> first = rules.get(0).when();
    if (first == null) {
      return null;
    }
    Map<String, String> when = new LinkedHashMap<>(first);
    for (Map.Entry<String, String> w : when.entrySet()) {
      if (rules.stream().anyMatch(r -> !w.getValue().equals(r.when().get(w.getKey())))) {
        w.setValue("*");
      }
    }
    return when;
  }

  /** The first field of {@code message} that none of {@code others} has, or null. */
  private static String fieldNoneHas(JsonNode message, List<JsonNode> others) {
    for (Iterator<String> it = message.fieldNames(); it.hasNext();) {
      String name = it.next();
      if (others.stream().noneMatch(o -> o.has(name))) {
        return name;
      }
    }
    return null;
  }

  /**
   * A text field at the top of every message whose value is not the same in all (and is not a
   * time, a number or an id), or null.
   */
  private static String differing(List<JsonNode> messages) {
    JsonNode first = messages.get(0);
    if (messages.size() < 2 || !first.isObject()) {
      return null;
    }
    for (Iterator<String> it = first.fieldNames(); it.hasNext();) {
      String name = it.next();
      // A time, a number sent as text or an id differs from message to message too, and
      // names nothing: a series named by it would be a new series each time.
      if (first.get(name).isTextual() && !isIdName(name) && messages.stream().allMatch(m ->
          m.path(name).isTextual() && timeUnit(m.get(name)) == null && !isNumber(m.get(name)))
          && messages.stream().map(m -> m.get(name).textValue()).distinct().count() > 1) {
        return name;
      }
    }
    return null;
  }
}
