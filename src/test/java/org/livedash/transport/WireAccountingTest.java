package org.livedash.transport;

import org.livedash.feed.Utf8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.livedash.feed.FrameWriter;
import org.livedash.feed.Update;

/** Byte counts against sums done by hand. */
class WireAccountingTest {

  @Test
  void webSocketFrameHeaderGrowsWithThePayloadLength() {
    assertThat(WireSize.webSocketHeader(125, false)).isEqualTo(2);
    assertThat(WireSize.webSocketHeader(126, false)).isEqualTo(4);
    assertThat(WireSize.webSocketHeader(65_535, false)).isEqualTo(4);
    assertThat(WireSize.webSocketHeader(65_536, false)).isEqualTo(10);
    assertThat(WireSize.webSocketHeader(10, true)).isEqualTo(6);
  }

  @Test
  void countsUtf8BytesNotCharacters() {
    assertThat(Utf8.length("°C")).isEqualTo(3);
    assertThat(Utf8.length("CO₂")).isEqualTo(5);
    assertThat(Utf8.length("a😀")).isEqualTo(5);
  }

  @Test
  void oneUpdateInAPushedFrameCostsItsJsonPlusTwoBytes() {
    FrameWriter frames = new FrameWriter();
    String frame = frames.batchFrame(
        List.of(frames.encodeUpdate(Update.of(42, "temperature", 1_700_000_000_000_000L, 21.5))),
        -1, false, -1, -1);
    String byHand = "{\"type\":\"batch\",\"updates\":[{\"seq\":42,\"id\":\"temperature\","
        + "\"t\":1700000000000000,\"v\":21.5}]}";
    assertThat(frame).isEqualTo(byHand);
    long payload = Utf8.length(frame);
    assertThat(payload).isEqualTo(88);
    assertThat(payload + WireSize.webSocketHeader(payload, false)).isEqualTo(90);
  }
}
