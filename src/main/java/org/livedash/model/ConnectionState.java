package org.livedash.model;

/** Where the feed connection stands, as the status dot shows it. */
public enum ConnectionState {
  /** First attempt under way. */
  CONNECTING,
  /** Receiving the feed. */
  LIVE,
  /** Lost the feed; waiting out a backoff delay before the next attempt. */
  RECONNECTING,
  /** Not connected and not trying: stopped by the user. */
  DOWN
}
