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

  /** Three chunks of messages a second apart (publish times), the middle one log-time only. */
  private static Path threeChunks(Path file) throws Exception {
    long start = 1_796_000_000_000_000L;
    try (java.io.OutputStream out = Files.newOutputStream(file);
        McapWriter mcap = new McapWriter(out, "", "test")) {
      int c = mcap.channel(mcap.schema("s", "jsonschema", "{}".getBytes()), "/s", "json",
          java.util.Map.of());
      byte[] data = "{\"value\":1}".getBytes(StandardCharsets.UTF_8);
      for (int chunk = 0; chunk < 3; chunk++) {
        for (int i = 0; i < 4; i++) {
          long micros = start + (chunk * 4 + i) * 1_000_000L;
          // Logged a little after it happened; the middle chunk has no publish times.
          mcap.message(c, i, (micros + 500) * 1000, chunk == 1 ? 0 : micros * 1000, data,
              data.length);
        }
        mcap.flushChunk();
      }
    }
    return file;
  }

  @Test
  void aFilesSpanIsReadFromItsFirstAndLastChunksOnly() throws Exception {
    long start = 1_796_000_000_000_000L;
    Path file = threeChunks(dir.resolve("span.mcap"));
    assertThat(McapReader.span(file)).isEqualTo(new McapReader.Span(start, start + 11_000_000L));
    // Cut in its last chunk (as a killed recorder leaves it): the span ends where it can be read.
    byte[] whole = Files.readAllBytes(file);
    List<McapReader.Message> all = all(whole);
    assertThat(all).hasSize(12);
    Path cut = dir.resolve("cut.mcap");
    long lastChunk = lastChunkOffset(whole);
    Files.write(cut, Arrays.copyOf(whole, (int) lastChunk + 40));
    assertThat(McapReader.span(cut)).isEqualTo(
        new McapReader.Span(start, start + 7_000_000L + 500));
    Path empty = dir.resolve("empty.mcap");
    Files.write(empty, Arrays.copyOf(whole, McapWriter.MAGIC.length));
    assertThat(McapReader.span(empty)).isEqualTo(new McapReader.Span(0, 0));
  }

  /** Where the last chunk record of a whole file begins. */
  private static long lastChunkOffset(byte[] file) {
    java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(file).order(java.nio.ByteOrder.LITTLE_ENDIAN);
    long at = McapWriter.MAGIC.length;
    long last = -1;
    while (at + 9 <= file.length) {
      int op = file[(int) at] & 0xFF;
      long length = b.getLong((int) at + 1);
      if (op == 0x06) {
        last = at;
      }
      if (op == 0x0F) {
        break;
      }
      at += 9 + length;
    }
    return last;
  }
}
