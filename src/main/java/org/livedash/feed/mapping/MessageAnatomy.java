package org.livedash.feed.mapping;

import org.livedash.model.InvalidInputException;
import org.livedash.model.Reason;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How a JSON message is built, as inference reads it: where its records are (an array of
 * them, fanned out over; an object wrapping them, one or two levels down), which field says
 * what kind of message it is, which fields hold numbers (numbers sent as text too) and which
 * hold a time, and in what unit.
 */
final class MessageAnatomy {
  /**
   * Fields that say what kind of message this is, the likeliest first: a channel or a topic
   * last, as they often name the instrument too ({@code live_trades_btcusd}).
   */
  private static final List<String> KIND_ORDER = List.of("type", "e", "event", "ev", "_type",
      "op", "method", "kind", "msg_type", "messageType", "event_type", "T", "channel", "topic");
  static final Set<String> KIND_FIELDS = Set.copyOf(KIND_ORDER);

  private MessageAnatomy() {}

  /**
   * Where a message's record is.
   *
   * @param each the array fanned out over, or null
   * @param base the pointer of the object wrapping the record, or "" (the record itself)
   * @param when the filter on the message's kind, if it says one
   * @param recordKind the record's own kind field, when it is not the message
   */
  record Located(String each, String base, JsonNode record, Map<String, String> when,
      String recordKind) {}

  /**
   * Finds the record of {@code sample}.
   *
   * @throws IllegalArgumentException when it holds no JSON object
   */
  static Located locate(JsonNode sample) {
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
        String inner = record != null && record.isObject() && numbers(record) == 0
            ? arrayOfObjectsHere(record) : null;
        if (inner != null) {
          // Records one array further in (Coinbase Advanced Trade's events[].trades[]): every
          // element of the outer array is fanned out over too.
          each = array + "/*/" + escape(inner);
          record = first(record.get(inner));
        }
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
      throw new InvalidInputException(Reason.of("infer.noObject"));
    }
    String recordKind = base.isEmpty() && each == null ? null : kindField(record);
    if (recordKind != null && when.isEmpty()) {
      when.put(base + "/" + recordKind, record.get(recordKind).asText());
    }
    return new Located(each, base, record, when, recordKind);
  }

  /**
   * Whether a member's name says it describes the message rather than carries its readings:
   * The Things Network's {@code rx_metadata} (each gateway's signal), a {@code meta} object.
   */
  static boolean isMetadata(String name) {
    // Not "metals", a commodity venue's records.
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith("meta") || lower.endsWith("metadata");
  }

  /** Whether a field's name says it is an id: {@code id}, {@code req_id}, {@code tradeId}. */
  static boolean isIdName(String name) {
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

  static String byMagnitude(double v) {
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

  static boolean isNumber(JsonNode n) {
    return n.isNumber() || n.isTextual() && !Double.isNaN(JsonNumbers.of(n));
  }

  static String kindField(JsonNode o) {
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
  static String arrayOfObjects(JsonNode o) {
    for (int depth = 0; depth < 2; depth++) {
      for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext();) {
        Map.Entry<String, JsonNode> f = it.next();
        JsonNode v = f.getValue();
        if (isMetadata(f.getKey())) {
          continue;
        }
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

  static String arrayOfObjectsHere(JsonNode o) {
    for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> f = it.next();
      if (!isMetadata(f.getKey()) && f.getValue().isArray() && first(f.getValue()) != null
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
  static String objectHoldingNumbers(JsonNode o) {
    String best = null;
    int bestCount = numbers(o);
    for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> f = it.next();
      if (!f.getValue().isObject() || isMetadata(f.getKey())) {
        continue;
      }
      String here = "/" + escape(f.getKey());
      if (numbers(f.getValue()) > bestCount) {
        best = here;
        bestCount = numbers(f.getValue());
      }
      for (Iterator<Map.Entry<String, JsonNode>> in = f.getValue().fields(); in.hasNext();) {
        Map.Entry<String, JsonNode> g = in.next();
        if (g.getValue().isObject() && !isMetadata(g.getKey())
            && numbers(g.getValue()) > bestCount) {
          best = here + "/" + escape(g.getKey());
          bestCount = numbers(g.getValue());
        }
      }
    }
    return best;
  }

  /** Whether {@code record} has one of {@code names} whose value fits. */
  static boolean has(JsonNode record, Set<String> names,
      java.util.function.Predicate<JsonNode> fits) {
    for (String name : names) {
      if (record.has(name) && fits.test(record.get(name))) {
        return true;
      }
    }
    return false;
  }

  static int numbers(JsonNode o) {
    int n = 0;
    for (JsonNode v : o) {
      n += isNumber(v) ? 1 : 0;
    }
    return n;
  }

  static JsonNode first(JsonNode array) {
    return array.isArray() && array.size() > 0 ? array.get(0) : null;
  }

  static String pick(JsonNode record, List<String> names,
      java.util.function.Predicate<JsonNode> fits) {
    for (String name : names) {
      JsonNode n = record.get(name);
      if (n != null && fits.test(n)) {
        return name;
      }
    }
    for (Iterator<String> it = record.fieldNames(); it.hasNext();) {
      String name = it.next();
      if (namedLike(name, names) && fits.test(record.get(name))) {
        return name;
      }
    }
    return null;
  }

  /**
   * The record's time field: of those {@link #pick} would consider, the one that tells the time
   * finest (a venue that sends {@code time} in seconds beside {@code time_ms} is read to the
   * millisecond, not stacked a second at a time); the first of them on a tie.
   */
  static String pickTime(JsonNode record, List<String> names) {
    String best = null;
    int bestRank = 0;
    List<String> candidates = new java.util.ArrayList<>(names);
    record.fieldNames().forEachRemaining(candidates::add);
    for (String name : candidates) {
      JsonNode n = record.get(name);
      if (n == null || !namedLike(name, names) && !namedLikeAnInstant(name)
          || timeUnit(n) == null) {
        continue;
      }
      int rank = resolution(n);
      if (rank > bestRank) {
        best = name;
        bestRank = rank;
      }
    }
    return best;
  }

  /**
   * Whether a field holds a time, not a reading: named as times are ({@code ts}, {@code time},
   * {@code trade_timestamp}, {@code created_at}, {@code gw_ts}, {@code last_seen}, {@code epoch})
   * and as large as an instant since 1970 in seconds, or finer, is. A plotted epoch is a line
   * climbing off every scale.
   */
  static boolean isInstant(String name, JsonNode n) {
    String lower = name.toLowerCase(Locale.ROOT);
    boolean named = namedLike(name, MappingInference.TIME_FIELDS) || namedLikeAnInstant(name)
        || lower.endsWith("_ts") || name.endsWith("Ts") || lower.endsWith("seen")
        || lower.contains("epoch");
    return named && timeUnit(n) != null;
  }

  /** Whether a name says when something happened: {@code received_at}, {@code createdAt}. */
  static boolean namedLikeAnInstant(String name) {
    return name.length() > 3 && (name.endsWith("_at") || name.endsWith("At"));
  }

  /** Whether {@code name} is one of {@code names} or holds one of three letters or more. */
  static boolean namedLike(String name, List<String> names) {
    String lower = name.toLowerCase(Locale.ROOT);
    return names.contains(name) || names.stream()
        .anyMatch(c -> c.length() > 2 && lower.contains(c.toLowerCase(Locale.ROOT)));
  }

  /** How finely a time field tells the time: nanoseconds 4 … seconds 1. */
  private static int resolution(JsonNode n) {
    String unit = timeUnit(n);
    return switch (unit) {
      case "ns" -> 4;
      case "us" -> 3;
      case "ms" -> 2;
      case "iso" -> n.textValue().contains(".") ? 2 : 1;
      default -> 1;
    };
  }

  static String escape(String field) {
    return field.replace("~", "~0").replace("/", "~1");
  }
}
