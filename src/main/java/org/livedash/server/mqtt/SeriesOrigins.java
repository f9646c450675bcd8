package org.livedash.server.mqtt;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where each series of a broker first came from, and as what: the topic its stated unit is
 * looked up by and the message browser lists it under, and its first value, which a unit
 * guessed from its name must fit. Bounded as the stated units are.
 */
final class SeriesOrigins {
  /** Where and as what a series was first seen. */
  record FirstSeen(String topic, double value) {}

  private final Map<String, FirstSeen> first = new ConcurrentHashMap<>();

  /** Notes a reading of {@code seriesId}; only its first counts. */
  void seen(String seriesId, String topic, double value) {
    if (first.size() < StatedUnits.MAX_UNITS) {
      first.putIfAbsent(seriesId, new FirstSeen(topic, value));
    }
  }

  /** How {@code seriesId} was first seen, or null. */
  FirstSeen of(String seriesId) {
    return first.get(seriesId);
  }

  /** The series first seen on {@code topic}, sorted. */
  List<String> seriesOf(String topic) {
    return first.entrySet().stream().filter(e -> e.getValue().topic().equals(topic))
        .map(Map.Entry::getKey).sorted().toList();
  }
}
