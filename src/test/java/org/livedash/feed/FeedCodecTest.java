package org.livedash.feed;

import static org.assertj.core.api.Assertions.assertThat;

import org.livedash.i18n.Texts;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.livedash.model.SeriesKind;
import org.livedash.model.SeriesMeta;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FeedCodecTest {
  private final FeedCodec codec = new FeedCodec();
  private final FrameWriter frames = new FrameWriter();

  @Test
  void membersInAnyOrderReadAsInTheOrderServersWriteThem() {
    DecodedFrame f = codec.decode("{\"type\":\"batch\",\"updates\":["
        + "{\"seq\":1,\"id\":\"a\",\"t\":5,\"v\":1.5,\"vol\":2},"
        + "{\"v\":1.5,\"vol\":2,\"t\":5,\"x\":[1,{\"seq\":9}],\"id\":\"a\",\"seq\":2},"
        + "{\"seq\":3,\"t\":5,\"id\":\"a\",\"v\":1.5,\"vol\":2,\"note\":\"x\"}]}");
    assertThat(f.rejections()).isEmpty();
    assertThat(f.unknownFields()).isEqualTo(2);
    assertThat(f.updates()).containsExactly(new Update(1, "a", 5, 1.5, 2),
        new Update(2, "a", 5, 1.5, 2), new Update(3, "a", 5, 1.5, 2));
  }

  @Test
  void aSeriesIdRepeatedInAFrameIsOneString() {
    DecodedFrame f = codec.decode(frames.batchFrame(List.of(
        frames.encodeUpdate(Update.of(1, "pressure", 5, 1)),
        frames.encodeUpdate(Update.of(2, "flow", 5, 1)),
        frames.encodeUpdate(Update.of(3, "pressure", 6, 1))), -1, false, -1, -1));
    assertThat(f.updates().seriesId(2)).isEqualTo("pressure").isSameAs(f.updates().seriesId(0));
  }

  @Test
  void decodesWhatItEncodes() {
    String a = frames.encodeUpdate(new Update(7, "temperature", 1_700_000_000_000_123L, 21.5,
        Double.NaN));
    String b = frames.encodeUpdate(new Update(8, "ACME", 1_700_000_000_000_456L, 182.4, 300));
    DecodedFrame f = codec.decode(frames.batchFrame(List.of(a, b), 8, false, -1, -1));
    assertThat(f.type()).isEqualTo(FrameType.BATCH);
    assertThat(f.rejections()).isEmpty();
    assertThat(f.last()).isEqualTo(8);
    assertThat(f.updates()).containsExactly(
        new Update(7, "temperature", 1_700_000_000_000_123L, 21.5, Double.NaN),
        new Update(8, "ACME", 1_700_000_000_000_456L, 182.4, 300));
  }

  @Test
  void seriesAddedWhileRunningComeWithTheirFirstUpdateAndInTheHello() {
    CatalogueCodec catalogue = new CatalogueCodec();
    SeriesMeta meta = SeriesMeta.of("plant/l1:temp", "Line 1", "°C", SeriesKind.SENSOR, 0, 90);
    String a = frames.encodeUpdate(new Update(1, "plant/l1:temp", 5, 21.5, Double.NaN));
    DecodedFrame batch = codec.decode(frames.batchFrame(List.of(a),
        List.of(catalogue.encodeEntry(meta), "{\"name\":\"no id\"}", "7"), null, -1, false,
        -1, -1));
    assertThat(batch.series()).containsExactly(meta);
    assertThat(batch.rejections()).hasSize(2);
    assertThat(batch.updates()).hasSize(1);
    assertThat(batch.unknownFields()).isZero();
    DecodedFrame hello = codec.decode(frames.helloFrame("relay", "s1", 1, 1000, 1,
        List.of(catalogue.encodeEntry(meta))));
    assertThat(hello.series()).containsExactly(meta);
    assertThat(hello.last()).isEqualTo(1);
    assertThat(codec.decode(frames.helloFrame("demo", "s1", 42, 1000, 1)).series()).isEmpty();
  }

  @Test
  void readsTheServersByteCountsInAHeartbeatAndLeavesThemOutOfItsOwnSize() {
    String plain = frames.heartbeatFrame(1_000, 5);
    String reported = FrameWriter.withWire(plain, 158, 70_204);
    DecodedFrame f = codec.decode(reported);
    assertThat(f.hasWire()).isTrue();
    assertThat(f.wireIn()).isEqualTo(158);
    assertThat(f.wireOut()).isEqualTo(70_204);
    assertThat(f.unknownFields()).isZero();
    assertThat(reported.length() - FrameWriter.wireMember(158, 70_204).length())
        .isEqualTo(plain.length());
    assertThat(codec.decode(plain).hasWire()).isFalse();
  }

  @Test
  void decodesControlFrames() {
    DecodedFrame hello = codec.decode(frames.helloFrame("demo", "s1", 42, 1000, 1));
    assertThat(hello.type()).isEqualTo(FrameType.HELLO);
    assertThat(hello.last()).isEqualTo(42);
    assertThat(hello.heartbeatMillis()).isEqualTo(1000);
    DecodedFrame gap = codec.decode(frames.gapFrame(5, 9));
    assertThat(gap.hasGap()).isTrue();
    assertThat(gap.gapTo()).isEqualTo(9);
    DecodedFrame beat = codec.decode(frames.heartbeatFrame(123, 44));
    assertThat(beat.serverTimeMicros()).isEqualTo(123);
    DecodedFrame error = codec.decode(frames.errorFrame("bad-request", "no"));
    assertThat(error.errorMessage()).isEqualTo("no");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{not json",
      "[1,2,3]",
      "\"batch\"",
      "{\"type\":\"batch\",\"updates\":[{\"seq\":1,\"id\":\"a\",\"t\":1,\"v\":NaN}]}",
      "{\"type\":\"batch\",\"updates\":[]} trailing",
      "{\"type\":\"nonsense\"}",
      "{\"updates\":[]}",
      "{\"type\":\"batch\"}",
      ""})
  void rejectsAFrameThatIsNotAProtocolMessageAsAWhole(String text) {
    DecodedFrame f = codec.decode(text);
    assertThat(f.isRejected()).isTrue();
    assertThat(f.rejections()).hasSize(1);
    assertThat(f.updates()).isEmpty();
  }

  @Test
  void rejectsBadUpdatesButKeepsTheGoodOnesOfTheSameFrame() {
    String frame = "{\"type\":\"batch\",\"updates\":["
        + "{\"seq\":1,\"id\":\"a\",\"t\":10,\"v\":1.0},"
        + "{\"seq\":2,\"id\":\"a\",\"t\":10,\"v\":\"high\"},"
        + "{\"seq\":3,\"id\":\"a\",\"t\":10},"
        + "{\"seq\":4,\"t\":10,\"v\":1},"
        + "{\"seq\":0,\"id\":\"a\",\"t\":10,\"v\":1},"
        + "{\"seq\":6,\"id\":\"a\",\"t\":-5,\"v\":1},"
        + "{\"seq\":\"7\",\"id\":\"a\",\"t\":10,\"v\":1},"
        + "{\"seq\":8,\"id\":\"a\",\"t\":10,\"v\":1e999},"
        + "42,"
        + "{\"seq\":10,\"id\":\"a\",\"t\":10,\"v\":2.0}]}";
    DecodedFrame f = codec.decode(frame);
    assertThat(f.isRejected()).isFalse();
    assertThat(f.updates()).extracting(Update::seq).containsExactly(1L, 10L);
    assertThat(f.rejections()).hasSize(8);
    assertThat(f.rejections()).anyMatch(r -> Texts.of(r).contains("'v' is not a number"));
    assertThat(f.rejections()).anyMatch(r -> Texts.of(r).contains("missing field 'v'"));
    assertThat(f.rejections()).anyMatch(r -> Texts.of(r).contains("missing field 'id'"));
    assertThat(f.rejections()).anyMatch(r -> Texts.of(r).contains("not finite"));
  }

  @Test
  void skipsAndCountsUnknownFieldsWithoutRejecting() {
    DecodedFrame f = codec.decode("{\"type\":\"batch\",\"source\":{\"x\":[1]},\"updates\":["
        + "{\"seq\":1,\"id\":\"a\",\"t\":10,\"v\":1.0,\"quality\":\"good\"}]}");
    assertThat(f.updates()).hasSize(1);
    assertThat(f.rejections()).isEmpty();
    assertThat(f.unknownFields()).isEqualTo(2);
  }

  @Test
  void refusesFramesAboveTheSizeLimitWithoutParsing() {
    String huge = "{\"type\":\"batch\",\"updates\":[" + " ".repeat(FeedCodec.MAX_FRAME_CHARS)
        + "]}";
    assertThat(Texts.of(codec.decode(huge).rejections().get(0))).contains("too large");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"seq\":[1,2],\"id\":\"a\",\"t\":1,\"v\":1}",
      "{\"seq\":1,\"id\":{\"x\":1},\"t\":1,\"v\":1}",
      "{\"seq\":1,\"id\":\"a\",\"t\":[[3]],\"v\":1}",
      "{\"seq\":1,\"id\":\"a\",\"t\":1,\"v\":{\"v\":[1,{\"v\":2}]}}",
      "{\"seq\":1,\"id\":\"a\",\"t\":1,\"v\":1,\"vol\":[1]}",
      "{\"seq\":99999999999999999999999,\"id\":\"a\",\"t\":1,\"v\":1}",
      "{\"seq\":1,\"id\":\"a\",\"t\":1,\"v\":\"NaN\"}"})
  void anUpdateWithAValueOfTheWrongShapeIsRejectedAloneAndTheRestOfTheFrameKept(String bad) {
    String frame = "{\"type\":\"batch\",\"updates\":[{\"seq\":7,\"id\":\"a\",\"t\":1,\"v\":1},"
        + bad + ",{\"seq\":9,\"id\":\"b\",\"t\":2,\"v\":2}],\"last\":9}";
    DecodedFrame f = codec.decode(frame);
    assertThat(f.isRejected()).isFalse();
    assertThat(f.rejections()).hasSize(1);
    assertThat(f.updates()).extracting(Update::seq).containsExactly(7L, 9L);
    assertThat(f.last()).isEqualTo(9);
  }

  @Test
  void controlFieldsOfTheWrongShapeDoNotDerailTheFrame() {
    DecodedFrame f = codec.decode("{\"type\":{\"a\":[1]},\"last\":[5],\"type\":\"batch\","
        + "\"stream\":[\"x\"],\"updates\":[{\"seq\":1,\"id\":\"a\",\"t\":1,\"v\":1}]}");
    assertThat(f.type()).isEqualTo(FrameType.BATCH);
    assertThat(f.last()).isEqualTo(-1);
    assertThat(f.stream()).isNull();
    assertThat(f.updates()).hasSize(1);
  }

  @Test
  void readsTheStreamOfAHelloAndOfAPollingAnswer() {
    assertThat(codec.decode(frames.helloFrame("demo", "k9", 4, 1000, 1)).stream())
        .isEqualTo("k9");
    assertThat(codec.decode(frames.batchFrame(List.of(), "k9", 4, false, -1, -1)).stream())
        .isEqualTo("k9");
    assertThat(codec.decode("{\"type\":\"hello\",\"last\":1,\"stream\":\"" + "x".repeat(65)
        + "\"}").stream()).isNull();
  }

  @Test
  void decodesUtf8BytesLikeText() {
    String text = frames.batchFrame(List.of(frames.encodeUpdate(Update.of(3, "CO₂", 5, 1.5))),
        "s", 3, false, -1, -1);
    assertThat(codec.decode(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        .isEqualTo(codec.decode(text));
    assertThat(codec.decode(new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', '}'})
        .isRejected()).isTrue();
  }
}
