package org.livedash.transport.websocket;

import org.glassfish.tyrus.client.ClientManager;
import org.glassfish.tyrus.client.ClientProperties;

/**
 * Creates the one Tyrus client the application shares: each {@link ClientManager} owns its own
 * Grizzly threads, so a client per connection would leak threads on every reconnect.
 */
public final class WebSocketClients {
  private WebSocketClients() {}

  public static ClientManager create(int handshakeTimeoutMillis) {
    ClientManager client = ClientManager.createClient();
    client.getProperties().put(ClientProperties.HANDSHAKE_TIMEOUT, handshakeTimeoutMillis);
    return client;
  }
}
