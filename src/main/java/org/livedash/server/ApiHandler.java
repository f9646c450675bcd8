package org.livedash.server;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.livedash.feed.FeedCodec;
import org.livedash.feed.FeedEndpoints;

/**
 * The demo server's plain HTTP side: the series catalogue, the polling endpoint reading from
 * history, and a health check. Requests that are not WebSocket upgrades end up here.
 */
final class ApiHandler extends Handler.Abstract.NonBlocking {
  static final int DEFAULT_LIMIT = 5_000;
  static final int MAX_LIMIT = 50_000;

  private final FeedCodec codec;
  private final FeedHub hub;
  private final String catalogueJson;

  ApiHandler(FeedCodec codec, FeedHub hub, String catalogueJson) {
    this.codec = codec;
    this.hub = hub;
    this.catalogueJson = catalogueJson;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    String path = Request.getPathInContext(request);
    if (!HttpMethod.GET.is(request.getMethod())) {
      return reply(response, callback, HttpStatus.METHOD_NOT_ALLOWED_405,
          codec.errorFrame("method-not-allowed", "only GET is served"));
    }
    return switch (path) {
      case FeedEndpoints.SERIES_PATH -> reply(response, callback, HttpStatus.OK_200, catalogueJson);
      case FeedEndpoints.UPDATES_PATH -> updates(request, response, callback);
      case "/api/health" -> reply(response, callback, HttpStatus.OK_200,
          "{\"status\":\"ok\",\"last\":" + hub.history().last()
              + ",\"pushClients\":" + hub.subscriberCount() + "}");
      default -> reply(response, callback, HttpStatus.NOT_FOUND_404,
          codec.errorFrame("not-found", "no resource at " + path
              + "; see /api/series, /api/updates, and WebSocket " + FeedEndpoints.WS_PATH));
    };
  }

  private boolean updates(Request request, Response response, Callback callback) {
    Fields params = Request.extractQueryParameters(request);
    long after;
    int limit;
    try {
      after = parseLong(params.getValue("after"), 0);
      limit = (int) parseLong(params.getValue("limit"), DEFAULT_LIMIT);
    } catch (NumberFormatException e) {
      return reply(response, callback, HttpStatus.BAD_REQUEST_400,
          codec.errorFrame("bad-request", "'after' and 'limit' must be whole numbers"));
    }
    if (after < 0 || limit < 1 || limit > MAX_LIMIT) {
      return reply(response, callback, HttpStatus.BAD_REQUEST_400,
          codec.errorFrame("bad-request",
              "'after' must be >= 0 and 'limit' between 1 and " + MAX_LIMIT));
    }
    FeedHistory history = hub.history();
    if (params.getValue("after") == null) {
      // No position yet: say where the feed stands so the client can start from there.
      return reply(response, callback, HttpStatus.OK_200,
          codec.batchFrame(java.util.List.of(), history.last(), false, -1, -1));
    }
    FeedHistory.Slice s = history.after(after, limit);
    return reply(response, callback, HttpStatus.OK_200,
        codec.batchFrame(s.updates(), s.last(), s.more(), s.gapFrom(), s.gapTo()));
  }

  private static long parseLong(String value, long fallback) {
    return value == null ? fallback : Long.parseLong(value.trim());
  }

  private static boolean reply(Response response, Callback callback, int status, String json) {
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    Content.Sink.write(response, true, json, callback);
    return true;
  }
}
