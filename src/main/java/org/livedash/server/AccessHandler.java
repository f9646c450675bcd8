package org.livedash.server;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.livedash.feed.FrameWriter;

/**
 * The door of the feed server, in front of the WebSocket upgrade and the HTTP endpoints alike:
 * refuses a web page of a foreign origin (403: neither this server's own origin nor one allowed
 * with {@code --allow-origin}), a request without the bearer token when one is
 * required (401, compared in constant time and never logged), and a push client beyond the
 * limit (503).
 */
final class AccessHandler extends Handler.Wrapper {
  private final ServerAccess access;
  private final FeedHub hub;
  private final FrameWriter frames;
  private final byte[] expectedAuthorization;

  AccessHandler(ServerAccess access, FeedHub hub, FrameWriter frames, Handler next) {
    super(next);
    this.access = access;
    this.hub = hub;
    this.frames = frames;
    this.expectedAuthorization = access.token() == null ? null
        : ("Bearer " + access.token()).getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    String origin = request.getHeaders().get(HttpHeader.ORIGIN);
    if (origin != null && !access.allowedOrigins().contains(origin)
        && !sameOrigin(origin, request)) {
      return refuse(response, callback, HttpStatus.FORBIDDEN_403, "forbidden",
          "web origin " + origin + " is not allowed (serve --allow-origin)");
    }
    if (expectedAuthorization != null && !authorized(request)) {
      response.getHeaders().put(HttpHeader.WWW_AUTHENTICATE, "Bearer");
      return refuse(response, callback, HttpStatus.UNAUTHORIZED_401, "unauthorized",
          "a bearer token is required");
    }
    boolean upgrade = request.getHeaders().contains(HttpHeader.UPGRADE);
    if (upgrade && hub.subscriberCount() >= access.maxPushClients()) {
      return refuse(response, callback, HttpStatus.SERVICE_UNAVAILABLE_503, "busy",
          "this server serves " + access.maxPushClients() + " push clients at most");
    }
    return super.handle(request, response, callback);
  }

  /** A page this server itself served may use it: its origin names this host and port. */
  static boolean sameOrigin(String origin, Request request) {
    try {
      URI o = new URI(origin);
      int port = o.getPort() >= 0 ? o.getPort() : "https".equalsIgnoreCase(o.getScheme()) ? 443
          : 80;
      return o.getHost() != null && o.getHost().equalsIgnoreCase(Request.getServerName(request))
          && port == Request.getServerPort(request);
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private boolean authorized(Request request) {
    String given = request.getHeaders().get(HttpHeader.AUTHORIZATION);
    return given != null
        && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expectedAuthorization);
  }

  private boolean refuse(Response response, Callback callback, int status, String code,
      String message) {
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    Content.Sink.write(response, true, frames.errorFrame(code, message), callback);
    return true;
  }
}
