package org.livedash.transport.polling;

import org.livedash.feed.ShownAddress;
import org.livedash.model.Reason;
import org.livedash.feed.Utf8;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.livedash.feed.DecodedFrame;
import org.livedash.feed.FeedCodec;
import org.livedash.feed.FeedEndpoints;
import org.livedash.model.EpochMicros;
import org.livedash.model.FeedMode;
import org.livedash.model.ResumePoint;
import org.livedash.model.WireEvent;
import org.livedash.model.WireLog;
import org.livedash.transport.BoundedBody;
import org.livedash.transport.CountedSpan;
import org.livedash.transport.Credentials;
import org.livedash.transport.Failures;
import org.livedash.transport.FeedListener;
import org.livedash.transport.FeedTransport;
import org.livedash.transport.HttpStatusFailure;
import org.livedash.transport.TransportEnd;
import org.livedash.transport.WireTaps;

/**
 * Pull mode: asks {@code GET /api/updates?after=N} over a keep-alive HTTP/1.1 connection, either
 * on a fixed schedule with a conditional request ({@code If-None-Match}, answered 304 when
 * nothing is new), or as a long-poll that the server holds until data arrives; and at once again
 * while the server says more is waiting. It decodes with the same codec as push mode, so the
 * modes differ only in how updates travel. Bytes are counted from the request and status lines,
 * headers and bodies as sent and received.
 */
public final class PollingTransport implements FeedTransport {
  /** Updates asked for per request; a full response means "ask again now". */
  static final int LIMIT = 5_000;
  /**
   * How long a long-poll request asks the server to hold it. RFC 6202 allows far longer; it is
   * kept short because a held request is also how a stalled path is noticed: hold plus request
   * timeout stays under the 10 s in which a dead link must be found.
   */
  static final long LONG_POLL_SECONDS = 4;
  /**
   * A long-poll answered at once with nothing new (a relay lagging behind the feed it names, a
   * server that ignores {@code wait}) is asked again after this, doubling up to {@link
   * #IDLE_RETRY_MAX_MILLIS}: never a loop of requests as fast as the network goes.
   */
  static final long IDLE_RETRY_MILLIS = 100;
  static final long IDLE_RETRY_MAX_MILLIS = 2_000;
  /** Largest answer read; a full answer of {@link #LIMIT} updates is well under 1 MiB. */
  static final int MAX_BODY_BYTES = 8 * 1024 * 1024;

  private final HttpClient http;
  private final FeedEndpoints endpoints;
  private final FeedCodec codec;
  private final ScheduledExecutorService timer;
  private final Clock clock;
  private final Duration interval;
  private final Duration requestTimeout;
  private final boolean longPoll;
  private final Credentials credentials;
  private final TransportEnd end = new TransportEnd();
  /** Whether each request goes with a browser's headers ({@link BrowserHeaders}); read per poll. */
  private volatile BooleanSupplier browserHeaders = () -> false;
  /** Where the wire view reads each request and answer; null when nothing watches. */
  private volatile WireLog.Tap tap;

  private volatile FeedListener listener;
  private volatile Supplier<ResumePoint> position;
  // Only touched by the single chain of poll callbacks; the chain is strictly sequential.
  private boolean opened;
  private String etag;
  /** Long-polls in a row answered at once that moved the position nowhere. */
  private int idleAnswers;
  /** Per connection the server named (protocol 1.3), the traffic since its last count. */
  private final Map<Long, CountedSpan> spans = new java.util.LinkedHashMap<>(4, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Long, CountedSpan> eldest) {
      return size() > 8;
    }
  };
  private volatile ScheduledFuture<?> next;

  public PollingTransport(
      HttpClient http,
      FeedEndpoints endpoints,
      FeedCodec codec,
      ScheduledExecutorService timer,
      Clock clock,
      Duration interval,
      Duration requestTimeout,
      boolean longPoll,
      Credentials credentials) {
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("poll interval must be positive");
    }
    this.http = http;
    this.endpoints = endpoints;
    this.codec = codec;
    this.timer = timer;
    this.clock = clock;
    this.interval = interval;
    this.requestTimeout = requestTimeout;
    this.longPoll = longPoll;
    this.credentials = credentials;
  }

  /**
   * Sends each poll with a browser's headers while {@code browserLike} says so (it is read before
   * every request, so it can change while polling). Call before {@link #start}.
   */
  public PollingTransport withBrowserHeaders(BooleanSupplier browserLike) {
    this.browserHeaders = browserLike;
    return this;
  }

  /** Lets the wire view see each request and its answer. Call before {@link #start}. */
  public PollingTransport withTap(WireLog.Tap wireTap) {
    this.tap = wireTap;
    return this;
  }

  @Override
  public FeedMode mode() {
    return longPoll ? FeedMode.LONGPOLL : FeedMode.POLL;
  }

  @Override
  public void start(Supplier<ResumePoint> from, FeedListener feedListener) {
    this.listener = feedListener;
    this.position = from;
    end.bind(feedListener);
    WireTaps.note(tap, clock, mode(), WireEvent.NoteKind.CONNECTING,
        Reason.of("verbatim", ShownAddress.of(endpoints.updates())));
    next = timer.schedule(this::poll, 0, TimeUnit.MILLISECONDS);
  }

  private void poll() {
    try {
      send();
    } catch (RuntimeException e) {
      fail(Reason.of("poll.failed", endpoints.updates(), Failures.rootMessage(e)), e);
    }
  }

  private void send() {
    if (end.isEnded()) {
      return;
    }
    long startedNanos = System.nanoTime();
    ResumePoint from = position.get();
    URI uri = endpoints.updatesAfter(from, LIMIT);
    boolean hold = longPoll && !from.isLive();
    if (hold) {
      uri = URI.create(uri + "&wait=" + LONG_POLL_SECONDS);
    }
    HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
        .timeout(hold ? requestTimeout.plusSeconds(LONG_POLL_SECONDS) : requestTimeout)
        .header("Accept", "application/json");
    if (browserHeaders.getAsBoolean()) {
      BrowserHeaders.applyTo(builder, uri);
    }
    credentials.applyTo(builder);
    if (etag != null && !longPoll) {
      builder.header("If-None-Match", etag);
    }
    HttpRequest request = builder.GET().build();
    http.sendAsync(request, BoundedBody.ofBytes(MAX_BODY_BYTES))
        .whenComplete((response, error) -> {
          try {
            if (error != null) {
              fail(Reason.of("poll.failed", endpoints.updates(),
                  Failures.rootMessage(error)),
                  error);
            } else {
              onResponse(request, response, startedNanos, from);
            }
          } catch (RuntimeException | Error e) {
            // Whatever broke, polling must not end silently while the status says Live.
            fail(Reason.of("poll.failed", endpoints.updates(), Failures.rootMessage(e)), e);
          }
        });
  }

  private void onResponse(HttpRequest request, HttpResponse<byte[]> response, long startedNanos,
      ResumePoint from) {
    long receivedMicros = EpochMicros.now(clock);
    if (end.isEnded()) {
      return;
    }
    FeedListener l = listener;
    byte[] body = response.body();
    boolean notModified = response.statusCode() == 304;
    long sent = requestBytes(request);
    long received = responseBytes(response);
    CountedSpan span = counted(response, sent, startedNanos, l);
    l.onTraffic(received, sent, 1, notModified);
    if (notModified) {
      show(request, response, sent, received, 0, startedNanos);
      scheduleNext(startedNanos, false, false);
      return;
    }
    etag = response.headers().firstValue("ETag").orElse(null);
    if (response.statusCode() != 200) {
      HttpStatusFailure failure = new HttpStatusFailure(endpoints.updates(),
          response.statusCode());
      fail(failure.reason(), failure);
      return;
    }
    DecodedFrame frame = codec.decode(body);
    if (span != null) {
      span.updates(frame.updates().size());
    }
    show(request, response, sent, received, frame.updates().size(), startedNanos);
    if (!frame.isRejected() && frame.updates().isEmpty() && !frame.hasGap()) {
      l.onTraffic(0, 0, 0, true);
    }
    if (!opened && !frame.isRejected()) {
      opened = true;
      l.onOpen();
    }
    l.onFrame(frame, receivedMicros);
    boolean progressed = !position.get().equals(from);
    scheduleNext(startedNanos, frame.more() && progressed, progressed);
  }

  /** Gives the wire view this request and its answer, when it is open. */
  private void show(HttpRequest request, HttpResponse<byte[]> response, long sent,
      long received, int updates, long startedNanos) {
    WireLog.Tap t = tap;
    if (t == null || !t.wants()) {
      return;
    }
    byte[] body = response.body() == null ? new byte[0] : response.body();
    t.add(new WireEvent.Exchange(EpochMicros.now(clock), t.lane(), longPoll,
        requestLine(request), WireTaps.shownHeaders(requestHeaders(request), credentials),
        response.statusCode(), statusLine(response.statusCode()),
        WireTaps.shownHeaders(response.headers().map(), Credentials.NONE), sent,
        received - body.length, body.length, updates,
        (System.nanoTime() - startedNanos) / 1_000, WireTaps.cut(
            new String(body, 0, Math.min(body.length, 4 * WireTaps.PAYLOAD_CHARS),
                java.nio.charset.StandardCharsets.UTF_8))));
  }

  /**
   * Reads the server's count of this connection (protocol 1.3), which covers everything before
   * this answer, this request included: the span it closes is reported and the answer starts the
   * next. Null against a server that does not count.
   */
  private CountedSpan counted(HttpResponse<byte[]> response, long sent, long startedNanos,
      FeedListener l) {
    String header = response.headers().firstValue(FeedEndpoints.WIRE_HEADER).orElse(null);
    WireReport wire = WireReport.parse(header);
    if (wire == null) {
      return null;
    }
    CountedSpan span = spans.get(wire.connection());
    if (span == null) {
      // A pooled connection may have carried an earlier transport's polls: count from here.
      span = new CountedSpan(startedNanos);
      spans.put(wire.connection(), span);
      span.baseline(wire.in(), wire.out(), System.nanoTime());
    } else {
      span.traffic(0, sent);
      l.onCounted(span.report(wire.in(), wire.out(), System.nanoTime()));
    }
    span.traffic(responseBytes(response), 0);
    // The header line itself: name, ": ", value, CRLF.
    span.reportBytes(FeedEndpoints.WIRE_HEADER.length() + 2 + Utf8.length(header) + 2);
    span.message(response.body() == null ? 0 : response.body().length);
    return span;
  }

  /**
   * Polls again: at once for more data, or after a long-poll that brought something or was held
   * its full time; after a growing pause when a long-poll came back at once with nothing; else
   * one interval after the last.
   */
  private void scheduleNext(long startedNanos, boolean more, boolean progressed) {
    long delayNanos;
    if (more) {
      delayNanos = 0;
    } else if (longPoll) {
      boolean held = System.nanoTime() - startedNanos
          >= TimeUnit.SECONDS.toNanos(LONG_POLL_SECONDS) - TimeUnit.MILLISECONDS.toNanos(250);
      idleAnswers = progressed || held ? 0 : idleAnswers + 1;
      delayNanos = idleAnswers == 0 ? 0 : TimeUnit.MILLISECONDS.toNanos(Math.min(
          IDLE_RETRY_MAX_MILLIS, IDLE_RETRY_MILLIS << Math.min(idleAnswers - 1, 10)));
    } else {
      delayNanos = Math.max(0, interval.toNanos() - (System.nanoTime() - startedNanos));
    }
    if (!end.isEnded()) {
      next = timer.schedule(this::poll, delayNanos, TimeUnit.NANOSECONDS);
    }
  }

  @Override
  public void close() {
    end.close(this::release);
  }

  private void fail(Reason reason, Throwable cause) {
    if (!end.isEnded()) {
      WireTaps.note(tap, clock, mode(), WireEvent.NoteKind.FAILED, reason);
    }
    end.fail(reason, cause, this::release);
  }

  private void release() {
    ScheduledFuture<?> n = next;
    if (n != null) {
      n.cancel(false);
    }
  }

  /** The request line as HTTP/1.1 sends it. */
  static String requestLine(HttpRequest request) {
    URI u = request.uri();
    return "GET " + u.getRawPath() + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery())
        + " HTTP/1.1";
  }

  /**
   * The header lines the Java client sends: those the request names, and those it adds itself
   * ({@code Host}, its {@code User-Agent} unless one is given, and an empty
   * {@code Content-Length} where this JVM's client still sends one: {@link JavaClientHeaders}).
   */
  static Map<String, List<String>> requestHeaders(HttpRequest request) {
    URI u = request.uri();
    Map<String, List<String>> h = new java.util.LinkedHashMap<>();
    if (JavaClientHeaders.sendEmptyContentLength()) {
      h.put("Content-Length", List.of("0"));
    }
    h.put("Host", List.of(u.getHost() + (u.getPort() < 0 ? "" : ":" + u.getPort())));
    if (request.headers().firstValue("User-Agent").isEmpty()) {
      h.put("User-Agent", List.of("Java-http-client/" + System.getProperty("java.version")));
    }
    h.putAll(request.headers().map());
    return h;
  }

  /** Request line and headers as HTTP/1.1 puts them on the wire. */
  static long requestBytes(HttpRequest request) {
    return requestLine(request).length() + 2 + headerBytes(requestHeaders(request)) + 2;
  }

  /** The status line: Jetty's, which names the status as RFC 9110 does. */
  static String statusLine(int status) {
    return "HTTP/1.1 " + status + " " + (status == 304 ? "Not Modified" : "OK");
  }

  /** Status line, headers and body of a response. */
  static long responseBytes(HttpResponse<byte[]> response) {
    Map<String, List<String>> headers = new java.util.LinkedHashMap<>(response.headers().map());
    // The server's count is not traffic: it leaves its own header line out, and so does this.
    headers.keySet().removeIf(name -> name.startsWith(":")
        || name.equalsIgnoreCase(FeedEndpoints.WIRE_HEADER));
    return statusLine(response.statusCode()).length() + 2 + headerBytes(headers) + 2
        + (response.body() == null ? 0 : response.body().length);
  }

  private static long headerBytes(Map<String, List<String>> headers) {
    long n = 0;
    for (Map.Entry<String, List<String>> e : headers.entrySet()) {
      for (String v : e.getValue()) {
        n += e.getKey().length() + 2 + Utf8.length(v) + 2;
      }
    }
    return n;
  }
}
