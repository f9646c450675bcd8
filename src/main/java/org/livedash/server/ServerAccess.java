package org.livedash.server;

import java.nio.file.Path;
import java.util.List;
import org.livedash.model.InvalidInputException;
import org.livedash.model.Reason;

/**
 * Who may use a feed server and how it is reached: TLS from a key store, a bearer token every
 * request must carry, the web origins allowed (a browser page from any other site is refused, so
 * a web page cannot read a feed on this machine), and how many push clients it serves at once.
 * Its string form never shows a secret.
 *
 * @param tlsKeyStore a PKCS#12 key store with the server's key and certificate, null for none
 * @param tlsPassword the key store's password (from the environment, never a flag)
 * @param token the bearer token required of every request, null for none
 * @param allowedOrigins web origins allowed besides none at all (non-browser clients send none)
 * @param maxPushClients WebSocket clients served at once; more are answered 503
 * @param allowedHosts host names the server answers to besides those it knows itself (its
 *     bound address, loopback names, its certificate's names): a proxy's public name
 */
public record ServerAccess(Path tlsKeyStore, char[] tlsPassword, String token,
    List<String> allowedOrigins, int maxPushClients, List<String> allowedHosts) {
  /** Plain HTTP, no token, no web origin, up to 10 000 push clients. */
  public static ServerAccess open() {
    return new ServerAccess(null, null, null, List.of(), 10_000, List.of());
  }

  /** As the canonical constructor, answering only to the names the server knows itself. */
  public ServerAccess(Path tlsKeyStore, char[] tlsPassword, String token,
      List<String> allowedOrigins, int maxPushClients) {
    this(tlsKeyStore, tlsPassword, token, allowedOrigins, maxPushClients, List.of());
  }

  public ServerAccess {
    allowedOrigins = List.copyOf(allowedOrigins);
    allowedHosts = List.copyOf(allowedHosts);
    if (maxPushClients < 1) {
      throw new InvalidInputException(Reason.of("serve.maxClients"));
    }
    if (token != null && token.isBlank()) {
      token = null;
    }
  }

  public boolean tls() {
    return tlsKeyStore != null;
  }

  @Override
  public String toString() {
    return "ServerAccess[tls=" + tls() + ", token=" + (token == null ? "none" : "set")
        + ", origins=" + allowedOrigins + ", maxPushClients=" + maxPushClients
        + ", hosts=" + allowedHosts + "]";
  }
}
