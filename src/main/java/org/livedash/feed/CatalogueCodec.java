package org.livedash.feed;

import org.livedash.model.Reason;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.livedash.model.SeriesKind;
import org.livedash.model.SeriesMeta;

/**
 * Reads and writes the series catalogue ({@code GET /api/series}). It is fetched once per
 * connection, so it uses Jackson's tree model for clarity rather than speed.
 */
public final class CatalogueCodec {
  /** Most series one feed may list: each gets a tile and a ring. */
  public static final int MAX_SERIES = 10_000;

  private final ObjectMapper mapper = new ObjectMapper();

  public String encode(List<SeriesMeta> catalogue) {
    ObjectNode root = mapper.createObjectNode();
    ArrayNode series = root.putArray("series");
    for (SeriesMeta m : catalogue) {
      series.add(entryNode(m));
    }
    return write(root);
  }

  /** One series as a catalogue entry, as {@code batch} and {@code hello} carry it (1.2). */
  public String encodeEntry(SeriesMeta meta) {
    return write(entryNode(meta));
  }

  private ObjectNode entryNode(SeriesMeta m) {
    ObjectNode n = mapper.createObjectNode();
    n.put("id", m.id());
    n.put("name", m.name());
    n.put("unit", m.unit());
    if (m.unitGuessed()) {
      n.put("unitGuessed", true);
    }
    n.put("kind", m.kind().name().toLowerCase(Locale.ROOT));
    putIfSet(n, "displayMin", m.displayMin());
    putIfSet(n, "displayMax", m.displayMax());
    putIfSet(n, "warnLow", m.warnLow());
    putIfSet(n, "warnHigh", m.warnHigh());
    putIfSet(n, "alarmLow", m.alarmLow());
    putIfSet(n, "alarmHigh", m.alarmHigh());
    if (m.decimals() != SeriesMeta.DECIMALS_UNKNOWN) {
      n.put("decimals", m.decimals());
    }
    if (m.names().keySet().stream().anyMatch(k -> !k.equals(SeriesMeta.FEED_NAME))) {
      ObjectNode names = n.putObject("names");
      new java.util.TreeMap<>(m.names()).forEach((lang, name) -> {
        if (!lang.equals(SeriesMeta.FEED_NAME)) {
          names.put(lang, name);
        }
      });
    }
    return n;
  }

  private String write(JsonNode node) {
    try {
      return mapper.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of plain values always serializes", e);
    }
  }

  /**
   * Parses a catalogue.
   *
   * @throws FeedFormatException when the document is not a catalogue
   */
  public List<SeriesMeta> decode(String json) {
    return decode(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /**
   * Parses a catalogue from UTF-8 bytes as received.
   *
   * @throws FeedFormatException when the document is not a catalogue, or lists more than
   *     {@link #MAX_SERIES} series
   */
  public List<SeriesMeta> decode(byte[] utf8) {
    JsonNode root;
    try {
      root = mapper.readTree(utf8);
    } catch (IOException e) {
      throw new FeedFormatException(Reason.of("catalogue.notJson", firstLine(e.getMessage())));
    }
    JsonNode series = root == null ? null : root.get("series");
    if (series == null || !series.isArray()) {
      throw new FeedFormatException(Reason.of("catalogue.noSeries"));
    }
    if (series.size() > MAX_SERIES) {
      throw new FeedFormatException(Reason.of("catalogue.tooMany", series.size(), MAX_SERIES));
    }
    List<SeriesMeta> out = new ArrayList<>();
    for (JsonNode n : series) {
      out.add(decodeEntry(n));
    }
    return out;
  }

  /**
   * One catalogue entry.
   *
   * @throws FeedFormatException when it is not one (no string id, an unknown kind)
   */
  public SeriesMeta decodeEntry(JsonNode n) {
    if (n == null || !n.isObject()) {
      throw new FeedFormatException(Reason.of("catalogue.entryNotObject"));
    }
    String id = text(n, "id");
    return new SeriesMeta(
        id,
        n.hasNonNull("name") ? n.get("name").asText() : id,
        n.hasNonNull("unit") ? n.get("unit").asText() : "",
        kind(n),
        number(n, "displayMin"),
        number(n, "displayMax"),
        number(n, "warnLow"),
        number(n, "warnHigh"),
        number(n, "alarmLow"),
        number(n, "alarmHigh"),
        decimals(n),
        n.path("unitGuessed").isBoolean() && n.get("unitGuessed").booleanValue(),
        names(n.get("names")));
  }

  /** Most names in other languages one entry may give; more are ignored. */
  static final int MAX_NAMES = 32;
  private static final java.util.regex.Pattern LANGUAGE =
      java.util.regex.Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{1,8})*");

  /**
   * The {@code names} member (1.4): names by language; an entry that is not a language tag with
   * a non-empty text is ignored, as is the member when it is not an object.
   */
  private static java.util.Map<String, String> names(JsonNode node) {
    if (node == null || !node.isObject()) {
      return java.util.Map.of();
    }
    java.util.Map<String, String> names = new java.util.HashMap<>();
    node.fields().forEachRemaining(e -> {
      if (names.size() < MAX_NAMES && LANGUAGE.matcher(e.getKey()).matches()
          && e.getValue().isTextual() && !e.getValue().asText().isBlank()) {
        names.put(e.getKey(), e.getValue().asText());
      }
    });
    return names;
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    String line = nl < 0 ? s : s.substring(0, nl);
    return line.length() <= 100 ? line : line.substring(0, 97) + "...";
  }

  private static SeriesKind kind(JsonNode n) {
    String k = n.hasNonNull("kind") ? n.get("kind").asText() : "sensor";
    try {
      return SeriesKind.valueOf(k.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new FeedFormatException(Reason.of("catalogue.unknownKind", text(n, "id"), k));
    }
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || !v.isTextual() || v.asText().isBlank()) {
      throw new FeedFormatException(Reason.of("catalogue.missingText", field));
    }
    return v.asText();
  }

  private static double number(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v != null && v.isNumber() ? v.asDouble() : Double.NaN;
  }

  /** The optional {@code decimals}: a whole number from 0 to 10; anything else is ignored. */
  private static int decimals(JsonNode n) {
    JsonNode v = n.get("decimals");
    return v != null && v.canConvertToInt() && v.isIntegralNumber() && v.asInt() >= 0
        && v.asInt() <= SeriesMeta.MAX_DECIMALS ? v.asInt() : SeriesMeta.DECIMALS_UNKNOWN;
  }

  private static void putIfSet(ObjectNode n, String field, double value) {
    if (!Double.isNaN(value)) {
      n.put(field, value);
    }
  }
}
