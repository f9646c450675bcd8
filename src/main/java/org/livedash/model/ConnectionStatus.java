package org.livedash.model;

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

  public ConnectionStatus withLastMessage(long nanos) {
    return new ConnectionStatus(state, mode, detail, retryAtNanos, nanos, attempt);
  }
}
