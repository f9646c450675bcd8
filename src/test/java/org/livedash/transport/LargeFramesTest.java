package org.livedash.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import org.livedash.i18n.Texts;
import org.livedash.model.Reason;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.livedash.feed.DecodedFrame;
import org.livedash.feed.FeedCodec;
import org.livedash.feed.FeedEndpoints;
import org.livedash.feed.Update;
import org.livedash.model.ResumePoint;
import org.livedash.model.SeriesMeta;
import org.livedash.server.FeedServer;
import org.livedash.server.HandFedSource;
import org.livedash.server.Reading;
import org.livedash.server.ServerAccess;
import org.livedash.server.ServerConfig;
import org.livedash.transport.websocket.WebSocketClients;
import org.livedash.transport.websocket.WebSocketTransport;

/**
 * A fast feed never turns into data loss: the server cuts a batch too big for one frame into
 * several (each describing the series it brings first), and a frame above the client's limit is
 * reported as what it is.
 */
class LargeFramesTest {
  private final HandFedSource source = new HandFedSource();
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
  private final ExecutorService connector = Executors.newSingleThreadExecutor();
  private final List<WebSocketClients> clients = new ArrayList<>();
  private FeedServer server;

  @AfterEach
  void stop() throws Exception {
    clients.forEach(WebSocketClients::shutdown);
    timer.shutdownNow();
    connector.shutdownNow();
    if (server != null) {
      server.close();
    }
  }

  /** Every frame, and the transport's failure. */
  private static final class Frames implements FeedListener {
    final List<DecodedFrame> frames = new CopyOnWriteArrayList<>();
    volatile String failure;
    /** Updates delivered when the failure was reported. */
    volatile int updatesAtFailure = -1;
    /** When set, the first batch waits for it: the decoding falls behind the socket. */
    volatile CountDownLatch holdFirstBatch;

    @Override
    public void onFrame(DecodedFrame frame, long receivedMicros) {
      CountDownLatch hold = holdFirstBatch;
      if (hold != null && !frame.updates().isEmpty()) {
        holdFirstBatch = null;
        await().atMost(Duration.ofSeconds(10)).until(() -> hold.getCount() == 0);
      }
      frames.add(frame);
    }

    @Override
    public void onFailure(Reason reason, Throwable cause) {
      updatesAtFailure = seqs().size();
      failure = Texts.of(reason);
    }

    List<Long> seqs() {
      return frames.stream().flatMap(f -> f.updates().stream()).map(Update::seq).toList();
    }
  }

  private Frames connect(int maxFrameBytes) throws Exception {
    server = new FeedServer(ServerConfig.defaults(), source, ServerAccess.open()).start();
    WebSocketClients ws = new WebSocketClients(5_000, TlsTrust.standard(), maxFrameBytes);
    clients.add(ws);
    Frames frames = new Frames();
    WebSocketTransport transport = new WebSocketTransport(ws, FeedEndpoints.fromUrl(server.url()),
        new FeedCodec(), connector, timer, Clock.systemUTC(), Duration.ofSeconds(5),
        Credentials.NONE);
    transport.start(() -> ResumePoint.LIVE, frames);
    await().until(() -> !frames.frames.isEmpty());
    return frames;
  }

  /** One batch of {@code n} readings: series a first, b from the middle on, c only last. */
  private static Reading[] batch(int n) {
    Reading[] readings = new Reading[n];
    long t = 1_700_000_000_000_000L;
    for (int i = 0; i < n; i++) {
      String id = i == n - 1 ? "c" : i < n / 2 ? "a" : "b";
      readings[i] = Reading.of(id, t + i, i * 0.5);
    }
    return readings;
  }

  @Test
  void aBatchTooBigForOneFrameArrivesAsSeveralWithNothingMissingOrRepeated() throws Exception {
    // 20 000 updates of about 60 characters: some 1.2 MB, against frames of at most 256 KiB.
    Frames got = connect(300 * 1024);
    source.publish(batch(20_000));
    await().atMost(Duration.ofSeconds(10)).until(() -> got.seqs().size() >= 20_000);

    assertThat(got.failure).isNull();
    assertThat(got.seqs()).containsExactlyElementsOf(
        LongStream.rangeClosed(1, 20_000).boxed().toList());
    List<DecodedFrame> batches = got.frames.stream().filter(f -> !f.updates().isEmpty()).toList();
    assertThat(batches).hasSizeGreaterThanOrEqualTo(5);
    // Each series is described once, in the frame that carries its first update.
    Map<String, Long> firstSeq = Map.of("a", 1L, "b", 10_001L, "c", 20_000L);
    for (String id : firstSeq.keySet()) {
      List<DecodedFrame> describing = batches.stream()
          .filter(f -> f.series().stream().map(SeriesMeta::id).anyMatch(id::equals)).toList();
      assertThat(describing).as(id).hasSize(1);
      Update first = describing.get(0).updates().stream()
          .filter(u -> u.seriesId().equals(id)).findFirst().orElseThrow();
      assertThat(first.seq()).as(id).isEqualTo(firstSeq.get(id));
    }
  }

  @Test
  void whatTheServerSentBeforeItClosedIsAllDeliveredBeforeTheCloseIsReported() throws Exception {
    Frames got = connect(8 * 1024 * 1024);
    CountDownLatch serverClosed = new CountDownLatch(1);
    got.holdFirstBatch = serverClosed;
    source.publish(batch(1_000));
    source.publish(batch(1_000));
    // The server goes while the client is still decoding what it sent.
    server.close();
    server = null;
    serverClosed.countDown();
    await().atMost(Duration.ofSeconds(10)).until(() -> got.failure != null);

    assertThat(got.updatesAtFailure).isEqualTo(2_000);
    assertThat(got.seqs()).containsExactlyElementsOf(
        LongStream.rangeClosed(1, 2_000).boxed().toList());
  }

  @Test
  void aFrameAboveTheClientsLimitIsReportedAsTheServersFaultWithTheLimit() throws Exception {
    Frames got = connect(16 * 1024);
    source.publish(batch(1_000));
    await().atMost(Duration.ofSeconds(10)).until(() -> got.failure != null);

    assertThat(got.failure)
        .contains("larger than this client accepts (16 KiB", "--max-frame-size")
        .doesNotContain("server closed");
    assertThat(got.seqs()).isEmpty();
  }
}
