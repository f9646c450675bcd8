package org.livedash.client;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Logger;
import org.livedash.model.Reason;
import org.livedash.model.SeriesRing;
import org.livedash.record.FeedRecorder;
import org.livedash.record.RecordedSamples;
import org.livedash.record.RecordingFolder;
import org.livedash.ui.Playback;
import org.livedash.ui.chart.RecordedHistory;

/**
 * Where the window's charts find what their rings no longer hold: the feed shown, as this run
 * and the runs before it recorded it (the recordings folder, and this run's files wherever they
 * are), or the recording played. Read on the background executor.
 */
final class RecordedFeedHistory implements RecordedHistory {
  private static final Logger LOG = Logger.getLogger(RecordedFeedHistory.class.getName());
  private final AppContext context;
  private final RecordingFolder folder;

  RecordedFeedHistory(AppContext context, Path recordings) {
    this.context = context;
    this.folder = new RecordingFolder(recordings, java.time.Clock.systemUTC());
  }

  @Override
  public CompletableFuture<SeriesRing> read(String id, long fromMicros, long toMicros,
      long columnMicros) {
    return CompletableFuture.supplyAsync(() -> {
      Playback played = context.replays().current();
      List<Path> files = List.of();
      try {
        files = played != null ? List.of(played.file()) : recordingsFrom(fromMicros);
        return RecordedSamples.read(files, played != null ? null : context.pipeline().viewKey(),
            id, fromMicros, toMicros, columnMicros);
      } catch (IOException e) {
        // Drawn as nothing there, and said in the log: a recording that cannot be read back.
        LOG.warning(Reason.of("replay.unreadable", files, Reason.why(e)).english());
        return new SeriesRing(1);
      }
    }, context.backgroundExecutor());
  }

  /** The recordings that can hold readings from {@code fromMicros} on, oldest first. */
  private List<Path> recordingsFrom(long fromMicros) throws IOException {
    List<Path> files = new ArrayList<>(folder.writtenSince(fromMicros / 1000));
    FeedRecorder r = context.recorder();
    if (r != null) {
      // This run's last, wherever it records (--record).
      files.removeAll(r.files());
      files.addAll(r.files());
    }
    return files;
  }
}
