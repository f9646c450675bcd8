package org.livedash.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import org.livedash.i18n.Texts;
import org.livedash.model.Reason;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.livedash.feed.DecodedFrame;
import org.livedash.feed.FeedCodec;
import org.livedash.feed.FeedEndpoints;
import org.livedash.feed.Update;
import org.livedash.model.ResumePoint;
import org.livedash.server.DemoFeedConfig;
import org.livedash.server.FeedServer;
import org.livedash.transport.polling.PollingTransport;
import org.livedash.transport.websocket.WebSocketClients;
import org.livedash.transport.websocket.WebSocketTransport;

/** Each transport against the real demo server on a free port. */
class TransportsAgainstDemoServerTest {
  private FeedServer server;
  private FeedEndpoints endpoints;
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
  private final WebSocketClients wsClient = new WebSocketClients(5_000, TlsTrust.standard());
  private final FeedCodec codec = new FeedCodec();

  @BeforeEach
  void start() throws Exception {
    server = new FeedServer(DemoFeedConfig.defaults().withRate(100)).start();
    endpoints = FeedEndpoints.fromUrl(server.url());
  }

  @AfterEach
  void stop() throws Exception {
    wsClient.shutdown();
    timer.shutdownNow();
    server.close();
  }

  /** Records every update's sequence number and the transport's terminal call. */
  static class Recorder implements FeedListener {
    private FollowedPosition position = new FollowedPosition();
    final List<Long> seqs = new CopyOnWriteArrayList<>();
    final List<String> rejections = new CopyOnWriteArrayList<>();
    volatile boolean open;
    volatile String failure;
    volatile long bytesIn;
    volatile long bytesOut;
    volatile int requests;
    volatile int emptyPolls;

    @Override
    public void onOpen() {
      open = true;
    }

    /** Asks for the server's whole history rather than the live feed. */
    Recorder fromStart() {
      position = FollowedPosition.fromStart();
      return this;
    }

    ResumePoint resumePoint() {
      return position.get();
    }

    @Override
    public void onFrame(DecodedFrame frame, long receivedMicros) {
      position.follow(frame);
      frame.updates().stream().map(Update::seq).forEach(seqs::add);
      frame.rejections().forEach(r -> rejections.add(Texts.of(r)));
    }

    @Override
    public synchronized void onTraffic(long in, long out, int req, boolean empty) {
      bytesIn += in;
      bytesOut += out;
      requests += req;
      emptyPolls += empty ? 1 : 0;
    }

    @Override
    public void onFailure(Reason reason, Throwable cause) {
      failure = Texts.of(reason);
    }

    long last() {
      return seqs.isEmpty() ? 0 : seqs.get(seqs.size() - 1);
    }
  }

  private static void assertEveryNumberOnceFromOne(List<Long> seqs) {
    assertThat(seqs).containsExactlyElementsOf(
        LongStream.rangeClosed(1, seqs.size()).boxed().toList());
  }

  @Test
  void webSocketReceivesEverySequenceNumberFromOneExactlyOnce() {
    Recorder r = new Recorder().fromStart();
    WebSocketTransport ws = new WebSocketTransport(wsClient, endpoints, codec,
        Executors.newSingleThreadExecutor(), timer, Clock.systemUTC(), Duration.ofSeconds(5),
        Credentials.NONE);
    ws.start(r::resumePoint, r);
    await().atMost(Duration.ofSeconds(10)).until(() -> r.seqs.size() > 2_000);
    ws.close();
    assertThat(r.open).isTrue();
    assertThat(r.failure).isNull();
    assertThat(r.rejections).isEmpty();
    assertThat(r.bytesIn).isPositive();
    assertEveryNumberOnceFromOne(List.copyOf(r.seqs));
  }

  @Test
  void pollingReceivesEverySequenceNumberFromOneExactlyOnce() {
    Recorder r = new Recorder().fromStart();
    PollingTransport poll = new PollingTransport(HttpClient.newHttpClient(), endpoints, codec,
        timer, Clock.systemUTC(), Duration.ofMillis(100), Duration.ofSeconds(5), false,
        Credentials.NONE);
    poll.start(r::resumePoint, r);
    await().atMost(Duration.ofSeconds(10)).until(() -> r.seqs.size() > 2_000);
    poll.close();
    assertThat(r.failure).isNull();
    assertThat(r.requests).isGreaterThan(1);
    assertEveryNumberOnceFromOne(List.copyOf(r.seqs));
  }

  @Test
  void longPollingReceivesEverySequenceNumberFromOneExactlyOnce() {
    Recorder r = new Recorder().fromStart();
    PollingTransport poll = new PollingTransport(HttpClient.newHttpClient(), endpoints, codec,
        timer, Clock.systemUTC(), Duration.ofSeconds(1), Duration.ofSeconds(5), true,
        Credentials.NONE);
    assertThat(poll.mode()).isEqualTo(org.livedash.model.FeedMode.LONGPOLL);
    poll.start(r::resumePoint, r);
    await().atMost(Duration.ofSeconds(10)).until(() -> r.seqs.size() > 2_000);
    poll.close();
    assertThat(r.failure).isNull();
    assertEveryNumberOnceFromOne(List.copyOf(r.seqs));
  }

  @Test
  void intervalPollingOfAQuietFeedGetsNotModifiedAnswers() throws Exception {
    try (FeedServer quiet = new FeedServer(DemoFeedConfig.defaults().withRate(0.001))
        .start()) {
      Recorder r = new Recorder();
      PollingTransport poll = new PollingTransport(HttpClient.newHttpClient(),
          FeedEndpoints.fromUrl(quiet.url()), codec, timer, Clock.systemUTC(),
          Duration.ofMillis(50), Duration.ofSeconds(5), false,
        Credentials.NONE);
      poll.start(r::resumePoint, r);
      await().atMost(Duration.ofSeconds(10)).until(() -> r.emptyPolls >= 5);
      poll.close();
      // The first answer says where the feed stands; the quiet ones after it are 304s, whose
      // bytes are a status line and a few headers: far less than a JSON body.
      assertThat(r.bytesIn / r.requests).isLessThan(200);
      assertThat(r.failure).isNull();
    }
  }

  @Test
  void webSocketCountsTheUpgradeExchange() {
    Recorder r = new Recorder();
    WebSocketTransport ws = new WebSocketTransport(wsClient, endpoints, codec,
        Executors.newSingleThreadExecutor(), timer, Clock.systemUTC(), Duration.ofSeconds(5),
        Credentials.NONE);
    ws.start(r::resumePoint, r);
    await().until(() -> r.open);
    ws.close();
    // GET line, Host, Upgrade, Connection, Sec-WebSocket-Key and -Version at the least.
    assertThat(r.bytesOut).isGreaterThan(150);
    assertThat(r.bytesIn).isGreaterThan(100);
  }

  @Test
  void webSocketReportsFailureWhenTheServerGoesAway() throws Exception {
    Recorder r = new Recorder();
    WebSocketTransport ws = new WebSocketTransport(wsClient, endpoints, codec,
        Executors.newSingleThreadExecutor(), timer, Clock.systemUTC(), Duration.ofSeconds(5),
        Credentials.NONE);
    ws.start(r::resumePoint, r);
    await().until(() -> r.open);
    server.close();
    await().atMost(Duration.ofSeconds(10)).until(() -> r.failure != null);
  }

  @Test
  void pollingReportsFailureWhenNothingListens() throws Exception {
    server.close();
    Recorder r = new Recorder();
    PollingTransport poll = new PollingTransport(HttpClient.newHttpClient(), endpoints, codec,
        timer, Clock.systemUTC(), Duration.ofMillis(100), Duration.ofSeconds(2), false,
        Credentials.NONE);
    poll.start(r::resumePoint, r);
    await().atMost(Duration.ofSeconds(10)).until(() -> r.failure != null);
    assertThat(r.failure).contains("failed");
  }
}
