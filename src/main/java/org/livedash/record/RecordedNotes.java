package org.livedash.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.livedash.model.Layout;

/**
 * The notes a user marked on the time axis while a feed was recorded, read back from the
 * recording's events, so a recording opened later shows them where they were marked. A file cut
 * short is read to its cut; an event that cannot be read is passed over.
 */
public final class RecordedNotes {
  private static final ObjectMapper JSON = new ObjectMapper();

  private RecordedNotes() {}

  /** The notes {@code file} holds, in the order they were marked. */
  public static List<Layout.Annotation> in(Path file) throws IOException {
    List<Layout.Annotation> out = new ArrayList<>();
    try (McapReader reader = new McapReader(new BufferedInputStream(Files.newInputStream(file),
        1 << 16))) {
      for (McapReader.Message m = reader.next(); m != null; m = reader.next()) {
        if (m.channel().topic().equals(FeedRecorder.EVENTS_TOPIC)) {
          Layout.Annotation note = read(m);
          if (note != null) {
            out.add(note);
          }
        }
      }
    }
    return out;
  }

  /** The notes {@code file} holds, or none when it cannot be read (its playback says why). */
  public static List<Layout.Annotation> inOrNone(Path file) {
    try {
      return in(file);
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
  }

  private static Layout.Annotation read(McapReader.Message m) {
    try {
      JsonNode event = JSON.readTree(m.data());
      if (!"note".equals(event.path("kind").asText()) || !event.path("at").canConvertToLong()
          || !event.path("text").isTextual()) {
        return null;
      }
      JsonNode until = event.path("until");
      return new Layout.Annotation(event.path("at").asLong(),
          until.canConvertToLong() ? until.asLong() : null, event.path("text").asText());
    } catch (IOException e) {
      // Not an event this reader knows: passed over.
      return null;
    }
  }
}
