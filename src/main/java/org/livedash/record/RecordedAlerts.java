package org.livedash.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.livedash.alert.AlertJson;
import org.livedash.alert.AlertLog;
import org.livedash.model.AlarmWatch;

/**
 * The alert log of earlier runs, read back from their recordings' events (alerts raised, cleared
 * and acknowledged), so that the log survives a restart. A file cut short is read to its cut; an
 * event that cannot be read is passed over.
 */
public final class RecordedAlerts {
  private static final ObjectMapper JSON = new ObjectMapper();

  private RecordedAlerts() {}

  /** Puts back into {@code log} the alerts {@code files} recorded, in the files' order. */
  public static void restore(List<Path> files, AlertLog log) throws IOException {
    // Raised and cleared: twice what the log keeps is all it can show.
    java.util.Deque<AlarmWatch.Alarm> alerts = new java.util.ArrayDeque<>();
    Set<AlertLog.Key> acknowledged = new HashSet<>();
    for (Path f : files) {
      try (McapReader reader = new McapReader(new BufferedInputStream(Files.newInputStream(f),
          1 << 16))) {
        for (McapReader.Message m = reader.next(); m != null; m = reader.next()) {
          if (m.channel().topic().equals(FeedRecorder.EVENTS_TOPIC)) {
            read(m, alerts, acknowledged);
          }
        }
      }
    }
    for (AlarmWatch.Alarm a : alerts) {
      log.restore(a, acknowledged.contains(
          new AlertLog.Key(a.meta().id(), a.rule(), a.startMicros())));
    }
  }

  private static void read(McapReader.Message m, java.util.Deque<AlarmWatch.Alarm> alerts,
      Set<AlertLog.Key> acknowledged) {
    try {
      JsonNode event = JSON.readTree(m.data());
      switch (event.path("kind").asText()) {
        case "alert" -> {
          alerts.addLast(AlertJson.read(event.path("alert")));
          if (alerts.size() > 2 * AlertLog.KEPT) {
            alerts.removeFirst();
          }
        }
        case "acknowledged" -> acknowledged.add(AlertJson.acknowledgedKey(event.path("alert")));
        default -> { }
      }
    } catch (IOException | IllegalArgumentException e) {
      // Not an event this reader knows: passed over.
    }
  }
}
