package org.livedash.client;

import java.util.List;
import org.livedash.feed.mapping.FieldPath;

/**
 * Which of a relayed broker's series a field clicked in the message browser is: the relay's
 * mapping named them already ({@code TOPIC:field} or {@code TOPIC:group/field} for the generic
 * mapping, {@code TOPIC} for a payload that is one number; presets by the field's name at the
 * end).
 */
final class BrokerSeries {
  private BrokerSeries() {}

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
