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

  /** Whether the client asked to be told the alerts of the server's rules (protocol 1.5). */
  default boolean wantsAlerts() {
    return false;
  }

  /** Close status: the server is shutting down (RFC 6455 "going away"). */
  int GOING_AWAY = 1001;
  /** Close status: the feed's stream began again; come back to be told of the new one. */
  int SERVICE_RESTART = 1012;
  /** Close status: the client could not keep up, or the server could not serve it now. */
  int TRY_AGAIN_LATER = 1013;

  /** Closes the connection with a status and a reason the client can show. */
  void close(int status, String reason);
}
