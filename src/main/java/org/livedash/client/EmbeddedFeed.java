package org.livedash.client;

import org.livedash.feed.FeedEndpoints;
import org.livedash.model.Reason;
import org.livedash.server.FeedServer;

/**
 * The feed server this window runs itself, and what it serves: the demo simulator, or a broker
 * or venue it relays in-process. So the window can name the real source — the broker's address,
 * not the loopback relay's — wherever it says what feed this is.
 *
 * @param endpoints where the window's own server listens (loopback)
 * @param sourceAddress where its source reads from ({@code mqtt://host:port}), null for the demo
 * @param sourceDescription what feeds it, in one line
 */
public record EmbeddedFeed(FeedEndpoints endpoints, String sourceAddress,
    Reason sourceDescription) {
  static EmbeddedFeed of(FeedServer server) {
    return new EmbeddedFeed(FeedEndpoints.fromUrl(server.url()), server.sourceAddress(),
        server.sourceDescription());
  }

  /** Whether {@code e} is this server. */
  boolean serves(FeedEndpoints e) {
    return e != null && endpoints.websocket().equals(e.websocket());
  }

  /** Whether it serves the demo simulator. */
  public boolean isDemo() {
    return sourceAddress == null;
  }
}
