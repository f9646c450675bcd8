package org.livedash.transport;

import org.livedash.model.Reason;
import org.livedash.feed.ShownAddress;
import java.net.URI;

/**
 * A server answered with an HTTP status other than the one expected. It says in words what the
 * status means for the user, and whether trying again can help: a refusal of access (401, 403)
 * will not change by itself, so the supervisor stops and says why instead of retrying.
 */
public final class HttpStatusFailure extends ReasonedIOException {
  private static final long serialVersionUID = 1L;
  private final int status;

  public HttpStatusFailure(URI uri, int status) {
    super(Reason.of("http.answered", ShownAddress.of(uri).replaceFirst("\\?.*", ""),
        Integer.toString(status), meaning(status)));
    this.status = status;
  }

  /**
   * Whether the status says what a LiveDash server could answer while it is up — credentials
   * refused, too many requests, a timeout, trouble of its own (5xx) — rather than that the
   * server has no such resource or way of answering (404, 426, …).
   */
  public boolean couldBeLiveDash() {
    return accessDenied() || status == 408 || status == 429 || status >= 500;
  }

  /** Whether the server refused this client's credentials: retrying would not help. */
  public boolean accessDenied() {
    return status == 401 || status == 403;
  }

  static Reason meaning(int status) {
    return Reason.of(switch (status) {
      case 400 -> "http.400";
      case 401 -> "http.401";
      case 403 -> "http.403";
      case 404 -> "http.404";
      case 429 -> "http.429";
      case 502, 504 -> "http.proxy";
      case 503 -> "http.503";
      default -> status >= 500 ? "http.500" : "http.other";
    });
  }
}
