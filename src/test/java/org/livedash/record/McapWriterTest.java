package org.livedash.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The writer's own encodings, which the reference reader cannot see one by one. */
class McapWriterTest {
  @Test
  void aNumberIsWrittenAsJavaWritesIt() {
    for (long v : new long[] {0, 7, 9, 10, 99, 100, -1, -10, 1_796_360_350_918_000L,
        999_999_999_999_999_999L, Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1}) {
      LittleEndianBuffer b = new LittleEndianBuffer(1);
      b.ascii("[").decimal(v).ascii("]");
      assertThat(new String(Arrays.copyOf(b.array(), b.size()), StandardCharsets.US_ASCII))
          .isEqualTo("[" + v + "]");
    }
  }

  @Test
  void integersAreLittleEndian() {
    LittleEndianBuffer b = new LittleEndianBuffer(1);
    b.u16(0x0102).u32(0x03040506L).u64(0x0708090A0B0C0D0EL);
    assertThat(Arrays.copyOf(b.array(), b.size())).containsExactly(
        0x02, 0x01, 0x06, 0x05, 0x04, 0x03, 0x0E, 0x0D, 0x0C, 0x0B, 0x0A, 0x09, 0x08, 0x07);
  }
}
