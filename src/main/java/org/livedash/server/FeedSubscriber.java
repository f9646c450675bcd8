package org.livedash.server;

/** A connected push client as the hub sees it: somewhere to send frames, which may refuse. */
interface FeedSubscriber {
  /**
   * Queues a frame for sending without blocking.
   *
   * @return false if the subscriber can take no more (too far behind, or closed); the hub then
   *     drops it and the client is expected to reconnect and resume from history
   */
  boolean send(OutFrame frame);

  /**
   * Queues a heartbeat, which a subscriber may extend with what it counted on its connection.
   *
   * @return as {@link #send}
   */
  default boolean sendHeartbeat(String heartbeat) {
    return send(new OutFrame(heartbeat));
  }

  /** Whether the client asked to be told the server's status as it changes (protocol 1.4). */
  default boolean wantsStatus() {
    return false;
  }

  /** Closes the connection with a reason the client can show. */
  void close(String reason);
}
