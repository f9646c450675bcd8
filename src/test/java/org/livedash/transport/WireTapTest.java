package org.livedash.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.livedash.feed.FeedCodec;
import org.livedash.feed.FeedEndpoints;
import org.livedash.model.WireEvent;
import org.livedash.model.WireLog;
import org.livedash.server.DemoFeedConfig;
import org.livedash.server.FeedServer;
import org.livedash.transport.polling.PollingTransport;
import org.livedash.transport.websocket.WebSocketClients;
import org.livedash.transport.websocket.WebSocketTransport;

/** What the wire view is given: read from what the transports really sent and received. */
class WireTapTest {
  private FeedServer server;
  private FeedEndpoints endpoints;
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
  private final ExecutorService connector = Executors.newSingleThreadExecutor();
  private final WebSocketClients wsClient = new WebSocketClients(5_000, TlsTrust.standard());
  private final WireLog log = new WireLog();

  @BeforeEach
  void start() throws Exception {
    server = new FeedServer(DemoFeedConfig.defaults().withRate(5)).start();
    endpoints = FeedEndpoints.fromUrl(server.url());
  }

  @AfterEach
  void stop() throws Exception {
    wsClient.shutdown();
    timer.shutdownNow();
    connector.shutdownNow();
    server.close();
  }

  private WebSocketTransport webSocket(Credentials credentials) {
    return new WebSocketTransport(wsClient, endpoints, new FeedCodec(), connector, timer,
        Clock.systemUTC(), Duration.ofSeconds(5), credentials)
        .withTap(log.tap(WireEvent.Lane.MAIN));
  }

  private <T extends WireEvent> List<T> events(Class<T> type) {
    return log.since(0).events().stream().filter(type::isInstance).map(type::cast).toList();
  }

  @Test
  void aTokenTypedIntoTheAddressGoesToTheServerButIsNeverShown() throws Exception {
    log.setOpen(true);
    endpoints = FeedEndpoints.fromUrl(server.url() + "?token=typed-s3cret");
    TransportsAgainstDemoServerTest.Recorder r = new TransportsAgainstDemoServerTest.Recorder();
    WebSocketTransport ws = webSocket(Credentials.NONE);
    ws.start(r::resumePoint, r);
    await().atMost(Duration.ofSeconds(10)).until(() -> events(WireEvent.Frame.class).size() > 1);
    ws.close();
    WireEvent.Handshake h = log.handshake(WireEvent.Lane.MAIN);
    assertThat(h.requestLine()).startsWith("GET /feed?token=***&status=1");
    assertThat(log.since(0).events()).allSatisfy(
        e -> assertThat(e.toString()).doesNotContain("typed-s3cret"));

    // Refused: the failure names the address without it.
    int closed;
    try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
      closed = s.getLocalPort();
    }
    endpoints = FeedEndpoints.fromUrl("ws://127.0.0.1:" + closed + "/feed?api_key=typed-s3cret");
    TransportsAgainstDemoServerTest.Recorder refused =
        new TransportsAgainstDemoServerTest.Recorder();
    webSocket(Credentials.NONE).start(refused::resumePoint, refused);
    await().atMost(Duration.ofSeconds(10)).until(() -> refused.failure != null);
    assertThat(refused.failure).contains("127.0.0.1:" + closed + "/feed?api_key=***")
        .doesNotContain("typed-s3cret");
  }

  @Test
  void showsTheUpgradeVerbatimWithTheAcceptKeyCheckedAndTheFramesAsTheyCame() {
    log.setOpen(true);
    TransportsAgainstDemoServerTest.Recorder r = new TransportsAgainstDemoServerTest.Recorder();
    WebSocketTransport ws = webSocket(Credentials.of("s3cret-token", List.of()));
    ws.start(r::resumePoint, r);
    await().atMost(Duration.ofSeconds(10)).until(() -> events(WireEvent.Frame.class).size() > 3);
    ws.close();

    WireEvent.Handshake h = log.handshake(WireEvent.Lane.MAIN);
    assertThat(h.requestLine()).startsWith("GET /feed").endsWith(" HTTP/1.1");
    assertThat(h.requestHeaders()).extracting(WireEvent.Header::name)
        .contains("Upgrade", "Connection", "Sec-WebSocket-Key", "Sec-WebSocket-Version");
    assertThat(h.statusLine()).isEqualTo("HTTP/1.1 101 Switching Protocols");
    assertThat(h.accept()).isNotBlank();
    assertThat(h.acceptValid()).isTrue();
    // The token went, but is never shown.
    assertThat(h.requestHeaders()).contains(new WireEvent.Header("Authorization",
        WireTaps.HIDDEN));
    assertThat(h.toString()).doesNotContain("s3cret-token");

    WireEvent.Frame hello = events(WireEvent.Frame.class).get(0);
    assertThat(hello.fromServer()).isTrue();
    assertThat(hello.opcode()).isEqualTo(WireEvent.Opcode.TEXT);
    assertThat(hello.fin()).isTrue();
    assertThat(hello.masked()).isFalse();
    assertThat(hello.payload()).contains("\"type\":\"hello\"");
    assertThat(hello.headerBytes()).isEqualTo(
        WireSize.webSocketHeader(hello.payloadBytes(), false));
    // The client's own close frame is masked and carries its code.
    WireEvent.Frame close = events(WireEvent.Frame.class).stream()
        .filter(f -> f.opcode() == WireEvent.Opcode.CLOSE && !f.fromServer()).findFirst()
        .orElseThrow();
    assertThat(close.masked()).isTrue();
    assertThat(close.closeCode()).isEqualTo(1000);
  }

  @Test
  void showsEachPollAndWhetherItCameBackEmpty() {
    log.setOpen(true);
    TransportsAgainstDemoServerTest.Recorder r = new TransportsAgainstDemoServerTest.Recorder();
    PollingTransport poll = new PollingTransport(HttpClient.newHttpClient(), endpoints,
        new FeedCodec(), timer, Clock.systemUTC(), Duration.ofMillis(20), Duration.ofSeconds(5),
        false, Credentials.NONE).withTap(log.tap(WireEvent.Lane.MAIN));
    poll.start(r::resumePoint, r);
    // At 20 ms against 60 updates a second, some polls find nothing new: 304.
    await().atMost(Duration.ofSeconds(10)).until(() -> events(WireEvent.Exchange.class).stream()
        .anyMatch(e -> e.status() == 304) && events(WireEvent.Exchange.class).stream()
        .anyMatch(e -> e.updates() > 0));
    poll.close();
    WireEvent.Exchange full = events(WireEvent.Exchange.class).stream()
        .filter(e -> e.updates() > 0).findFirst().orElseThrow();
    assertThat(full.requestLine()).startsWith("GET /api/updates?after=");
    assertThat(full.requestHeaders()).extracting(WireEvent.Header::name)
        .contains("Host", "Accept");
    assertThat(full.statusLine()).isEqualTo("HTTP/1.1 200 OK");
    assertThat(full.body()).startsWith("{\"type\":\"batch\"");
    assertThat(full.empty()).isFalse();
    WireEvent.Exchange empty = events(WireEvent.Exchange.class).stream()
        .filter(e -> e.status() == 304).findFirst().orElseThrow();
    assertThat(empty.empty()).isTrue();
    assertThat(empty.bodyBytes()).isZero();
    assertThat(empty.requestHeaders()).extracting(WireEvent.Header::name)
        .contains("If-None-Match");
  }

  @Test
  void takesNothingWhileTheViewIsClosedButTheHandshake() {
    TransportsAgainstDemoServerTest.Recorder r = new TransportsAgainstDemoServerTest.Recorder();
    WebSocketTransport ws = webSocket(Credentials.NONE);
    ws.start(r::resumePoint, r);
    await().atMost(Duration.ofSeconds(10)).until(() -> r.open && r.bytesIn > 1_000);
    ws.close();
    assertThat(log.since(0).events()).isEmpty();
    assertThat(log.handshake(WireEvent.Lane.MAIN)).isNotNull();
  }
}
