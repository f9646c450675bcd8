package org.livedash.transport.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FragmentsTest {

  @Test
  void aMessageInSeveralFramesIsPutTogetherWithTheBytesEachFrameTookCountedOnce() {
    Fragments fragments = new Fragments();

    assertThat(fragments.add("{\"v\":\"21 °", 12, 14, false)).isNull();
    assertThat(fragments.continuing()).isTrue();
    assertThat(fragments.add("C\"}", 3, 5, true)).isEqualTo("{\"v\":\"21 °C\"}");

    assertThat(fragments.continuing()).isFalse();
    assertThat(fragments.takePayloadBytes()).isEqualTo(15);
    assertThat(fragments.takeWireBytes()).isEqualTo(19);
    assertThat(fragments.length()).isZero();
  }

  @Test
  void theCountsStartAgainForTheNextMessage() {
    Fragments fragments = new Fragments();
    fragments.add("ab", 2, 4, false);
    fragments.add("c", 1, 3, true);
    fragments.takePayloadBytes();
    fragments.takeWireBytes();

    fragments.add("de", 2, 4, false);
    assertThat(fragments.add("f", 1, 3, true)).isEqualTo("def");
    assertThat(fragments.takePayloadBytes()).isEqualTo(3);
    assertThat(fragments.takeWireBytes()).isEqualTo(7);
  }
}
