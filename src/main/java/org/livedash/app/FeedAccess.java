package org.livedash.app;

import javax.net.ssl.SSLContext;
import org.livedash.transport.Credentials;
import org.livedash.transport.TlsTrust;

/**
 * How the client may reach a feed: the extra headers it sends (a bearer token, {@code --header}
 * lines) and the certificates it trusts for TLS. Its string form never shows a secret.
 *
 * @param credentials headers sent with every request; their values are never printed
 * @param trust the TLS trust: the platform's authorities, or those of {@code --ca-file}
 */
public record FeedAccess(Credentials credentials, SSLContext trust) {
  /** No credentials, the platform's trust. */
  public static FeedAccess standard() {
    return new FeedAccess(Credentials.NONE, TlsTrust.standard());
  }

  @Override
  public String toString() {
    return "FeedAccess[" + credentials + "]";
  }
}
