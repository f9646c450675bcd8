package org.livedash.client;

import org.livedash.i18n.Texts;
import org.livedash.server.DemoFeedConfig;
import org.livedash.server.FeedServer;
import org.livedash.server.FeedSource;
import org.livedash.server.ServerAccess;
import org.livedash.server.ServerConfig;

/**
 * The feed server this window runs itself, on loopback: the demo simulator, or a broker it
 * relays in-process (chosen at start with {@code --source}, or in the feeds dialog). One runs
 * at a time: asking for another starts it and closes the one it replaces; all are closed with
 * the window. A recording played runs on a relay of its own beside it, so the live feed goes on
 * meanwhile and is there, its history whole, when the user goes back to it.
 */
final class WindowServer implements AutoCloseable {
  private final DemoFeedConfig demoConfig;
  private final Object lock = new Object();
  // Guarded by lock.
  private FeedServer server;
  /** Replaced, to be closed once the window's connection has moved off it. */
  private FeedServer retired;
  private volatile EmbeddedFeed feed;
  /** The source relayed now, or null for the demo. */
  private volatile FeedSource relayed;
  /** The relay of the recording played, and the one it replaced; guarded by lock. */
  private FeedServer playing;
  private FeedServer replaced;

  /**
   * @param started the server the window started with, or null
   * @param source what it relays, or null for the demo
   */
  WindowServer(FeedServer started, FeedSource source, DemoFeedConfig demoConfig) {
    this.demoConfig = demoConfig;
    this.server = started;
    this.relayed = source;
    this.feed = started == null ? null : EmbeddedFeed.of(started);
  }

  /** The source relayed now (its census of messages, its series by topic), or null. */
  FeedSource relayed() {
    return relayed;
  }

  /** What runs, and what it serves; null when nothing does. */
  EmbeddedFeed feed() {
    return feed;
  }

  /**
   * The demo simulator, started if it is not what runs.
   *
   * @throws IllegalStateException in one line when it cannot start
   */
  FeedServer demo() {
    synchronized (lock) {
      if (server != null && feed.isDemo()) {
        return server;
      }
      try {
        relayed = null;
        return swap(new FeedServer(demoConfig).start());
      } catch (Exception e) {
        throw new IllegalStateException("the demo feed could not start: " + Texts.message(e), e);
      }
    }
  }

  /**
   * A relay of {@code source} in place of what runs.
   *
   * @throws IllegalStateException in one line when it cannot start
   */
  FeedServer relay(FeedSource source) {
    synchronized (lock) {
      try {
        FeedServer next = swap(new FeedServer(ServerConfig.defaults(), source,
            ServerAccess.open()).start());
        relayed = source;
        return next;
      } catch (Exception e) {
        throw new IllegalStateException("the relay could not start: " + Texts.message(e), e);
      }
    }
  }

  /**
   * A relay of {@code recording}, beside the live feed's server; the recording played before
   * is closed once the connection has moved off it ({@link #closePlayingBut}).
   *
   * @throws IllegalStateException in one line when it cannot start
   */
  FeedServer play(FeedSource recording) {
    synchronized (lock) {
      try {
        FeedServer next = new FeedServer(ServerConfig.defaults(), recording,
            ServerAccess.open()).start();
        if (replaced != null) {
          replaced.close();
        }
        replaced = playing;
        playing = next;
        return next;
      } catch (Exception e) {
        throw new IllegalStateException("the recording could not be played: "
            + Texts.message(e), e);
      }
    }
  }

  /**
   * Closes the relays of recordings but one serving {@code target}: called once the connection
   * to {@code target} was asked for.
   */
  void closePlayingBut(org.livedash.feed.FeedEndpoints target) throws Exception {
    synchronized (lock) {
      if (replaced != null) {
        replaced.close();
        replaced = null;
      }
      if (playing != null && !EmbeddedFeed.of(playing).serves(target)) {
        playing.close();
        playing = null;
      }
    }
  }

  private FeedServer swap(FeedServer next) throws Exception {
    closeRetired();
    retired = server;
    server = next;
    feed = EmbeddedFeed.of(next);
    return next;
  }

  /**
   * Closes the server a swap replaced: called once the connection to the new one was asked
   * for, so the supervisor has fenced off the old connection's last words.
   */
  void closeRetired() throws Exception {
    synchronized (lock) {
      if (retired != null) {
        FeedServer old = retired;
        retired = null;
        old.close();
      }
    }
  }

  @Override
  public void close() throws Exception {
    synchronized (lock) {
      closeRetired();
      closePlayingBut(null);
      if (server != null) {
        server.close();
      }
    }
  }
}
