package org.livedash.transport;

import org.livedash.model.FeedMode;

/**
 * One way of receiving the feed. Implementations: {@code websocket.WebSocketTransport} (push) and
 * {@code polling.PollingTransport} (pull). A transport is used once: started, then closed or
 * failed; reconnecting means a new transport, which {@link ConnectionSupervisor} arranges.
 */
public interface FeedTransport {
  /** Passed as {@code afterSeq}: no position yet, start with the live feed. */
  long LIVE = -1;

  FeedMode mode();

  /**
   * Starts receiving, without blocking. The transport asks the server for every update after
   * {@code afterSeq} (0: from the start of the server's history), or for the live feed from now
   * on when it is {@link #LIVE}.
   */
  void start(long afterSeq, FeedListener listener);

  /** Stops receiving; idempotent, does not block on the network. */
  void close();
}
