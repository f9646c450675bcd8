package org.livedash.transport.websocket;

import java.net.URI;
import javax.net.ssl.SSLContext;
import org.glassfish.tyrus.client.ClientManager;
import org.glassfish.tyrus.client.ClientProperties;
import org.glassfish.tyrus.client.SslEngineConfigurator;
import org.livedash.feed.FeedCodec;

/**
 * The Tyrus clients the application shares: each {@link ClientManager} owns its own Grizzly
 * threads, so a client per connection would leak threads on every reconnect. Tyrus applies a TLS
 * configuration to every connection of a client, {@code ws://} ones included, so plain and TLS
 * connections get a client each; the TLS one, with host name verification always on, is made
 * only when a {@code wss://} feed is used.
 */
public final class WebSocketClients {
  /** The largest frame a client accepts unless told otherwise: 8 MiB. */
  public static final int DEFAULT_MAX_FRAME_BYTES = 8 * 1024 * 1024;

  private final int handshakeTimeoutMillis;
  private final int maxFrameBytes;
  private final SSLContext trust;
  private final ClientManager plain;
  private volatile ClientManager secure;

  /** Clients that accept frames of up to {@link #DEFAULT_MAX_FRAME_BYTES}. */
  public WebSocketClients(int handshakeTimeoutMillis, SSLContext trust) {
    this(handshakeTimeoutMillis, trust, DEFAULT_MAX_FRAME_BYTES);
  }

  /**
   * @param maxFrameBytes the largest message accepted; a larger one closes the connection with
   *     1009 and is reported as the server's fault, with this limit
   */
  public WebSocketClients(int handshakeTimeoutMillis, SSLContext trust, int maxFrameBytes) {
    if (maxFrameBytes < 1 || maxFrameBytes > FeedCodec.MAX_FRAME_CHARS) {
      throw new IllegalArgumentException("frame limit out of range: " + maxFrameBytes);
    }
    this.maxFrameBytes = maxFrameBytes;
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
    // Tyrus buffers a frame whole before the session's limit applies: room for the largest
    // accepted payload and its header.
    client.getProperties().put(ClientProperties.INCOMING_BUFFER_SIZE, maxFrameBytes + 16);
    return client;
  }

  /** The largest message a connection of these clients accepts. */
  int maxFrameBytes() {
    return maxFrameBytes;
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
