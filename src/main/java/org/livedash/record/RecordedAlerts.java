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

  /**
   * Puts back into {@code log} the alerts {@code files} recorded, in the files' order; one still
   * on when its run's last file ends ended with that run.
   */
  public static void restore(List<Path> files, AlertLog log) throws IOException {
    // Raised and cleared: twice what the log keeps is all it can show.
    java.util.Deque<AlarmWatch.Alarm> alerts = new java.util.ArrayDeque<>();
    Set<AlertLog.Key> acknowledged = new HashSet<>();
    java.util.Map<AlertLog.Key, AlarmWatch.Alarm> endedWithRun = new java.util.HashMap<>();
    // Alerts raised in a run and not cleared by its end: ended with the run.
    java.util.Map<AlertLog.Key, AlarmWatch.Alarm> on = new java.util.LinkedHashMap<>();
    long last = Long.MIN_VALUE;
    for (int i = 0; i < files.size(); i++) {
      Path f = files.get(i);
      try (McapReader reader = new McapReader(new BufferedInputStream(Files.newInputStream(f),
          1 << 16))) {
        for (McapReader.Message m = reader.next(); m != null; m = reader.next()) {
          last = Math.max(last, m.logTimeNanos() / 1000);
          if (m.channel().topic().equals(FeedRecorder.EVENTS_TOPIC)) {
            AlarmWatch.Alarm a = read(m, alerts, acknowledged);
            if (a != null && a.isOn()) {
              on.put(key(a), a);
            } else if (a != null) {
              on.remove(key(a));
            }
          }
        }
      }
      if (i + 1 < files.size() && RunFiles.continues(f, files.get(i + 1))) {
        continue;
      }
      for (AlarmWatch.Alarm a : on.values()) {
        AlarmWatch.Alarm ended = new AlarmWatch.Alarm(a.meta(), a.rule(), a.startMicros(),
            a.value(), a.peak(), Math.max(last, a.startMicros()));
        endedWithRun.put(key(a), ended);
        alerts.addLast(ended);
      }
      on.clear();
    }
    for (AlarmWatch.Alarm a : alerts) {
      AlarmWatch.Alarm ended = endedWithRun.get(key(a));
      boolean runEnded = ended != null && ended.endedMicros() == a.endedMicros();
      log.restore(a, acknowledged.contains(key(a)), runEnded);
    }
  }

  private static AlertLog.Key key(AlarmWatch.Alarm a) {
    return new AlertLog.Key(a.meta().id(), a.rule(), a.startMicros());
  }

  /** Reads one event into what is restored; returns the alert it told, or null. */
  private static AlarmWatch.Alarm read(McapReader.Message m,
      java.util.Deque<AlarmWatch.Alarm> alerts, Set<AlertLog.Key> acknowledged) {
    try {
      JsonNode event = JSON.readTree(m.data());
      switch (event.path("kind").asText()) {
        case "alert" -> {
          AlarmWatch.Alarm a = AlertJson.read(event.path("alert"));
          alerts.addLast(a);
          if (alerts.size() > 2 * AlertLog.KEPT) {
            alerts.removeFirst();
          }
          return a;
        }
        case "acknowledged" -> acknowledged.add(AlertJson.acknowledgedKey(event.path("alert")));
        default -> { }
      }
    } catch (IOException | IllegalArgumentException e) {
      // Not an event this reader knows: passed over.
    }
    return null;
  }
}
