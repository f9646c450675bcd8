package org.livedash.model;

import org.livedash.i18n.Texts;
import java.util.Locale;

/**
 * How the client receives the feed: pushed over WebSocket, pulled by HTTP polling at an
 * interval, or by long-polling (each request held by the server until there is data).
 */
public enum FeedMode {
  WS,
  POLL,
  LONGPOLL;

  /** Human-readable name for the UI, in the user's language. */
  public String label() {
    return Texts.get("mode." + key());
  }

  /**
   * The short name used on the command line and in the stats JSON ({@code ws}, {@code poll},
   * {@code longpoll}).
   */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
