package org.livedash.ui.wire;

import org.livedash.model.ConnectionStatus;
import org.livedash.model.FeedMode;
import org.livedash.model.WireLog;

/**
 * What the wire view may ask of the feed: what crossed the wire, a companion connection in the
 * other style, and whether polls go with a browser's headers. The dashboard's feed control is
 * one; the view depends on nothing else of the dashboard.
 */
public interface WireControl {
  ConnectionStatus status();

  /** What crossed the wire, kept while the wire view is open; null where nothing is tapped. */
  default WireLog wireLog() {
    return null;
  }

  /**
   * Runs (or stops) a second connection in the other style beside the feed — polling beside
   * push, push beside polling — for the wire view's side-by-side diagram; beside a LiveDash
   * feed only. Returns at once.
   */
  default void companion(boolean on) {}

  /** The companion's style, or null when none runs. */
  default FeedMode companionMode() {
    return null;
  }

  /** Whether polls go with a web browser's request headers. */
  default boolean browserHeaders() {
    return false;
  }

  /** Polls with a browser's request headers from the next request on, or not. */
  default void setBrowserHeaders(boolean on) {}
}
