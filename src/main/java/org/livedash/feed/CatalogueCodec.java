package org.livedash.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
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
  private final ObjectMapper mapper = new ObjectMapper();

  public String encode(List<SeriesMeta> catalogue) {
    ObjectNode root = mapper.createObjectNode();
    ArrayNode series = root.putArray("series");
    for (SeriesMeta m : catalogue) {
      ObjectNode n = series.addObject();
      n.put("id", m.id());
      n.put("name", m.name());
      n.put("unit", m.unit());
      n.put("kind", m.kind().name().toLowerCase(Locale.ROOT));
      n.put("displayMin", m.displayMin());
      n.put("displayMax", m.displayMax());
      putIfSet(n, "warnLow", m.warnLow());
      putIfSet(n, "warnHigh", m.warnHigh());
      putIfSet(n, "alarmLow", m.alarmLow());
      putIfSet(n, "alarmHigh", m.alarmHigh());
    }
    try {
      return mapper.writeValueAsString(root);
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
    JsonNode root;
    try {
      root = mapper.readTree(json);
    } catch (JsonProcessingException e) {
      throw new FeedFormatException("catalogue is not valid JSON: " + e.getOriginalMessage());
    }
    JsonNode series = root == null ? null : root.get("series");
    if (series == null || !series.isArray()) {
      throw new FeedFormatException("catalogue has no array 'series'");
    }
    List<SeriesMeta> out = new ArrayList<>();
    for (JsonNode n : series) {
      String id = text(n, "id");
      out.add(
          new SeriesMeta(
              id,
              n.hasNonNull("name") ? n.get("name").asText() : id,
              n.hasNonNull("unit") ? n.get("unit").asText() : "",
              kind(n),
              number(n, "displayMin"),
              number(n, "displayMax"),
              number(n, "warnLow"),
              number(n, "warnHigh"),
              number(n, "alarmLow"),
              number(n, "alarmHigh")));
    }
    return out;
  }

  private static SeriesKind kind(JsonNode n) {
    String k = n.hasNonNull("kind") ? n.get("kind").asText() : "sensor";
    try {
      return SeriesKind.valueOf(k.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new FeedFormatException("series '" + text(n, "id") + "' has unknown kind '" + k + "'");
    }
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || !v.isTextual() || v.asText().isBlank()) {
      throw new FeedFormatException("catalogue entry without a string '" + field + "'");
    }
    return v.asText();
  }

  private static double number(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v != null && v.isNumber() ? v.asDouble() : Double.NaN;
  }

  private static void putIfSet(ObjectNode n, String field, double value) {
    if (!Double.isNaN(value)) {
      n.put(field, value);
    }
  }
}
