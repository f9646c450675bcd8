package org.livedash.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.livedash.client.AppContext;
import org.livedash.client.FeedAccess;
import org.livedash.client.LaunchOptions;
import org.livedash.model.ConnectionState;
import org.livedash.model.FeedMode;
import org.livedash.record.FeedRecorder;
import org.livedash.record.McapReader;

/**
 * A recording tells the connection's life among the readings: connecting, live, down when the
 * user disconnected — once each state, not once each status the window shows.
 */
class RecordedConnectionTest {
  @TempDir
  Path dir;

  @Test
  void theConnectionsStatesAreEventsOfTheRecording() throws Exception {
    Path file = dir.resolve("run.mcap");
    LaunchOptions options = new LaunchOptions(null, FeedMode.WS, Duration.ofMillis(200),
        LaunchOptions.Theme.DARK, 20, null, null, true, false, FeedAccess.standard(), null, null)
        .recordingTo(file);
    try (AppContext context = AppContext.start(options)) {
      await().atMost(Duration.ofSeconds(10)).until(() -> context.supervisor().status().state()
          == ConnectionState.LIVE && context.store().resumePoint().afterSeq() > 20);
      context.supervisor().disconnect();
      await().atMost(Duration.ofSeconds(5)).until(() -> context.supervisor().status().state()
          == ConnectionState.DOWN);
    }
    List<String> states = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    try (InputStream in = Files.newInputStream(file);
        McapReader reader = new McapReader(in)) {
      for (McapReader.Message m = reader.next(); m != null; m = reader.next()) {
        if (m.channel().topic().equals(FeedRecorder.EVENTS_TOPIC)) {
          JsonNode e = json.readTree(m.data());
          if (e.path("kind").asText().equals("connection")) {
            assertThat(e.path("mode").asText()).isEqualTo("ws");
            states.add(e.path("state").asText());
          }
        }
      }
    }
    assertThat(states).containsSubsequence("live", "down");
    assertThat(states).doesNotHaveDuplicates();
  }
}
