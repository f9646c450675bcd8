package org.livedash.ui;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.livedash.model.FeedStats;
import org.livedash.model.SeriesStore;

/**
 * The feeds a window shows beside its first, each with its own connection, store and figures:
 * what the feeds strip lists, adds, pauses and removes. The application runs them; tests give
 * their own.
 */
public interface FeedList {
  /** A window with no way to add feeds. */
  FeedList NONE = new FeedList() {
    @Override
    public List<Feed> feeds() {
      return List.of();
    }

    @Override
    public CompletableFuture<Feed> add(String what) {
      return CompletableFuture.failedFuture(new IllegalStateException("no feeds to add here"));
    }

    @Override
    public void remove(Feed feed) {
    }

    @Override
    public List<String> named() {
      return List.of();
    }
  };

  /** One feed shown beside the first. */
  interface Feed {
    /** What its series are named by: {@code binance} in {@code binance/BTCUSDT}. */
    String name();

    /** Its connection, for its status. */
    FeedControl control();

    FeedStats stats();

    SeriesStore store();

    /** Disconnects it, its series kept as they are; {@link #resume} connects it again. */
    void pause();

    void resume();

    boolean paused();
  }

  /** The feeds beside the first, in the order they were added. */
  List<Feed> feeds();

  /**
   * Opens a feed beside the others: a LiveDash server's address, {@code demo}, a saved profile's
   * name or a profile file. Runs off the JavaFX thread; fails with a one-line reason.
   */
  CompletableFuture<Feed> add(String what);

  /** Closes a feed and forgets it; off the JavaFX thread. */
  void remove(Feed feed);

  /** The feeds as they were named to open them, without one whose address holds a secret. */
  List<String> named();
}
