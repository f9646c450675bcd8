package org.livedash.model;

/**
 * What the UI shows about the connection: its state, a one-line detail (the last error, the
 * endpoint), when the next attempt is due and when the last message arrived. Written by the
 * connection supervisor, read by the UI once per frame; an immutable value swapped atomically.
 *
 * @param retryAtNanos {@link System#nanoTime()} of the next attempt, or 0
 * @param lastMessageNanos {@link System#nanoTime()} of the last frame received, or 0
 * @param refusal whether the feed is down because the server refused this client (its
 *     credentials), which retrying would not help, rather than by the user's choice
 */
public record ConnectionStatus(
    ConnectionState state,
    FeedMode mode,
    Reason detail,
    long retryAtNanos,
    long lastMessageNanos,
    int attempt,
    boolean refusal) {

  /** A status that is not a refusal. */
  public ConnectionStatus(ConnectionState state, FeedMode mode, Reason detail, long retryAtNanos,
      long lastMessageNanos, int attempt) {
    this(state, mode, detail, retryAtNanos, lastMessageNanos, attempt, false);
  }

  public static ConnectionStatus down(FeedMode mode, Reason detail) {
    return new ConnectionStatus(ConnectionState.DOWN, mode, detail, 0, 0, 0);
  }

  /**
   * Down because the server refused this client: retrying would not help.
   *
   * @param detail what the server said and what to do, in one line
   */
  public static ConnectionStatus refused(FeedMode mode, Reason detail) {
    return new ConnectionStatus(ConnectionState.DOWN, mode, detail, 0, 0, 0, true);
  }

  public ConnectionStatus withLastMessage(long nanos) {
    return new ConnectionStatus(state, mode, detail, retryAtNanos, nanos, attempt, refusal);
  }
}
