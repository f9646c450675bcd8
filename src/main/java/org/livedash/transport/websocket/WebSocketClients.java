package org.livedash.transport.websocket;

import java.net.URI;
import javax.net.ssl.SSLContext;
import org.glassfish.tyrus.client.ClientManager;
import org.glassfish.tyrus.client.ClientProperties;
import org.glassfish.tyrus.client.SslEngineConfigurator;

/**
 * The Tyrus clients the application shares: each {@link ClientManager} owns its own Grizzly
 * threads, so a client per connection would leak threads on every reconnect. Tyrus applies a TLS
 * configuration to every connection of a client, {@code ws://} ones included, so plain and TLS
 * connections get a client each; the TLS one, with host name verification always on, is made
 * only when a {@code wss://} feed is used.
 */
public final class WebSocketClients {
  private final int handshakeTimeoutMillis;
  private final SSLContext trust;
  private final ClientManager plain;
  private volatile ClientManager secure;

  public WebSocketClients(int handshakeTimeoutMillis, SSLContext trust) {
    this.handshakeTimeoutMillis = handshakeTimeoutMillis;
    this.trust = trust;
    this.plain = client();
  }

  /** The client for this address. */
  ClientManager forUri(URI uri) {
    if (!"wss".equalsIgnoreCase(uri.getScheme())) {
      return plain;
    }
    ClientManager s = secure;
    if (s == null) {
      synchronized (this) {
        s = secure;
        if (s == null) {
          s = client();
          SslEngineConfigurator tls = new SslEngineConfigurator(trust, true, false, false);
          tls.setHostVerificationEnabled(true);
          s.getProperties().put(ClientProperties.SSL_ENGINE_CONFIGURATOR, tls);
          secure = s;
        }
      }
    }
    return s;
  }

  private ClientManager client() {
    ClientManager client = ClientManager.createClient();
    client.getProperties().put(ClientProperties.HANDSHAKE_TIMEOUT, handshakeTimeoutMillis);
    return client;
  }

  /** Stops the clients' threads. */
  public void shutdown() {
    plain.shutdown();
    ClientManager s = secure;
    if (s != null) {
      s.shutdown();
    }
  }
}
