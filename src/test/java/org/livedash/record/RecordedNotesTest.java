package org.livedash.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.livedash.model.Layout;
import org.livedash.model.SeriesKind;
import org.livedash.model.SeriesMeta;
import org.livedash.model.SeriesStore;

/** The notes marked while a feed was recorded are in its recording, read back as marked. */
class RecordedNotesTest {
  @TempDir
  Path dir;

  @Test
  void notesMarkedWhileRecordingAreReadBackFromTheFile() throws Exception {
    Path file = dir.resolve("livedash-run.mcap");
    SeriesStore store = new SeriesStore(100);
    store.setCatalogue(List.of(SeriesMeta.of("boiler", "Boiler", "°C", SeriesKind.SENSOR, 0,
        100)));
    FeedRecorder recorder = FeedRecorder.start(file, "LiveDash test", System::nanoTime);
    store.tap(recorder);
    long t = System.currentTimeMillis() * 1000 - 60_000_000L;
    store.write(w -> w.offer("boiler", 1, t, 60));
    Layout.Annotation instant = new Layout.Annotation(t, null, "valve \"B\" opened\nby hand");
    Layout.Annotation span = new Layout.Annotation(t + 1_000_000, t + 9_000_000,
        "purge · 8 s");
    recorder.notes().annotation(instant, t + 100);
    recorder.notes().annotation(span, t + 200);
    store.write(w -> w.offer("boiler", 2, t + 2_000_000, 61));
    store.tap(org.livedash.model.StoreTap.NONE);
    recorder.close();

    assertThat(RecordedNotes.in(file)).containsExactly(instant, span);
    assertThat(RecordedNotes.inOrNone(dir.resolve("none.mcap"))).isEmpty();
    Path cut = dir.resolve("cut.mcap");
    byte[] whole = Files.readAllBytes(file);
    Files.write(cut, java.util.Arrays.copyOf(whole, 40));
    assertThat(RecordedNotes.inOrNone(cut)).as("a file cut short: what it holds").isEmpty();
  }
}
