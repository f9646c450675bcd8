package org.livedash.transport;

import java.time.Duration;
import org.livedash.feed.FeedEndpoints;
import org.livedash.model.FeedMode;

/** Makes a fresh transport for each connection attempt, so the supervisor can be tested. */
@FunctionalInterface
public interface TransportFactory {
  FeedTransport create(FeedMode mode, FeedEndpoints endpoints, Duration pollInterval);
}
