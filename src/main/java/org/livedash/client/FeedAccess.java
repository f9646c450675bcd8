package org.livedash.client;

import java.util.Locale;
import java.util.function.Function;
import javax.net.ssl.SSLContext;
import org.livedash.transport.Credentials;
import org.livedash.transport.TlsTrust;
import org.livedash.transport.websocket.WebSocketClients;

/**
 * How the client may reach a feed: the extra headers it sends (a bearer token, {@code --header}
 * lines), the certificates it trusts for TLS, and the largest frame it accepts. Its string form
 * never shows a secret.
 *
 * @param credentials headers sent with every request; their values are never printed
 * @param trust the TLS trust: the platform's authorities, or those of {@code --ca-file}
 * @param secrets a profile's secrets by name, from the environment, or null when not set
 * @param maxFrameBytes the largest WebSocket message accepted ({@code --max-frame-size})
 * @param browserHeaders whether polls go with a web browser's request headers ({@code
 *     --browser-headers}), to measure what they cost
 */
public record FeedAccess(Credentials credentials, SSLContext trust,
    Function<String, String> secrets, int maxFrameBytes, boolean browserHeaders) {
  /** Headers and trust, no profile secrets. */
  public FeedAccess(Credentials credentials, SSLContext trust) {
    this(credentials, trust, name -> null);
  }

  /** Headers, trust and secrets; frames of up to the default size. */
  public FeedAccess(Credentials credentials, SSLContext trust,
      Function<String, String> secrets) {
    this(credentials, trust, secrets, WebSocketClients.DEFAULT_MAX_FRAME_BYTES, false);
  }

  /** The same, accepting frames of up to {@code bytes}. */
  public FeedAccess withMaxFrameBytes(int bytes) {
    return new FeedAccess(credentials, trust, secrets, bytes, browserHeaders);
  }

  /** The same, polling with a browser's request headers or not. */
  public FeedAccess withBrowserHeaders(boolean browserLike) {
    return new FeedAccess(credentials, trust, secrets, maxFrameBytes, browserLike);
  }

  /** Shared WebSocket clients that honour this access's frame limit. */
  public WebSocketClients webSocketClients(int handshakeTimeoutMillis) {
    return new WebSocketClients(handshakeTimeoutMillis, trust, maxFrameBytes);
  }

  /**
   * The environment variable a headless run reads a profile's secret {@code name} from:
   * {@code LIVEDASH_SECRET_API_KEY} for {@code api-key}.
   */
  public static String secretVariable(String name) {
    return "LIVEDASH_SECRET_" + name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
  }

  /** No credentials, the platform's trust. */
  public static FeedAccess standard() {
    return new FeedAccess(Credentials.NONE, TlsTrust.standard(), name -> null);
  }

  /** The secret {@code name} of a profile, or null when it is not set. */
  public String secret(String name) {
    return secrets.apply(name);
  }

  @Override
  public String toString() {
    return "FeedAccess[" + credentials + "]";
  }
}
