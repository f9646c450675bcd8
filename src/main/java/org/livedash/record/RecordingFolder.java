package org.livedash.record;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.livedash.model.Reason;

/**
 * The folder where the window keeps a recording of every run: a new file for each, named by when
 * it began, and the oldest removed first once they are older than they may be kept or larger in
 * all than allowed. Only the folder's own recordings ({@code livedash-*.mcap}) are ever removed.
 */
public final class RecordingFolder {
  private static final Logger LOG = Logger.getLogger(RecordingFolder.class.getName());
  private static final DateTimeFormatter NAME =
      DateTimeFormatter.ofPattern("'livedash-'yyyy-MM-dd'T'HH-mm-ss'.mcap'");

  private final Path dir;
  private final Clock clock;

  public RecordingFolder(Path dir, Clock clock) {
    this.dir = dir;
    this.clock = clock;
  }

  /** Where the recordings are. */
  public Path dir() {
    return dir;
  }

  /**
   * Removes recordings older than {@code keep}, then the oldest while all of them together pass
   * {@code keepBytes} with {@code room} more to come; returns how many were removed. The files
   * being written ({@code writing}: a window records each of its feeds) are counted but never
   * removed.
   */
  public int prune(Duration keep, long keepBytes, long room, Set<Path> writing)
      throws IOException {
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    record Kept(Path file, long modified, long size) {}
    List<Kept> files = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        String name = p.getFileName().toString();
        if (name.startsWith("livedash-") && name.endsWith(".mcap") && Files.isRegularFile(p)) {
          files.add(new Kept(p, Files.getLastModifiedTime(p).toMillis(), Files.size(p)));
        }
      }
    }
    files.sort(Comparator.comparingLong(Kept::modified));
    long total = files.stream().mapToLong(Kept::size).sum();
    long oldest = clock.millis() - keep.toMillis();
    int removed = 0;
    for (Kept k : files) {
      if (k.modified() >= oldest && total + room <= keepBytes) {
        break;
      }
      if (writing.contains(k.file())) {
        continue;
      }
      try {
        Files.delete(k.file());
        total -= k.size();
        removed++;
      } catch (IOException e) {
        LOG.warning(Reason.of("record.notRemoved", k.file(), Reason.why(e)).english());
      }
    }
    return removed;
  }

  /**
   * The folder's newest recordings but {@code except}, up to {@code n} of them and
   * {@code maxBytes} together, oldest first: what the last runs recorded.
   */
  public List<Path> newest(int n, Path except, long maxBytes) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    List<Path> all = recordings();
    all.remove(except);
    java.util.Collections.reverse(all);
    List<Path> kept = new ArrayList<>();
    long bytes = 0;
    for (Path p : all) {
      bytes += Files.size(p);
      if (kept.size() == n || bytes > maxBytes) {
        break;
      }
      kept.add(0, p);
    }
    return kept;
  }

  /**
   * The folder's recordings last written at or after {@code sinceMillis} (epoch ms): those that
   * can hold readings from then on, oldest first.
   */
  public List<Path> writtenSince(long sinceMillis) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    List<Path> all = recordings();
    all.removeIf(p -> p.toFile().lastModified() < sinceMillis);
    return all;
  }

  /** The folder's recordings, oldest first by when they were last written. */
  private List<Path> recordings() throws IOException {
    List<Path> all = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      s.filter(p -> p.getFileName().toString().startsWith("livedash-")
          && p.getFileName().toString().endsWith(".mcap") && Files.isRegularFile(p))
          .forEach(all::add);
    }
    all.sort(Comparator.comparingLong((Path p) -> p.toFile().lastModified()));
    return all;
  }

  /** A new recording's file, named by this moment (made unique if one already has the name). */
  public Path next() throws IOException {
    return next("");
  }

  /**
   * A new recording's file for one of several feeds recorded at once, named by this moment and
   * {@code tag} ({@code livedash-2026-12-05T10-15-00-feed2.mcap}), so it never takes the name
   * of another feed's file or of the next files a recording goes on in.
   */
  public Path next(String tag) throws IOException {
    Files.createDirectories(dir);
    String name = LocalDateTime.now(clock).format(NAME);
    if (!tag.isEmpty()) {
      name = name.replace(".mcap", "-" + tag + ".mcap");
    }
    Path file = dir.resolve(name);
    for (int n = 2; Files.exists(file); n++) {
      file = dir.resolve(name.replace(".mcap", "-" + n + ".mcap"));
    }
    return file;
  }
}
