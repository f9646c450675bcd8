package org.livedash.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's recordings folder: new files named by their start, the oldest removed first. */
class RecordingFolderTest {
  private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
  private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  @TempDir
  Path dir;

  private Path file(String name, int size, Duration age) throws Exception {
    Path f = Files.write(dir.resolve(name), new byte[size]);
    Files.setLastModifiedTime(f, FileTime.from(NOW.minus(age)));
    return f;
  }

  @Test
  void recordingsOlderThanKeptAreRemovedAndNothingElse() throws Exception {
    Path old = file("livedash-2026-11-20T10-00-00.mcap", 10, Duration.ofDays(14));
    Path recent = file("livedash-2026-12-03T10-00-00.mcap", 10, Duration.ofDays(1));
    Path other = file("notes.mcap", 10, Duration.ofDays(30));
    RecordingFolder folder = new RecordingFolder(dir, clock);
    assertThat(folder.prune(Duration.ofDays(7), 1_000_000, 0, Set.of())).isEqualTo(1);
    assertThat(old).doesNotExist();
    assertThat(recent).exists();
    assertThat(other).as("not one of the folder's recordings").exists();
  }

  @Test
  void theOldestGoFirstUntilAllTogetherFitWithRoomForTheNext() throws Exception {
    Path a = file("livedash-a.mcap", 400, Duration.ofHours(3));
    Path b = file("livedash-b.mcap", 400, Duration.ofHours(2));
    Path c = file("livedash-c.mcap", 400, Duration.ofHours(1));
    RecordingFolder folder = new RecordingFolder(dir, clock);
    assertThat(folder.prune(Duration.ofDays(7), 1_000, 300, Set.of())).isEqualTo(2);
    assertThat(a).doesNotExist();
    assertThat(b).doesNotExist();
    assertThat(c).exists();
  }

  @Test
  void theFileBeingWrittenIsCountedButNeverRemoved() throws Exception {
    Path a = file("livedash-a.mcap", 400, Duration.ofDays(30));
    Path c = file("livedash-c.mcap", 400, Duration.ofHours(1));
    Path writing = file("livedash-d.mcap", 1_200, Duration.ofMinutes(1));
    RecordingFolder folder = new RecordingFolder(dir, clock);
    assertThat(folder.prune(Duration.ofDays(7), 1_000, 0, Set.of(writing))).isEqualTo(2);
    assertThat(a).doesNotExist();
    assertThat(c).doesNotExist();
    assertThat(writing).as("alone past the bound, but being written").exists();
  }

  @Test
  void aNewRecordingIsNamedByItsStartAndNeverReplacesOne() throws Exception {
    RecordingFolder folder = new RecordingFolder(dir.resolve("recordings"), clock);
    Path first = folder.next();
    assertThat(first.getFileName().toString()).isEqualTo("livedash-2026-12-04T10-00-00.mcap");
    Files.writeString(first, "x");
    assertThat(folder.next().getFileName().toString())
        .isEqualTo("livedash-2026-12-04T10-00-00-2.mcap");
  }

  @Test
  void everyFeedsFileBeingWrittenIsKept() throws Exception {
    Path old = file("livedash-a.mcap", 400, Duration.ofDays(30));
    // A feed beside the first, quiet for two hours: its file is older, and still written.
    Path quiet = file("livedash-b.mcap", 400, Duration.ofHours(2));
    Path first = file("livedash-c.mcap", 400, Duration.ofMinutes(1));
    RecordingFolder folder = new RecordingFolder(dir, clock);
    assertThat(folder.prune(Duration.ofDays(7), 500, 0, Set.of(first, quiet))).isEqualTo(1);
    assertThat(old).doesNotExist();
    assertThat(quiet).exists();
    assertThat(first).exists();
  }
}
