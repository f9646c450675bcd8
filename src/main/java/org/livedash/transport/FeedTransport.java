package org.livedash.transport;

import org.livedash.model.FeedMode;

/**
 * One way of receiving the feed. Implementations: {@code websocket.WebSocketTransport} (push) and
 * {@code polling.PollingTransport} (pull). A transport is used once: started, then closed or
 * failed; reconnecting means a new transport, which {@link ConnectionSupervisor} arranges.
 */
public interface FeedTransport {
  FeedMode mode();

  /**
   * Starts receiving, without blocking. The transport asks the server for updates after {@code
   * afterSeq}, or for the live feed from now on when it is 0.
   */
  void start(long afterSeq, FeedListener listener);

  /** Stops receiving; idempotent, does not block on the network. */
  void close();
}
