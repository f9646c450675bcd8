package org.livedash.client;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import org.livedash.feed.FeedEndpoints;
import org.livedash.i18n.Texts;
import org.livedash.model.FeedMode;
import org.livedash.model.FeedStats;
import org.livedash.relay.ReplaySource;
import org.livedash.ui.Playback;

/**
 * Recordings the window plays as its feed: each through a relay of the window's own, as
 * {@code --replay} plays one, in place of the live feed (which goes on beside it); and the live
 * feed to connect again when the user goes back to live (the demo until another was
 * connected).
 */
public final class Replays {
  /** Connects the window's feed to a server. */
  interface Connector {
    void connect(FeedEndpoints target, FeedMode mode, Duration pollInterval);
  }

  private final WindowServer here;
  private final FeedPipeline pipeline;
  private final FeedStats stats;
  private final Executor executor;
  private final Connector connector;
  private final AtomicInteger plays = new AtomicInteger();
  private volatile RecordingPlayback playback;
  private volatile java.util.function.BiConsumer<FeedMode, Duration> liveAgain;

  Replays(WindowServer here, FeedPipeline pipeline, FeedStats stats, Executor executor,
      Connector connector, java.util.function.BiConsumer<FeedMode, Duration> demo) {
    this.here = here;
    this.pipeline = pipeline;
    this.stats = stats;
    this.executor = executor;
    this.connector = connector;
    this.liveAgain = demo;
  }

  /** The window started playing {@code source} ({@code --replay}). */
  void started(ReplaySource source) {
    playback = new RecordingPlayback(source, this::seek);
  }

  /**
   * A live feed was connected: no recording plays; {@code again} connects it again after one, in
   * a mode (null: the one known before, as for the window's own demo, started again when asked).
   */
  void live(java.util.function.BiConsumer<FeedMode, Duration> again) {
    playback = null;
    if (again != null) {
      liveAgain = again;
    }
  }

  /** The recording played as the feed, or null while it is live. */
  public Playback current() {
    return playback;
  }

  /**
   * Plays {@code file} as the feed, from its first reading at or after {@code fromMicros}, held
   * or not, in place of the live feed. The file is read off the calling thread; fails in one
   * line when it is not a recording that can be played.
   */
  /**
   * Plays a recording whose path was typed as the address, from its start: what is no file or
   * no recording is said at once, in one line; what fails later is the feed's problem.
   *
   * @throws IllegalArgumentException with that line
   */
  void playTyped(Path file) {
    if (!java.nio.file.Files.isRegularFile(file)) {
      throw new IllegalArgumentException(Texts.get("replay.noFile", file));
    }
    try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
      // Reads the magic the file must begin with.
      new org.livedash.record.McapReader(in);
    } catch (java.io.IOException | org.livedash.model.InvalidInputException e) {
      throw new IllegalArgumentException(Texts.get("replay.unreadable", file,
          Texts.message(e)), e);
    }
    play(file, 1, Long.MIN_VALUE, false).exceptionally(e -> {
      stats.reportProblem(Texts.message(e.getCause() != null ? e.getCause() : e));
      return null;
    });
  }

  public CompletableFuture<Void> play(Path file, double speed, long fromMicros, boolean paused) {
    return CompletableFuture.runAsync(() -> {
      ReplaySource source = new ReplaySource(file, speed, fromMicros, System::nanoTime);
      source.pause(paused);
      try {
        FeedEndpoints own = FeedEndpoints.fromUrl(here.play(source).url());
        playback = new RecordingPlayback(source, this::seek);
        // Each playback is a feed of its own: the store starts afresh where it plays from.
        pipeline.expect(own, new FeedShape(null, null, null, null, null,
            " replay " + plays.incrementAndGet(), "source:" + file, source.playClock()));
        connector.connect(own, FeedMode.WS, AppContext.REQUEST_TIMEOUT);
      } catch (Exception e) {
        source.close();
        throw new CompletionException(e);
      }
    }, executor);
  }

  /** The replay bar moved the playback: what keeps it from playing there is told as a problem. */
  private void seek(Path file, double speed, long fromMicros, boolean paused) {
    play(file, speed, fromMicros, paused).exceptionally(e -> {
      stats.reportProblem(Texts.message(e.getCause() != null ? e.getCause() : e));
      return null;
    });
  }

  /** Leaves the recording played for the live feed it was opened over, in {@code mode}. */
  public void backToLive(FeedMode mode, Duration pollInterval) {
    liveAgain.accept(mode, pollInterval);
  }
}
