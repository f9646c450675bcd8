package org.livedash.model;

import org.livedash.i18n.Texts;

/**
 * What the UI shows about the connection: its state, a one-line detail (the last error, the
 * endpoint), when the next attempt is due and when the last message arrived. Written by the
 * connection supervisor, read by the UI once per frame; an immutable value swapped atomically.
 *
 * @param retryAtNanos {@link System#nanoTime()} of the next attempt, or 0
 * @param lastMessageNanos {@link System#nanoTime()} of the last frame received, or 0
 */
public record ConnectionStatus(
    ConnectionState state,
    FeedMode mode,
    String detail,
    long retryAtNanos,
    long lastMessageNanos,
    int attempt) {

  public static ConnectionStatus down(FeedMode mode, String detail) {
    return new ConnectionStatus(ConnectionState.DOWN, mode, detail, 0, 0, 0);
  }

  /** Down because the server refused this client (its credentials): retrying would not help. */
  public static ConnectionStatus refused(FeedMode mode, String reason) {
    return down(mode, Texts.get("status.stoppedRefused", reason));
  }

  /** Whether the feed stopped because the server refused it, not by the user's choice. */
  public boolean isRefusal() {
    return state == ConnectionState.DOWN
        && detail.startsWith(Texts.get("status.stoppedRefused", ""));
  }

  public ConnectionStatus withLastMessage(long nanos) {
    return new ConnectionStatus(state, mode, detail, retryAtNanos, nanos, attempt);
  }
}
