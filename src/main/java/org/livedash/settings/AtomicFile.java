package org.livedash.settings;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
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
 * contents or the new, never a part: a temporary file beside it, written whole and forced to
 * disk, renamed over it, then the directory forced too so the rename itself survives a power
 * cut. And moves a file that cannot be read aside, so it is kept rather than overwritten.
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
        writeFully(out, ByteBuffer.wrap(content));
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
    forceDirectory(dir);
  }

  /** A channel may write less than it is given: writes until nothing is left. */
  static void writeFully(WritableByteChannel out, ByteBuffer content) throws IOException {
    while (content.hasRemaining()) {
      out.write(content);
    }
  }

  /**
   * Forces the directory's entries to disk, where the platform can (POSIX); on Windows a
   * directory cannot be opened for that and the rename is durable by the file system's journal.
   */
  private static void forceDirectory(Path dir) {
    try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
      d.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // Not possible here: the file's own contents were forced before the rename.
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
