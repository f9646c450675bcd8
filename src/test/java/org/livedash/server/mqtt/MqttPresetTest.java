package org.livedash.server.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.livedash.feed.mapping.FeedMapping;

/**
 * Each preset against the messages its devices publish ({@code src/test/resources/mqtt/}): the
 * exact series, values, times and units that come out, and nothing unmatched.
 */
class MqttPresetTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long RECEIVED = 1_800_000_000_000_000L;

  @ParameterizedTest
  @ValueSource(strings = {"generic", "tasmota", "zigbee2mqtt", "homeassistant", "thingsboard"})
  void samplesGiveExactlyTheExpectedSeriesValuesTimesAndUnits(String preset) throws Exception {
    SourceMapping source = SourceMapping.named(preset);
    FeedMapping mapping = source.compile();
    MqttEnvelope envelope = new MqttEnvelope();
    List<String> rows = new ArrayList<>();
    for (String line : resource(preset + ".jsonl").split("\n")) {
      JsonNode sample = JSON.readTree(line);
      JsonNode message = envelope.wrap(sample.get("topic").asText(),
          sample.get("payload").asText().getBytes(StandardCharsets.UTF_8),
          sample.get("retained").asBoolean());
      mapping.map(message, RECEIVED, (id, t, v, seq, sequencing) -> rows.add(id + "\t"
          + JsonNumbersText.of(v) + "\t" + (t == RECEIVED ? "arrival" : Long.toString(t)) + "\t"
          + source.describe(id, null, v).unit()));
    }
    assertThat(rows).containsExactlyElementsOf(
        List.of(resource(preset + ".expected.tsv").split("\n")));
    assertThat(mapping.tally().unmatchedMessages()).isZero();
    assertThat(mapping.tally().rejectedValues())
        .isEqualTo(preset.equals("homeassistant") ? 1 : 0);
    assertThat(source.topics()).isNotEmpty();
  }

  @Test
  void aPayloadThatIsNotJsonIsItsTextAndTheTopicIsSplitIntoLevels() {
    JsonNode n = new MqttEnvelope().wrap("a/b/c", " ON \n".getBytes(StandardCharsets.UTF_8),
        true);
    assertThat(n.at("/payload").asText()).isEqualTo("ON");
    assertThat(n.at("/levels/2").asText()).isEqualTo("c");
    assertThat(n.at("/retained").asBoolean()).isTrue();
    assertThat(new MqttEnvelope().wrap("t", new byte[MqttEnvelope.MAX_PAYLOAD_BYTES + 1], false))
        .isNull();
  }

  @Test
  void aMappingFileIsReadAndAWrongOneSaysWhyInOneLine(@TempDir Path dir) throws IOException {
    Path good = dir.resolve("plant.json");
    Files.writeString(good, """
        {"name":"plant","topics":["plant/+/telemetry"],"units":{"flow":"m³/h"},
         "mapping":{"rules":[{"series":"{/levels/1}:{value}","values":{"*":"/payload"}}]}}""");
    SourceMapping m = SourceMapping.named(good.toString());
    assertThat(m.describe("line1:flow", null, Double.NaN).unit()).isEqualTo("m³/h");
    assertThat(m.describe("line1:flow", null, Double.NaN).name()).isEqualTo("line1 flow");
    // Only the last colon parts topic and value: a tag's MAC in its topic keeps its own.
    assertThat(m.describe("ruuvi/gw-7f3a/C3:4B:1A:2D:5E:6F:pressure", null, 1008).name())
        .isEqualTo("ruuvi/gw-7f3a/C3:4B:1A:2D:5E:6F pressure");
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"name\":\"x\",\"mapping\":{\"rules\":[]},\"colour\":1}");
    assertThatThrownBy(() -> SourceMapping.named(bad.toString()))
        .hasMessageStartingWith("mapping " + bad + " is not a source mapping")
        .hasMessageNotContaining("\n");
    assertThatThrownBy(() -> SourceMapping.named("nosuch"))
        .hasMessageContaining("neither a preset (generic, tasmota");
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = Objects.requireNonNull(
        MqttPresetTest.class.getResourceAsStream("/mqtt/" + name), name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    }
  }

  /** A value as the expected files write it: no trailing ".0". */
  private static final class JsonNumbersText {
    static String of(double v) {
      return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v)
          : Double.toString(v);
    }
  }
}
