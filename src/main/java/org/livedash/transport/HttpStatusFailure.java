package org.livedash.transport;

import java.io.IOException;
import java.net.URI;

/**
 * A server answered with an HTTP status other than the one expected. It says in words what the
 * status means for the user, and whether trying again can help: a refusal of access (401, 403)
 * will not change by itself, so the supervisor stops and says why instead of retrying.
 */
public final class HttpStatusFailure extends IOException {
  private static final long serialVersionUID = 1L;
  private final int status;

  public HttpStatusFailure(URI uri, int status) {
    super(uri.getScheme() + "://" + uri.getRawAuthority() + uri.getRawPath() + " answered HTTP "
        + status + " (" + meaning(status) + ")");
    this.status = status;
  }

  /** Whether the server refused this client's credentials: retrying would not help. */
  public boolean accessDenied() {
    return status == 401 || status == 403;
  }

  static String meaning(int status) {
    return switch (status) {
      case 400 -> "bad request";
      case 401 -> "it needs credentials: give a token with --token or LIVEDASH_TOKEN";
      case 403 -> "access refused: the token or this client's origin is not allowed";
      case 404 -> "no feed at this address: check the URL and its path";
      case 429 -> "too many requests";
      case 500 -> "server error";
      case 502, 504 -> "a proxy could not reach the feed server";
      case 503 -> "server busy or unavailable";
      default -> status >= 500 ? "server error" : "unexpected answer";
    };
  }
}
