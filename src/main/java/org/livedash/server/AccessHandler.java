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
 * refuses a request for a host name the server does not answer to (403: DNS rebinding would
 * otherwise hand a web page a feed on this machine), a web page of a foreign origin (403:
 * neither this server's own origin nor one allowed with {@code --allow-origin}), a request
 * without the bearer token when one is required (401, compared in constant time and never
 * logged), and a push client beyond the limit (503).
 */
final class AccessHandler extends Handler.Wrapper {
  /** The request attribute under which an upgrade carries its push slot to the socket. */
  static final String SLOT = "org.livedash.server.slot";

  private final ServerAccess access;
  private final HostNames hosts;
  private final PushSlots slots;
  private final FrameWriter frames;
  private final byte[] expectedAuthorization;

  AccessHandler(ServerAccess access, HostNames hosts, PushSlots slots, FrameWriter frames,
      Handler next) {
    super(next);
    this.access = access;
    this.hosts = hosts;
    this.slots = slots;
    this.frames = frames;
    this.expectedAuthorization = access.token() == null ? null
        : ("Bearer " + access.token()).getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    String host = Request.getServerName(request);
    if (!hosts.allows(host)) {
      return refuse(response, callback, HttpStatus.FORBIDDEN_403, "forbidden",
          "this server does not answer to the host name '" + HostNames.shown(host)
              + "' (serve --allow-host)");
    }
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
    if (!request.getHeaders().contains(HttpHeader.UPGRADE)) {
      return super.handle(request, response, callback);
    }
    PushSlots.Slot slot = slots.take();
    if (slot == null) {
      return refuse(response, callback, HttpStatus.SERVICE_UNAVAILABLE_503, "busy",
          "this server serves " + slots.max() + " push clients at most");
    }
    request.setAttribute(SLOT, slot);
    try {
      return super.handle(request, response, callback);
    } finally {
      if (!slot.used()) {
        // The upgrade did not happen: no socket holds the slot.
        slot.release();
      }
    }
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
