package org.livedash.transport;

import java.util.function.Supplier;
import org.livedash.model.FeedMode;
import org.livedash.model.ResumePoint;

/**
 * One way of receiving the feed. Implementations: {@code websocket.WebSocketTransport} (push) and
 * {@code polling.PollingTransport} (pull). A transport is used once: started, then closed or
 * failed; reconnecting means a new transport, which {@link ConnectionSupervisor} arranges.
 */
public interface FeedTransport {
  FeedMode mode();

  /**
   * Starts receiving, without blocking. Before each request the transport reads {@code from}
   * and asks the server for every update after that point (or for the live feed, when there is
   * no position yet): the position is the model's, never the transport's own.
   */
  void start(Supplier<ResumePoint> from, FeedListener listener);

  /** Stops receiving; idempotent, does not block on the network. */
  void close();
}
