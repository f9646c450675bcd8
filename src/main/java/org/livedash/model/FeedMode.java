package org.livedash.model;

import java.util.Locale;

/** How the client receives the feed: pushed over WebSocket, or pulled by HTTP polling. */
public enum FeedMode {
  WS("WebSocket push"),
  POLL("HTTP polling");

  private final String label;

  FeedMode(String label) {
    this.label = label;
  }

  /** Human-readable name for the UI. */
  public String label() {
    return label;
  }

  /** The short name used on the command line and in the stats JSON ({@code ws}, {@code poll}). */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
