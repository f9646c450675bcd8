package org.livedash.feed.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A feed's messages as the message browser shows them: grouped by shape (the set of fields a
 * message has, and its MQTT topic), each field with its last value, how many times it came and
 * how often lately, and whether it is a number (numbers sent as text too). An array of records
 * counts as one field per record field ({@code data[] › p}); an array of plain values as
 * positions (a tuple). Fed on the feed's thread, read by the window; bounded in shapes, fields,
 * depth and values kept, however long the feed runs.
 */
public final class MessageShapes {
  /** Shapes kept (a broker's topics are shapes too); messages of further ones only counted. */
  static final int MAX_SHAPES = 128;
  /** Fields kept per shape. */
  static final int MAX_FIELDS = 160;
  /** Nesting followed. */
  static final int MAX_DEPTH = 8;
  /** Distinct text values told apart per field (enough to see that a field names things). */
  static final int MAX_DISTINCT = 16;
  /** Width of a last value as kept. */
  static final int MAX_VALUE_CHARS = 64;
  /** The span over which a rate is measured. */
  static final long RATE_SPAN_MICROS = 5_000_000;

  private final Map<String, Shape> shapes = new LinkedHashMap<>();
  private long others;
  private long version;

  /** Counts one message ({@code topic}: its MQTT topic, or null) received at that time. */
  public synchronized void observe(JsonNode message, String topic, long receivedMicros) {
    List<Leaf> leaves = new ArrayList<>();
    walk(message, new ArrayList<>(), 0, leaves);
    StringBuilder key = new StringBuilder(topic == null ? "" : topic).append('|');
    Set<String> seen = new LinkedHashSet<>();
    for (Leaf l : leaves) {
      if (seen.add(l.path.key())) {
        key.append(l.path.key()).append(',');
      }
    }
    Shape shape = shapes.get(key.toString());
    if (shape == null) {
      if (shapes.size() >= MAX_SHAPES) {
        others++;
        version++;
        return;
      }
      shape = new Shape(key.toString(), topic, shapes.size());
      shapes.put(shape.key, shape);
    }
    shape.take(message, leaves, receivedMicros);
    version++;
  }

  /** Changes so far: the window redraws only when it moved. */
  public synchronized long version() {
    return version;
  }

  /** Shapes met so far (of those kept). */
  public synchronized int shapeCount() {
    return shapes.size();
  }

  /** Messages of shapes beyond those kept: counted, not described. */
  public synchronized long others() {
    return others;
  }

  /** Every shape and its fields as they stand, the most frequent shape first. */
  public synchronized List<ShapeView> snapshot(long nowMicros) {
    List<ShapeView> out = new ArrayList<>();
    for (Shape s : shapes.values()) {
      out.add(s.view(nowMicros));
    }
    out.sort((a, b) -> Long.compare(b.count(), a.count()));
    return List.copyOf(out);
  }

  /** The last message of shape {@code key}, or null. */
  public synchronized JsonNode lastMessage(String key) {
    Shape s = shapes.get(key);
    return s == null ? null : s.last;
  }

  /** Forgets every shape: a new feed. */
  public synchronized void clear() {
    shapes.clear();
    others = 0;
    version++;
  }

  private static void walk(JsonNode node, List<FieldPath.Step> at, int depth,
      List<Leaf> leaves) {
    if (depth > MAX_DEPTH) {
      return;
    }
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
        Map.Entry<String, JsonNode> f = it.next();
        at.add(FieldPath.Step.field(f.getKey()));
        walk(f.getValue(), at, depth + 1, leaves);
        at.remove(at.size() - 1);
      }
    } else if (node.isArray()) {
      boolean records = node.size() > 0;
      for (JsonNode e : node) {
        records &= e.isContainerNode();
      }
      int i = 0;
      for (JsonNode e : node) {
        at.add(records ? FieldPath.Step.EVERY : FieldPath.Step.index(i));
        walk(e, at, depth + 1, leaves);
        at.remove(at.size() - 1);
        i++;
      }
    } else {
      leaves.add(new Leaf(new FieldPath(List.copyOf(at)), node));
    }
  }

  private record Leaf(FieldPath path, JsonNode value) {}

  /**
   * One shape as shown.
   *
   * @param key what tells it from the others (for {@link #lastMessage} and the browser)
   * @param topic its MQTT topic, or null
   * @param label a few words naming it: its kind field and value(s), or its first fields
   * @param rate messages a second lately
   */
  public record ShapeView(String key, String topic, String label, long count, double rate,
      List<FieldView> fields) {
    /** Whether some field holds a number: else it is an acknowledgement or a heartbeat. */
    public boolean hasNumbers() {
      return fields.stream().anyMatch(FieldView::number);
    }
  }

  /**
   * One field of a shape as shown.
   *
   * @param last its last value as text, cut to {@value #MAX_VALUE_CHARS} characters
   * @param number whether its values are numbers (or numbers sent as text; not true/false)
   * @param values its distinct text values seen, up to {@value #MAX_DISTINCT}
   */
  public record FieldView(FieldPath path, String last, long count, double rate, boolean number,
      List<String> values) {}

  /** One shape's counts, kept under the census' lock. */
  private static final class Shape {
    final String key;
    final String topic;
    final int order;
    final Map<String, Field> fields = new LinkedHashMap<>();
    final Rate rate = new Rate();
    long count;
    JsonNode last;

    Shape(String key, String topic, int order) {
      this.key = key;
      this.topic = topic;
      this.order = order;
    }

    void take(JsonNode message, List<Leaf> leaves, long at) {
      count++;
      last = message;
      rate.add(at);
      for (Leaf l : leaves) {
        Field f = fields.get(l.path.key());
        if (f == null) {
          if (fields.size() >= MAX_FIELDS) {
            continue;
          }
          f = new Field(l.path);
          fields.put(l.path.key(), f);
        }
        f.take(l.value, at);
      }
    }

    ShapeView view(long now) {
      List<FieldView> views = new ArrayList<>();
      for (Field f : fields.values()) {
        views.add(new FieldView(f.path, f.last, f.count, f.rate.perSecond(now), f.number,
            List.copyOf(f.values)));
      }
      return new ShapeView(key, topic, label(views), count, rate.perSecond(now),
          List.copyOf(views));
    }

    /** The field that says what kind of message this is, and its values; or its first fields. */
    private String label(List<FieldView> views) {
      if (topic != null) {
        return topic;
      }
      for (FieldView v : views) {
        if (v.path().steps().size() <= 2 && v.path().isPlainField()
            && MessageAnatomy.KIND_FIELDS.contains(v.path().name()) && !v.values().isEmpty()) {
          String first = v.values().get(0);
          return v.path().name() + " = " + first + (v.values().size() > 1
              ? " +" + (v.values().size() - 1) + (v.values().size() >= MAX_DISTINCT ? "…" : "")
              : "");
        }
      }
      StringBuilder b = new StringBuilder();
      for (FieldView v : views) {
        String top = v.path().steps().get(0).toString();
        if (b.indexOf(top + ",") < 0 && b.length() < 40) {
          b.append(top).append(", ");
        }
      }
      return "{" + (b.length() == 0 ? "" : b.substring(0, b.length() - 2)) + "}";
    }
  }

  /** One field's counts. */
  private static final class Field {
    final FieldPath path;
    final Rate rate = new Rate();
    final List<String> values = new ArrayList<>();
    long count;
    String last;
    boolean number = true;

    Field(FieldPath path) {
      this.path = path;
    }

    void take(JsonNode value, long at) {
      count++;
      rate.add(at);
      String text = value.asText();
      last = text.length() > MAX_VALUE_CHARS ? text.substring(0, MAX_VALUE_CHARS - 1) + "…"
          : text;
      boolean isNumber = value.isNumber()
          || value.isTextual() && !Double.isNaN(JsonNumbers.of(value));
      number &= isNumber;
      if (value.isTextual() && values.size() < MAX_DISTINCT && !values.contains(last)) {
        values.add(last);
      }
    }
  }

  /** Events a second over the last {@link #RATE_SPAN_MICROS}, in two buckets. */
  private static final class Rate {
    long bucketStart = Long.MIN_VALUE;
    long current;
    long previous;

    void add(long at) {
      roll(at);
      current++;
    }

    private void roll(long at) {
      if (bucketStart == Long.MIN_VALUE) {
        bucketStart = at;
      }
      long elapsed = at - bucketStart;
      if (elapsed >= 2 * RATE_SPAN_MICROS) {
        previous = 0;
        current = 0;
        bucketStart = at;
      } else if (elapsed >= RATE_SPAN_MICROS) {
        previous = current;
        current = 0;
        bucketStart += RATE_SPAN_MICROS;
      }
    }

    double perSecond(long now) {
      if (bucketStart == Long.MIN_VALUE) {
        return 0;
      }
      long elapsed = now - bucketStart;
      if (elapsed >= 2 * RATE_SPAN_MICROS) {
        return 0;
      }
      if (elapsed >= RATE_SPAN_MICROS) {
        return current * 1e6 / RATE_SPAN_MICROS;
      }
      // The previous bucket's share of the last span, and the current bucket so far.
      double span = previous > 0 ? RATE_SPAN_MICROS : Math.max(elapsed, 1_000_000);
      double share = previous > 0 ? previous * (1 - (double) elapsed / RATE_SPAN_MICROS) : 0;
      return (share + current) * 1e6 / span;
    }
  }
}
