package org.livedash.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

  @Test
  void aChannelThatTakesAFewBytesAtATimeStillGetsThemAll() throws Exception {
    ByteArrayOutputStream written = new ByteArrayOutputStream();
    WritableByteChannel stingy = new WritableByteChannel() {
      @Override
      public int write(ByteBuffer src) {
        int n = Math.min(3, src.remaining());
        byte[] part = new byte[n];
        src.get(part);
        written.writeBytes(part);
        return n;
      }

      @Override
      public boolean isOpen() {
        return true;
      }

      @Override
      public void close() {
      }
    };
    byte[] content = new byte[1000];
    Arrays.fill(content, (byte) 'x');
    AtomicFile.writeFully(stingy, ByteBuffer.wrap(content));
    assertThat(written.toByteArray()).isEqualTo(content);
  }

  @Test
  void aSaveReplacesTheFileWholeAndLeavesNoTemporaryBeside(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("nested").resolve("settings.json");
    AtomicFile.write(file, "{\"a\":1}".getBytes());
    AtomicFile.write(file, "{\"a\":2}".getBytes());
    assertThat(Files.readString(file)).isEqualTo("{\"a\":2}");
    try (var entries = Files.list(file.getParent())) {
      assertThat(entries).containsExactly(file);
    }
  }
}
