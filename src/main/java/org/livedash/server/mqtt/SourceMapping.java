package org.livedash.server.mqtt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.livedash.feed.mapping.FeedMapping;
import org.livedash.feed.mapping.MappingSpec;
import org.livedash.model.InvalidInputException;
import org.livedash.model.Reason;
import org.livedash.model.SeriesKind;
import org.livedash.model.SeriesMeta;

/**
 * How a broker's messages become a feed: the topics to subscribe to by default, the mapping (the
 * same engine as a client profile's) applied to each message's envelope
 * ({@code {"topic", "levels", "payload", "retained"}}), and the unit of each value by its name.
 * Presets cover the payloads devices really publish (Tasmota, Zigbee2MQTT, Home Assistant,
 * ThingsBoard); a file gives any other.
 *
 * @param name what it is called, for messages and {@code /api/health}
 * @param description one sentence on what it expects
 * @param topics topic filters subscribed to when none are given
 * @param units value name (the last {@code :} part of a series id, any case) → unit, the guess
 *     for a value whose publisher states no unit ({@link StatedUnits})
 * @param unitTopics topic filters whose messages state units (Zigbee2MQTT's device list, Home
 *     Assistant's discovery), subscribed before the data so they are known first
 * @param kind {@code sensor} (the default) or {@code stock}
 * @param mapping the rules
 */
public record SourceMapping(String name, String description, List<String> topics,
    Map<String, String> units, List<String> unitTopics, String kind, MappingSpec mapping) {
  /** The presets, by the name {@code --mapping} takes. */
  public static final List<String> PRESETS =
      List.of("generic", "tasmota", "zigbee2mqtt", "homeassistant", "thingsboard");

  private static final ObjectMapper JSON = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

  public SourceMapping {
    topics = topics == null ? List.of() : List.copyOf(topics);
    units = units == null ? Map.of() : Map.copyOf(units);
    unitTopics = unitTopics == null ? List.of() : List.copyOf(unitTopics);
    if (mapping == null) {
      throw new InvalidInputException(Reason.of("mqtt.mappingNeedsRules"));
    }
  }

  /**
   * A preset by name, or a mapping file.
   *
   * @throws IllegalArgumentException with one line saying what is wrong
   */
  public static SourceMapping named(String presetOrFile) {
    String key = presetOrFile.toLowerCase(Locale.ROOT);
    if (PRESETS.contains(key)) {
      try (InputStream in = SourceMapping.class.getResourceAsStream(key + ".json")) {
        return JSON.readValue(in, SourceMapping.class);
      } catch (IOException e) {
        throw new IllegalStateException("preset " + key + " is not readable", e);
      }
    }
    Path file = Path.of(presetOrFile);
    if (!Files.isRegularFile(file)) {
      throw new InvalidInputException(Reason.of("mqtt.mappingUnknown", presetOrFile,
          String.join(", ", PRESETS)));
    }
    try {
      return JSON.readValue(file.toFile(), SourceMapping.class);
    } catch (JsonProcessingException e) {
      String m = String.valueOf(e.getOriginalMessage());
      throw new InvalidInputException(Reason.of("mqtt.notMapping", file,
          m.lines().findFirst().orElse(m)));
    } catch (IOException e) {
      String m = String.valueOf(e.getMessage());
      throw new InvalidInputException(Reason.of("mqtt.notMapping", file,
          m.lines().findFirst().orElse(m)));
    }
  }

  /**
   * The mapping, compiled.
   *
   * @throws IllegalArgumentException with one line saying which rule is wrong
   */
  public FeedMapping compile() {
    return FeedMapping.compile(mapping);
  }

  /**
   * A series first met: named by its id, in the unit its publisher stated, else in the unit
   * guessed from its value's name ({@code kitchen/AM2301:Temperature} is in °C when {@code
   * units} says Temperature is; so is {@code living_room_temperature}) where its first value
   * fits that unit ({@link UnitMagnitudes}), marked as a guess.
   *
   * @param statedUnit the unit the publisher stated, or null
   * @param firstValue the series' first value, or NaN when not known
   */
  public SeriesMeta describe(String seriesId, String statedUnit, double firstValue) {
    SeriesKind k = "stock".equalsIgnoreCase(kind) ? SeriesKind.STOCK : SeriesKind.SENSOR;
    // Named for people: "hall_sensor temperature" for the id hall_sensor:temperature; only the
    // last colon parts topic and value (a tag's MAC in its topic keeps its own).
    int colon = seriesId.lastIndexOf(':');
    String name = colon < 0 ? seriesId
        : seriesId.substring(0, colon) + " " + seriesId.substring(colon + 1);
    if (statedUnit != null) {
      return SeriesMeta.of(seriesId, name, statedUnit, k, Double.NaN, Double.NaN);
    }
    String value = valueName(seriesId).toLowerCase(Locale.ROOT);
    String unit = "";
    for (Map.Entry<String, String> u : units.entrySet()) {
      String key = u.getKey().toLowerCase(Locale.ROOT);
      // living_room_temperature is a temperature too.
      if (value.equals(key) || value.endsWith("_" + key) && unit.isEmpty()) {
        unit = u.getValue();
      }
    }
    return SeriesMeta.of(seriesId, name, "", k, Double.NaN, Double.NaN)
        .withGuessedUnit(UnitMagnitudes.fit(unit, firstValue));
  }

  /** The value's name in a series id: its last {@code :} part, else its last {@code /} part. */
  static String valueName(String seriesId) {
    // topic:field, topic:group/field (a number one level down), or a topic alone.
    return seriesId.substring(Math.max(seriesId.lastIndexOf(':'), seriesId.lastIndexOf('/')) + 1);
  }
}
