package org.livedash.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.livedash.feed.FrameWriter;
import org.livedash.feed.FeedEndpoints;
import org.livedash.model.Reason;

/**
 * The demo server's plain HTTP side: the series catalogue, the polling endpoint reading from
 * history (with entity tags for conditional requests, and long-polling), and a health check.
 * Requests that are not WebSocket upgrades end up here.
 */
final class ApiHandler extends Handler.Abstract.NonBlocking {
  static final int DEFAULT_LIMIT = 5_000;
  static final int MAX_LIMIT = 50_000;
  /** Longest a long-poll request may ask to be held. */
  static final long MAX_WAIT_SECONDS = 60;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final FrameWriter codec;
  private final FeedHub hub;
  /** The feed's now, as {@code /api/time} tells it (a played recording's own). */
  private final LongSupplier feedNowMicros;
  private final Supplier<Reason> problem;
  private final Supplier<Reason> description;
  private final Supplier<java.util.Map<String, Object>> relay;
  private final WireMeter meter;

  /**
   * @param problem what keeps the server from delivering now (its source, its shared history),
   *     null when nothing
   * @param description what feeds the server, in one line
   * @param relay what the server did with its source's readings (published, waiting, lost)
   * @param feedNowMicros the feed's now, as {@code /api/time} tells it
   */
  ApiHandler(FrameWriter codec, FeedHub hub, Supplier<Reason> problem,
      Supplier<Reason> description, Supplier<java.util.Map<String, Object>> relay,
      LongSupplier feedNowMicros,
      WireMeter meter) {
    this.codec = codec;
    this.relay = relay;
    this.meter = meter;
    this.hub = hub;
    this.problem = problem;
    this.description = description;
    this.feedNowMicros = feedNowMicros;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    String path = Request.getPathInContext(request);
    if (!HttpMethod.GET.is(request.getMethod())) {
      return reply(response, callback, HttpStatus.METHOD_NOT_ALLOWED_405,
          codec.errorFrame("method-not-allowed", "only GET is served"));
    }
    return switch (path) {
      case FeedEndpoints.SERIES_PATH ->
          reply(response, callback, HttpStatus.OK_200, hub.catalogue().json());
      case FeedEndpoints.UPDATES_PATH -> updates(request, response, callback);
      case FeedEndpoints.TIME_PATH -> reply(response, callback, HttpStatus.OK_200,
          "{\"t\":" + feedNowMicros.getAsLong() + "}");
      case "/api/health" -> reply(response, callback, HttpStatus.OK_200, health());
      default -> reply(response, callback, HttpStatus.NOT_FOUND_404,
          codec.errorFrame("not-found", "no resource at " + path
              + "; see /api/series, /api/updates, and WebSocket " + FeedEndpoints.WS_PATH));
    };
  }

  /** {@code /api/health}: whether the source delivers, and where the feed stands. */
  private String health() {
    Reason now = problem.get();
    ObjectNode n = JSON.createObjectNode();
    n.put("status", now == null ? "ok" : "degraded");
    if (now != null) {
      n.put("problem", now.english());
    }
    n.put("source", description.get().english());
    n.put("stream", hub.streamId());
    n.put("last", hub.history().last());
    n.put("series", hub.catalogue().size());
    n.put("pushClients", hub.subscriberCount());
    n.set("readings", JSON.valueToTree(relay.get()));
    ObjectNode traffic = n.putObject("traffic");
    meter.totals().forEach((use, t) -> {
      if (t[0] > 0) {
        traffic.putObject(use.name().toLowerCase(java.util.Locale.ROOT))
            .put("connections", t[0]).put("bytesIn", t[1]).put("bytesOut", t[2]);
      }
    });
    return n.toString();
  }

  private boolean updates(Request request, Response response, Callback callback) {
    Fields params = Request.extractQueryParameters(request);
    long after;
    long limit;
    long waitSeconds;
    String stream;
    try {
      after = QueryNumbers.whole(params, "after", -1);
      limit = QueryNumbers.whole(params, "limit", DEFAULT_LIMIT);
      waitSeconds = QueryNumbers.whole(params, "wait", 0);
      stream = QueryNumbers.single(params, "stream");
    } catch (QueryNumbers.BadQuery e) {
      return reply(response, callback, HttpStatus.BAD_REQUEST_400,
          codec.errorFrame("bad-request", e.getMessage()));
    }
    if (limit < 1 || limit > MAX_LIMIT || waitSeconds > MAX_WAIT_SECONDS) {
      return reply(response, callback, HttpStatus.BAD_REQUEST_400,
          codec.errorFrame("bad-request", "'limit' must be between 1 and " + MAX_LIMIT
              + ", 'wait' between 0 and " + MAX_WAIT_SECONDS + " seconds"));
    }
    WireMeter.Connection wire = meter.of(request.getConnectionMetaData()
        .getRemoteSocketAddress());
    if (wire != null) {
      wire.use(waitSeconds > 0 ? WireMeter.Use.LONGPOLL : WireMeter.Use.POLL);
    }
    FeedHistory history = hub.history();
    if (after < 0) {
      report(wire, response);
      // No position yet: say where the feed stands so the client can start from there.
      long last = history.last();
      return replyBatch(response, callback, codec.batchFrame(List.of(),
          hub.budget().newestDescribed(), hub.streamId(), last, false, -1, -1, 0,
          hub.degraded()), last);
    }
    long from = hub.resumeFrom(after, stream);
    FrameBudget.Slice slice = hub.budget().slice(from, (int) limit);
    FeedHistory.Slice s = slice.history();
    boolean nothingNew = s.updates().isEmpty() && s.gapFrom() < 0;
    // Hold only a client that is exactly up to date in this stream; one ahead of the feed (a
    // 1.0 client of a server that restarted) is answered at once, so it can see 'last'.
    if (nothingNew && waitSeconds > 0 && from == s.last()) {
      LongPolls.Waiter waiter = new LongPolls.Waiter(from,
          System.nanoTime() + waitSeconds * 1_000_000_000L,
          () -> {
            report(wire, response);
            replySlice(response, callback, hub.budget().slice(from, (int) limit));
          });
      if (!hub.longPolls().hold(waiter)) {
        return reply(response, callback, HttpStatus.SERVICE_UNAVAILABLE_503,
            codec.errorFrame("busy", "too many long-poll requests are waiting"));
      }
      return true;
    }
    report(wire, response);
    if (nothingNew && etag(s.last()).equals(request.getHeaders().get(HttpHeader.IF_NONE_MATCH))) {
      response.setStatus(HttpStatus.NOT_MODIFIED_304);
      response.getHeaders().put(HttpHeader.ETAG, etag(s.last()));
      response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-cache");
      callback.succeeded();
      return true;
    }
    replySlice(response, callback, slice);
    return true;
  }

  /**
   * Tells the client what its connection carried before this answer (protocol 1.3); the header
   * line itself is left out of the counts.
   */
  private static void report(WireMeter.Connection wire, Response response) {
    if (wire != null) {
      String value = WireMeter.pollReport(wire);
      wire.excludeReport(WireMeter.headerLineBytes(FeedEndpoints.WIRE_HEADER, value));
      response.getHeaders().put(FeedEndpoints.WIRE_HEADER, value);
    }
  }

  private void replySlice(Response response, Callback callback, FrameBudget.Slice slice) {
    FeedHistory.Slice s = slice.history();
    replyBatch(response, callback, codec.batchFrame(s.updates(), slice.series(), hub.streamId(),
        s.last(), s.more(), s.gapFrom(), s.gapTo(), s.lost(), hub.degraded()), s.last());
  }

  /** A batch, tagged with the feed position it brings the client to. */
  private boolean replyBatch(Response response, Callback callback, String json, long last) {
    response.getHeaders().put(HttpHeader.ETAG, etag(last));
    return reply(response, callback, HttpStatus.OK_200, json, "no-cache");
  }

  /**
   * The entity tag of "this stream up to sequence number {@code last}": a tag of another stream
   * never matches, so a client of a restarted server is never told "not modified".
   */
  String etag(long last) {
    return "\"" + hub.streamId() + ":" + last + "\"";
  }

  private static boolean reply(Response response, Callback callback, int status, String json) {
    return reply(response, callback, status, json, "no-store");
  }

  private static boolean reply(Response response, Callback callback, int status, String json,
      String cacheControl) {
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, cacheControl);
    Content.Sink.write(response, true, json, callback);
    return true;
  }
}
