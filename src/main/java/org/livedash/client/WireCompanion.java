package org.livedash.client;

import java.time.Duration;
import java.util.Objects;
import org.livedash.model.Reason;
import org.livedash.feed.DecodedFrame;
import org.livedash.feed.FeedEndpoints;
import org.livedash.model.FeedMode;
import org.livedash.transport.FeedListener;
import org.livedash.transport.FeedTransport;
import org.livedash.transport.FollowedPosition;

/**
 * The second connection the wire view runs beside the feed, in the other style — polling once a
 * second beside push, push beside polling — so the sequence diagram shows both on the same feed.
 * Its data is dropped (the dashboard counts only its own connection); only the wire view sees
 * it. It runs only while the view asks, against a LiveDash server, and is replaced when the
 * feed's server or mode changes. Calls come from one thread at a time.
 */
public final class WireCompanion {
  /** How often the companion polls beside a pushed feed. */
  static final Duration POLL_EVERY = Duration.ofSeconds(1);

  /** Makes the companion's transport: a mode, against the feed's server. */
  interface Factory {
    FeedTransport create(FeedMode mode, FeedEndpoints target, Duration interval);
  }

  private final Factory factory;
  private final java.util.concurrent.Executor executor;
  private FeedTransport running;
  private FeedEndpoints runningTarget;
  private FeedMode runningMode;

  private boolean closed;

  /** @param executor where connections are opened and closed, off the caller's thread */
  WireCompanion(Factory factory, java.util.concurrent.Executor executor) {
    this.factory = factory;
    this.executor = executor;
  }

  /** As {@link #follow}, off the caller's thread (which may be the JavaFX thread). */
  void request(FeedEndpoints target, FeedMode main) {
    try {
      executor.execute(() -> follow(target, main));
    } catch (java.util.concurrent.RejectedExecutionException e) {
      // Shutting down: the companion has been stopped already.
    }
  }

  /** The style beside {@code main}: polling beside push, push beside any polling. */
  static FeedMode besides(FeedMode main) {
    return main == FeedMode.WS ? FeedMode.POLL : FeedMode.WS;
  }

  /**
   * Runs the companion beside a feed of {@code main} mode at {@code target}, or stops it when
   * {@code target} is null (no LiveDash feed, or the view closed).
   */
  synchronized void follow(FeedEndpoints target, FeedMode main) {
    if (closed) {
      return;
    }
    FeedMode mode = target == null ? null : besides(main);
    if (Objects.equals(target, runningTarget) && mode == runningMode) {
      return;
    }
    stop();
    if (target == null) {
      return;
    }
    FollowedPosition position = new FollowedPosition();
    FeedTransport t = factory.create(mode, target, POLL_EVERY);
    running = t;
    runningTarget = target;
    runningMode = mode;
    t.start(position, new FeedListener() {
      @Override
      public void onFrame(DecodedFrame frame, long receivedMicros) {
        position.follow(frame);
      }

      @Override
      public void onFailure(Reason reason, Throwable cause) {
        // The wire view shows the failure from the tap, and asks again: a server back from a
        // restart gets its companion again.
        forget(t);
      }
    });
  }

  private synchronized void forget(FeedTransport failed) {
    if (running == failed) {
      running = null;
      runningTarget = null;
      runningMode = null;
    }
  }

  /** The companion's style, or null when none runs. */
  public synchronized FeedMode mode() {
    return runningMode;
  }

  /**
   * Stops the companion for good: a request still queued finds it closed, and opens nothing on
   * threads being shut down.
   */
  synchronized void close() {
    closed = true;
    stop();
  }

  private synchronized void stop() {
    if (running != null) {
      running.close();
    }
    running = null;
    runningTarget = null;
    runningMode = null;
  }
}
