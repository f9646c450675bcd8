package org.livedash.model;

import java.util.Locale;

/**
 * How the client receives the feed: pushed over WebSocket, pulled by HTTP polling at an
 * interval, or by long-polling (each request held by the server until there is data).
 */
public enum FeedMode {
  WS("WebSocket push"),
  POLL("HTTP polling"),
  LONGPOLL("HTTP long-poll");

  private final String label;

  FeedMode(String label) {
    this.label = label;
  }

  /** Human-readable name for the UI. */
  public String label() {
    return label;
  }

  /**
   * The short name used on the command line and in the stats JSON ({@code ws}, {@code poll},
   * {@code longpoll}).
   */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
