package org.livedash.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.livedash.client.AppContext;
import org.livedash.client.LaunchOptions;
import org.livedash.client.WindowFeeds;
import org.livedash.model.Reason;
import org.livedash.record.FeedRecorder;
import org.livedash.record.RecordingFolder;
import org.livedash.settings.Settings;

/**
 * What a window records: each of its feeds — the first and every one beside it — into a file
 * of its own in the recordings folder, unless the settings turn recording off, {@code --record}
 * names a file or a recording is played back. The folder is kept within the settings' bound
 * when the window starts and each time a recording begins a next file; no file being written is
 * ever removed. A folder that cannot be written costs the recording, said in the log, never the
 * window; a recording is closed whole however the window ends.
 */
final class WindowRecordings implements WindowFeeds.Recording {
  private static final Logger LOG = Logger.getLogger(WindowRecordings.class.getName());
  private final RecordingFolder folder;
  /** The bound kept while the window records into the folder; null when it does not. */
  private volatile RecordingRetention retention;
  private final Set<FeedRecorder> recorders = ConcurrentHashMap.newKeySet();
  /**
   * Whether the window records an embedded demo already: a second demo beside it is not
   * recorded, as both would be the feed "demo" in the recordings and a chart read back from
   * them would draw the two demos' readings as one series.
   */
  private final AtomicBoolean demoRecorded = new AtomicBoolean();
  /** Feeds beside the first given a file so far. */
  private final AtomicInteger beside = new AtomicInteger(1);

  WindowRecordings(RecordingFolder folder) {
    this.folder = folder;
  }

  /**
   * The first feed's options: recording into the folder by default (after removing what is
   * older or more than it may keep), or as given.
   */
  LaunchOptions first(LaunchOptions options, Settings.Recording recording) {
    boolean replaying = options.embeddedSource() != null
        && options.embeddedSource().playClock() != null;
    if (options.record() != null || !recording.enabled() || replaying) {
      return options;
    }
    try {
      RecordingRetention kept = new RecordingRetention(folder, recording);
      kept.keepWithin(Set.of());
      retention = kept;
      demoRecorded.set(isDemo(options));
      return options.recordingTo(folder.next());
    } catch (IOException e) {
      LOG.warning(Reason.of("record.noFolder", folder.dir(), Reason.why(e)).english());
      return options;
    }
  }

  /**
   * A feed beside the first records into a file of its own when the first does: the window's
   * second feed's {@code …-feed2.mcap}, its third's {@code …-feed3.mcap}; a second embedded demo
   * is not recorded.
   */
  @Override
  public LaunchOptions options(LaunchOptions feed) {
    if (retention == null || feed.record() != null
        || isDemo(feed) && !demoRecorded.compareAndSet(false, true)) {
      return feed;
    }
    try {
      return feed.recordingTo(folder.next("feed" + beside.incrementAndGet()));
    } catch (IOException e) {
      LOG.warning(Reason.of("record.noFolder", folder.dir(), Reason.why(e)).english());
      return feed;
    }
  }

  /**
   * A feed started: its recording, if it has one, is closed whole when the process ends by a
   * signal (a logout, Ctrl+C, kill), and the folder kept within bounds at each of its files.
   */
  @Override
  public void begun(AppContext feed) {
    FeedRecorder recorder = feed.recorder();
    if (recorder == null) {
      return;
    }
    recorders.add(recorder);
    Runtime.getRuntime().addShutdownHook(new Thread(recorder::close, "close-recording"));
    recorder.onNextFile(next -> {
      RecordingRetention kept = retention;
      if (kept != null) {
        kept.keepWithinOrSay(writing());
      }
    });
  }

  /**
   * The settings' bound changed: kept from now on, and at once (off the caller's thread, by
   * {@code background}).
   */
  void bound(Settings.Recording recording, Executor background, Runnable before) {
    RecordingRetention kept = new RecordingRetention(folder, recording);
    if (retention != null) {
      retention = kept;
    }
    Set<Path> writing = writing();
    background.execute(() -> {
      before.run();
      kept.keepWithinOrSay(writing);
    });
  }

  private static boolean isDemo(LaunchOptions feed) {
    return feed.endpoints() == null
        && (feed.profile() == null || feed.profile().isEmbeddedDemo());
  }

  /** The files the window's recordings are writing now. */
  private Set<Path> writing() {
    return recorders.stream().map(FeedRecorder::file).collect(Collectors.toSet());
  }
}
