package org.livedash.server.mqtt;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The units a broker's publishers state for their values, so a series gets the unit its device
 * says rather than one guessed from a name (a plug's {@code voltage} is in V, a battery's in
 * mV). Three shapes are read, whatever topic they come on:
 *
 * <ul>
 *   <li>Zigbee2MQTT's device list ({@code <base>/bridge/devices}, an array): each device's
 *       numeric exposes, their {@code property} and {@code unit}, for the values published on
 *       {@code <base>/<friendly_name>};
 *   <li>Home Assistant's MQTT discovery ({@code .../config}, an object): {@code
 *       unit_of_measurement} for the value its {@code state_topic} carries (the one named in a
 *       {@code value_template} of the form {@code {{ value_json.NAME }}}, else the whole payload);
 *       the abbreviated keys and the {@code ~} base are understood;
 *   <li>Home Assistant's statestream attributes ({@code .../unit_of_measurement}, a JSON string)
 *       for the state published beside it ({@code .../state}).
 * </ul>
 *
 * <p>Each unit is kept by the topic the value comes on and the value's name there (empty: the
 * whole payload). Written on the MQTT client's thread, read when a series is described.
 */
final class StatedUnits {
  /** Units kept at most: a broker cannot grow this without bound. */
  static final int MAX_UNITS = 50_000;
  private static final Pattern VALUE_JSON = Pattern.compile(
      "\\{\\{\\s*value_json(?:\\.([A-Za-z0-9_]+)|\\[['\"]([^'\"]+)['\"]])\\s*(?:\\|[^}]*)?}}");

  private final Map<String, String> units = new ConcurrentHashMap<>();

  /** Whether a message on {@code topic} may state units (and is to be read by {@link #read}). */
  static boolean mayState(String topic) {
    return topic.endsWith("/bridge/devices") || topic.endsWith("/config")
        || topic.endsWith("/unit_of_measurement");
  }

  /** Reads what one message states; a message of no known shape states nothing. */
  void read(String topic, JsonNode payload) {
    if (payload == null) {
      return;
    }
    if (topic.endsWith("/bridge/devices") && payload.isArray()) {
      String base = topic.substring(0, topic.length() - "/bridge/devices".length());
      for (JsonNode device : payload) {
        String name = device.path("friendly_name").asText("");
        if (!name.isEmpty()) {
          exposes(base + "/" + name, device.path("definition").path("exposes"));
        }
      }
    } else if (topic.endsWith("/config") && payload.isObject()) {
      discovery(payload);
    } else if (topic.endsWith("/unit_of_measurement") && payload.isTextual()) {
      String state = topic.substring(0, topic.length() - "unit_of_measurement".length())
          + "state";
      put(state, "", payload.asText());
    }
  }

  /**
   * The unit stated for the value {@code valueName} of messages on {@code topic}, or null when
   * none was: the value's own, else the whole payload's.
   */
  String unit(String topic, String valueName) {
    if (topic == null) {
      return null;
    }
    String own = units.get(key(topic, valueName));
    return own != null ? own : units.get(key(topic, ""));
  }

  /** A Zigbee2MQTT device's exposes: numerics at the top, and the features of specific types. */
  private void exposes(String stateTopic, JsonNode exposes) {
    for (JsonNode e : exposes) {
      String type = e.path("type").asText("");
      if ("numeric".equals(type)) {
        put(stateTopic, e.path("property").asText(""), e.path("unit").asText(""));
      } else if (!"composite".equals(type) && e.path("features").isArray()) {
        // A light's or a climate's features are published at the top of the state; a
        // composite's sit inside an object of their own, which no top-level value names.
        exposes(stateTopic, e.path("features"));
      }
    }
  }

  private void discovery(JsonNode config) {
    String unit = text(config, "unit_of_measurement", "unit_of_meas");
    String state = text(config, "state_topic", "stat_t");
    if (unit == null || state == null) {
      return;
    }
    String base = config.path("~").asText("");
    if (state.startsWith("~")) {
      state = base + state.substring(1);
    } else if (state.endsWith("~")) {
      state = state.substring(0, state.length() - 1) + base;
    }
    String template = text(config, "value_template", "val_tpl");
    String value = "";
    if (template != null) {
      Matcher m = VALUE_JSON.matcher(template.trim());
      if (!m.matches()) {
        // A template that computes the value: its unit is not the unit of any one field.
        return;
      }
      value = m.group(1) != null ? m.group(1) : m.group(2);
    }
    put(state, value, unit);
  }

  private void put(String topic, String value, String unit) {
    if (topic.isEmpty() || unit.isBlank() || unit.length() > 32) {
      return;
    }
    if (units.size() < MAX_UNITS || units.containsKey(key(topic, value))) {
      units.put(key(topic, value), unit.strip());
    }
  }

  private static String text(JsonNode n, String name, String abbreviation) {
    JsonNode v = n.has(name) ? n.get(name) : n.get(abbreviation);
    return v != null && v.isTextual() ? v.asText() : null;
  }

  private static String key(String topic, String value) {
    return topic + '\u0000' + value;
  }
}
