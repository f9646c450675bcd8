package org.livedash.model;

import java.util.Locale;

/**
 * How the client receives the feed: pushed over WebSocket, pulled by HTTP polling at an
 * interval, or by long-polling (each request held by the server until there is data).
 */
public enum FeedMode {
  WS,
  POLL,
  LONGPOLL;

  /** Its name for a person ({@code mode.ws}, …), put in the user's language at the edges. */
  public Reason title() {
    return Reason.of("mode." + key());
  }

  /**
   * The short name used on the command line and in the stats JSON ({@code ws}, {@code poll},
   * {@code longpoll}).
   */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
