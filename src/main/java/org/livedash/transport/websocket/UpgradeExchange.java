package org.livedash.transport.websocket;

import org.livedash.feed.ShownAddress;
import org.livedash.feed.Utf8;
import jakarta.websocket.ClientEndpointConfig;
import jakarta.websocket.HandshakeResponse;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.livedash.model.EpochMicros;
import org.livedash.model.WireEvent;
import org.livedash.model.WireLog;
import org.glassfish.tyrus.client.auth.AuthenticationException;
import org.glassfish.tyrus.core.HandshakeException;
import org.livedash.transport.Credentials;
import org.livedash.transport.HttpStatusFailure;
import org.livedash.transport.WireTaps;

/**
 * The HTTP exchange that opens a WebSocket connection, as Tyrus sends and receives it: sets the
 * client's headers (its credentials, and no {@code Origin}: it is not a browser), counts the
 * bytes both ways, and gives the wire view the request and the {@code 101} answer verbatim, with
 * the accept key checked against RFC 6455's rule. Credentials are shown masked.
 */
final class UpgradeExchange extends ClientEndpointConfig.Configurator {
  /** The GUID RFC 6455 appends to the key before hashing it (section 1.3). */
  static final String GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
  private static final String STATUS_LINE = "HTTP/1.1 101 Switching Protocols";

  private final URI uri;
  private final URI shown;
  private final Credentials credentials;
  private final WireLog.Tap tap;
  private final Clock clock;
  volatile long requestBytes;
  volatile long responseBytes;
  private volatile List<WireEvent.Header> requestHeaders = List.of();
  private volatile String key;

  /**
   * @param shown the address as it may be shown (a profile's secrets masked)
   * @param tap where the wire view reads the exchange, or null
   */
  UpgradeExchange(URI uri, URI shown, Credentials credentials, WireLog.Tap tap, Clock clock) {
    this.uri = uri;
    this.shown = shown;
    this.credentials = credentials;
    this.tap = tap;
    this.clock = clock;
  }

  @Override
  public void beforeRequest(Map<String, List<String>> headers) {
    // Not a browser: no Origin, which servers use to tell web pages of other sites apart.
    headers.keySet().removeIf(name -> name.equalsIgnoreCase("Origin"));
    credentials.headers().forEach((name, value) -> headers.put(name, List.of(value)));
    requestBytes = requestLine(uri).length() + 2 + headerBytes(headers) + 2;
    requestHeaders = WireTaps.shownHeaders(headers, credentials);
    key = first(headers, "Sec-WebSocket-Key");
  }

  @Override
  public void afterResponse(HandshakeResponse response) {
    Map<String, List<String>> headers = response.getHeaders();
    responseBytes = STATUS_LINE.length() + 2 + headerBytes(headers) + 2;
    if (tap != null) {
      tap.add(new WireEvent.Handshake(EpochMicros.now(clock), tap.lane(), requestLine(shown),
          requestHeaders, STATUS_LINE, WireTaps.shownHeaders(headers, Credentials.NONE), key,
          first(headers, "Sec-WebSocket-Accept"), expectedAccept(key), requestBytes,
          responseBytes));
    }
  }

  /** {@code Sec-WebSocket-Accept} as RFC 6455 derives it: base64(SHA-1(key + GUID)). */
  static String expectedAccept(String key) {
    if (key == null) {
      return null;
    }
    try {
      byte[] sha1 = MessageDigest.getInstance("SHA-1")
          .digest((key + GUID).getBytes(StandardCharsets.US_ASCII));
      return Base64.getEncoder().encodeToString(sha1);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-1", e);
    }
  }

  private static String requestLine(URI u) {
    String target = u.getRawPath()
        + (u.getRawQuery() == null ? "" : "?" + ShownAddress.query(u.getRawQuery()));
    return "GET " + (target.isEmpty() ? "/" : target) + " HTTP/1.1";
  }

  private static String first(Map<String, List<String>> headers, String name) {
    for (Map.Entry<String, List<String>> e : headers.entrySet()) {
      if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
        return e.getValue().get(0);
      }
    }
    return null;
  }

  static long headerBytes(Map<String, List<String>> headers) {
    long n = 0;
    for (Map.Entry<String, List<String>> e : headers.entrySet()) {
      n += e.getKey().length() + 2 + Utf8.length(String.join(", ", e.getValue())) + 2;
    }
    return n;
  }

  /** The HTTP status the server answered the upgrade with, if it refused it. */
  static HttpStatusFailure refusal(Throwable e, URI address) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof AuthenticationException) {
        return new HttpStatusFailure(address, 401);
      }
      if (t instanceof HandshakeException h && h.getHttpStatusCode() >= 400) {
        return new HttpStatusFailure(address, h.getHttpStatusCode());
      }
    }
    return null;
  }
}
