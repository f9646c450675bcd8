package org.livedash.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.livedash.model.InvalidInputException;

/** The reader a replay plays from: what the writer wrote, in order, and a cut file to its cut. */
class McapReaderTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir
  Path dir;

  private static List<McapReader.Message> all(byte[] file) throws Exception {
    List<McapReader.Message> out = new ArrayList<>();
    try (McapReader r = new McapReader(new ByteArrayInputStream(file))) {
      for (McapReader.Message m = r.next(); m != null; m = r.next()) {
        out.add(m);
      }
    }
    return out;
  }

  @Test
  void readsEveryMessageInTheOrderWrittenWithItsChannel() throws Exception {
    Path file = dir.resolve("feed.mcap");
    List<FeedRecordingTest.Offered> offered = FeedRecordingTest.recordThreeWrites(file, 10);
    List<FeedRecordingTest.Offered> read = new ArrayList<>();
    List<String> events = new ArrayList<>();
    for (McapReader.Message m : all(Files.readAllBytes(file))) {
      JsonNode data = JSON.readTree(m.data());
      if (m.channel().topic().equals(FeedRecorder.EVENTS_TOPIC)) {
        events.add(data.get("kind").asText());
        continue;
      }
      assertThat(m.channel().schemaName()).isEqualTo("livedash.Reading");
      assertThat(m.publishTimeNanos()).isEqualTo(data.get("t").asLong() * 1000);
      read.add(new FeedRecordingTest.Offered(m.channel().metadata().get("id"),
          data.get("seq").asLong(), data.get("t").asLong(), data.get("value").asDouble()));
    }
    assertThat(read).containsExactlyElementsOf(offered);
    assertThat(events).containsExactly("stream", "hole");
  }

  @Test
  void aFileCutShortIsReadToItsCutAndSomethingElseIsRefused() throws Exception {
    Path file = dir.resolve("feed.mcap");
    FeedRecordingTest.recordThreeWrites(file, 10);
    byte[] whole = Files.readAllBytes(file);
    int n = all(whole).size();
    for (int cut : new int[] {whole.length - 1, whole.length / 2, 100, 8}) {
      List<McapReader.Message> part = all(Arrays.copyOf(whole, cut));
      assertThat(part.size()).as("cut at %d", cut).isLessThanOrEqualTo(n);
    }
    assertThat(all(Arrays.copyOf(whole, whole.length - 1))).hasSize(n);
    assertThatThrownBy(() -> all("{\"not\":\"mcap\"}".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("not an MCAP recording");
  }
}
