package org.livedash.server.mqtt;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Wraps one MQTT message as the JSON a mapping reads: {@code topic}, its {@code levels} (so
 * {@code /levels/1} is the device of {@code tele/kitchen/SENSOR}), {@code payload} — the parsed
 * JSON when it is JSON (an object, an array, a bare number like {@code 21.5}), else its text
 * ({@code ON}) — and whether the broker kept it ({@code retained}).
 */
final class MqttEnvelope {
  /** Payloads larger than this are not parsed: counted and dropped. */
  static final int MAX_PAYLOAD_BYTES = 1024 * 1024;

  private final ObjectMapper json = new ObjectMapper(JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(32).build())
      .build());

  /** The envelope, or null when the payload is too large to read. */
  JsonNode wrap(String topic, byte[] payload, boolean retained) {
    if (payload.length > MAX_PAYLOAD_BYTES) {
      return null;
    }
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("topic", topic);
    ArrayNode levels = root.putArray("levels");
    for (String level : topic.split("/", -1)) {
      levels.add(level);
    }
    root.set("payload", payload(payload));
    root.put("retained", retained);
    return root;
  }

  private JsonNode payload(byte[] payload) {
    try {
      JsonNode n = json.readTree(payload);
      if (n != null && !n.isMissingNode()) {
        return n;
      }
    } catch (IOException e) {
      // Not JSON: the payload is plain text (ON, OFF, "21.5 C"), kept as a string.
    }
    return JsonNodeFactory.instance.textNode(
        new String(payload, StandardCharsets.UTF_8).strip());
  }
}
