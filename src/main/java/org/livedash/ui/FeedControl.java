package org.livedash.ui;

import java.time.Duration;
import org.livedash.model.ConnectionStatus;
import org.livedash.model.FeedMode;

/**
 * What the dashboard may ask of the feed connection. The UI depends on this interface only; the
 * application wires it to the connection supervisor, and tests to a fake.
 */
public interface FeedControl {
  ConnectionStatus status();

  /** The URL the feed is connected to (or was last). */
  String currentUrl();

  /** What the feed is, in a few words: the embedded demo, or the server it comes from. */
  String feedDescription();

  /**
   * Whether the feed can also be polled: a LiveDash server can; a feed in its own JSON shape
   * is pushed only, so the mode toggle and the comparison do not apply.
   */
  default boolean offersPolling() {
    return true;
  }

  /**
   * Connects to the server at {@code url}.
   *
   * @throws IllegalArgumentException with a one-line message when the URL is unusable
   */
  void connect(String url, FeedMode mode, Duration pollInterval);

  void switchMode(FeedMode mode, Duration pollInterval);

  void disconnect();
}
