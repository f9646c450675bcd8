package org.livedash.transport.websocket;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * How to talk to a feed in its own JSON shape: the address to open (which may carry a key, so it
 * is never shown: the transport's endpoints hold the masked one), the messages to send on
 * opening, spaced as the venue asks, and an application-level ping.
 *
 * @param openMessages sent in order once connected, {@code spacing} apart
 * @param pingMessage sent every {@code pingEvery}, or null for none
 * @param silence how long without any message before the link is presumed dead
 */
public record JsonFeedOptions(URI address, List<String> openMessages, String pingMessage,
    Duration pingEvery, Duration spacing, Duration silence) {
  public JsonFeedOptions {
    openMessages = List.copyOf(openMessages);
  }
}
