package org.livedash.app;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Writes a file so that a reader (or the next start, after a kill mid-save) sees the old
 * contents or the new, never a part: a temporary file beside it, forced to disk, then renamed
 * over it. And moves a file that cannot be read aside, so it is kept rather than overwritten.
 */
final class AtomicFile {
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);

  private AtomicFile() {}

  static void write(Path file, byte[] content) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
    try {
      try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.WRITE,
          StandardOpenOption.TRUNCATE_EXISTING)) {
        out.write(ByteBuffer.wrap(content));
        out.force(true);
      }
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** Moves an unreadable file aside; returns where it went, or null when it could not. */
  static Path keepAside(Path file) {
    Path aside = file.resolveSibling(file.getFileName() + ".unreadable-"
        + STAMP.format(LocalDateTime.now()));
    try {
      Files.move(file, aside);
      return aside;
    } catch (IOException e) {
      return null;
    }
  }
}
