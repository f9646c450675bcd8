package org.livedash.client;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.livedash.transport.DaemonThreads;
import org.livedash.feed.FeedCodec;
import org.livedash.feed.FeedEndpoints;
import org.livedash.model.FeedMode;
import org.livedash.model.WireEvent;
import org.livedash.model.WireLog;
import org.livedash.transport.Credentials;
import org.livedash.transport.FeedTransport;
import org.livedash.transport.polling.PollingTransport;
import org.livedash.transport.websocket.WebSocketClients;
import org.livedash.transport.websocket.WebSocketTransport;

/**
 * The network side of a client: one WebSocket client, HTTP clients kept apart by purpose, the
 * threads they run on, and the transports made from them, each tapped for the wire view. A
 * server counts each connection's traffic as the mode's that uses it, so the catalogue and
 * clock requests, the polls and the wire view's companion each have an HTTP client of their
 * own. Owns their lifetime.
 */
final class FeedConnections implements AutoCloseable {
  private final FeedAccess access;
  private final WireLog wireLog;
  /** Whether polls go with a browser's request headers: read before every request. */
  private final AtomicBoolean browserHeaders = new AtomicBoolean();
  private final WebSocketClients webSockets;
  private final ExecutorService connectExecutor;
  private final ExecutorService httpExecutor;
  private final ScheduledExecutorService timer;
  private final HttpClient requests;
  private final HttpClient polls;
  private final HttpClient companionRequests;
  private final FeedCodec codec = new FeedCodec();
  private final Clock clock = Clock.systemUTC();

  FeedConnections(FeedAccess access, WireLog wireLog) {
    this.access = access;
    this.wireLog = wireLog;
    browserHeaders.set(access.browserHeaders());
    webSockets = access.webSocketClients((int) AppContext.REQUEST_TIMEOUT.toMillis());
    connectExecutor = Executors.newCachedThreadPool(DaemonThreads.named("feed-connect"));
    httpExecutor = Executors.newFixedThreadPool(2, DaemonThreads.named("feed-http"));
    timer = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("feed-timer"));
    requests = httpClient();
    polls = httpClient();
    companionRequests = httpClient();
  }

  private HttpClient httpClient() {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .sslContext(access.trust())
        .connectTimeout(AppContext.REQUEST_TIMEOUT)
        .executor(httpExecutor)
        .build();
  }

  /**
   * The feed's own connection for {@code shape}: a feed in its own shape is pushed (one kind of
   * connection, whatever the mode); a LiveDash feed in {@code mode}.
   */
  FeedTransport main(FeedMode mode, FeedEndpoints target, Duration interval, FeedShape shape) {
    Credentials credentials = shape.credentials() != null ? shape.credentials()
        : access.credentials();
    return shape.json() != null
        ? WebSocketTransport.ofJson(webSockets, target, shape.json(), connectExecutor, timer,
            clock, credentials).withTap(wireLog.tap(WireEvent.Lane.MAIN))
        : liveDash(mode, target, interval, polls, credentials, WireEvent.Lane.MAIN);
  }

  /** The wire view's companion connection to a LiveDash feed, beside the feed's own. */
  FeedTransport companion(FeedMode mode, FeedEndpoints target, Duration interval) {
    return liveDash(mode, target, interval, companionRequests, access.credentials(),
        WireEvent.Lane.COMPANION);
  }

  private FeedTransport liveDash(FeedMode mode, FeedEndpoints target, Duration interval,
      HttpClient http, Credentials credentials, WireEvent.Lane lane) {
    return switch (mode) {
      case WS -> new WebSocketTransport(webSockets, target, codec, connectExecutor, timer, clock,
          AppContext.DEAD_LINK_AFTER, credentials).withTap(wireLog.tap(lane));
      case POLL, LONGPOLL -> new PollingTransport(http, target, codec, timer, clock, interval,
          AppContext.REQUEST_TIMEOUT, mode == FeedMode.LONGPOLL, credentials)
          .withBrowserHeaders(browserHeaders::get).withTap(wireLog.tap(lane));
    };
  }

  /** The HTTP client of the catalogue and clock requests. */
  HttpClient requests() {
    return requests;
  }

  WebSocketClients webSockets() {
    return webSockets;
  }

  /** Where connections are opened, and short work off the JavaFX thread runs. */
  ExecutorService connectExecutor() {
    return connectExecutor;
  }

  ScheduledExecutorService timer() {
    return timer;
  }

  AtomicBoolean browserHeaders() {
    return browserHeaders;
  }

  @Override
  public void close() throws InterruptedException {
    timer.shutdownNow();
    webSockets.shutdown();
    connectExecutor.shutdownNow();
    httpExecutor.shutdownNow();
    httpExecutor.awaitTermination(1, TimeUnit.SECONDS);
  }
}
