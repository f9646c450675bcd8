package org.livedash.record;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * The numbers of a JSON message of another tool's recording, each named by its path
 * ({@code accel.x}, {@code cells.0}): how a channel of its own shape becomes series, one a
 * number. Arrays count as their indexes; strings, booleans and nulls are not series. Bounded in
 * depth and count, so one strange message cannot make thousands of series.
 */
public final class JsonNumbers {
  /** The deepest a number is looked for. */
  static final int DEPTH = 6;
  /** The most numbers taken from one message. */
  static final int MOST = 64;

  private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
      new com.fasterxml.jackson.databind.ObjectMapper();

  private JsonNumbers() {}

  /** Something that takes a path and its number. */
  @FunctionalInterface
  public interface Sink {
    void number(String path, double value);
  }

  /**
   * Hands every number of another tool's JSON message to {@code sink}, each named as its series,
   * {@code topic:path}; a message that is not JSON has none.
   */
  public static void ofMessage(McapReader.Message m, Sink sink) {
    JsonNode node;
    try {
      node = JSON.readTree(m.data());
    } catch (java.io.IOException e) {
      return;
    }
    String topic = m.channel().name();
    each(node, (path, v) -> sink.number(topic + ":" + path, v));
  }

  /** Hands every number of {@code message} to {@code sink}, in document order. */
  public static void each(JsonNode message, Sink sink) {
    walk(message, "", 0, sink, new int[1]);
  }

  private static void walk(JsonNode node, String path, int depth, Sink sink, int[] taken) {
    if (taken[0] >= MOST || depth > DEPTH) {
      return;
    }
    if (node.isNumber()) {
      taken[0]++;
      sink.number(path.isEmpty() ? "value" : path, node.asDouble());
    } else if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        walk(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), depth + 1,
            sink, taken);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), path.isEmpty() ? Integer.toString(i) : path + "." + i, depth + 1,
            sink, taken);
      }
    }
  }
}
