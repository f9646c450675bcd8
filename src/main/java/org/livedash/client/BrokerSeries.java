package org.livedash.client;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.livedash.feed.mapping.FieldPath;
import org.livedash.feed.mapping.MessageShapes;

/**
 * Which of a relayed broker's series a field clicked in the message browser is: the relay's
 * mapping named them already ({@code TOPIC:field} or {@code TOPIC:group/field} for the generic
 * mapping, {@code TOPIC} for a payload that is one number; presets by the field's name at the
 * end). A click stands for every device of the kind clicked: the field of each topic whose
 * messages have the same fields.
 */
final class BrokerSeries {
  private BrokerSeries() {}

  /**
   * The series of field {@code path} on the clicked topic and on every other topic among
   * {@code shapes} whose messages have the same fields (each tag of a gateway, each plug of a
   * kind), the clicked one's first; empty when the clicked topic has none.
   *
   * @param seriesOf a topic's series ids
   */
  static List<String> ofEveryTopic(List<MessageShapes.ShapeView> shapes,
      MessageShapes.ShapeView clicked, FieldPath path, Function<String, List<String>> seriesOf) {
    List<String> out = new ArrayList<>();
    String own = find(seriesOf.apply(clicked.topic()), clicked.topic(), path);
    if (own == null) {
      return out;
    }
    out.add(own);
    String fields = fieldsOf(clicked);
    for (MessageShapes.ShapeView s : shapes) {
      if (s.topic() != null && !s.topic().equals(clicked.topic())
          && fieldsOf(s).equals(fields)) {
        String id = find(seriesOf.apply(s.topic()), s.topic(), path);
        if (id != null && !out.contains(id)) {
          out.add(id);
        }
      }
    }
    return out;
  }

  /** A shape's key without its topic: its fields. */
  private static String fieldsOf(MessageShapes.ShapeView shape) {
    return shape.key().substring(shape.topic().length());
  }

  /** The series of {@code topic}'s field {@code path} among {@code ids}, or null. */
  static String find(List<String> ids, String topic, FieldPath path) {
    if (path.steps().isEmpty()) {
      return ids.contains(topic) ? topic : ids.size() == 1 ? ids.get(0) : null;
    }
    String name = path.name();
    String exact = topic + ":" + name;
    if (ids.contains(exact)) {
      return exact;
    }
    for (String id : ids) {
      if (id.endsWith(":" + name) || id.endsWith("." + name) || id.endsWith("/" + name)) {
        return id;
      }
    }
    return null;
  }
}
