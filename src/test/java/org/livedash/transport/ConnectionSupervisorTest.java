package org.livedash.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import org.livedash.model.Reason;
import org.livedash.i18n.Texts;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.livedash.feed.DecodedFrame;
import org.livedash.feed.FeedCodec;
import org.livedash.feed.FeedEndpoints;
import org.livedash.feed.FrameWriter;
import org.livedash.feed.Update;
import org.livedash.model.ConnectionState;
import org.livedash.model.FeedMode;
import org.livedash.model.ResumePoint;
import org.livedash.model.SeriesKind;
import org.livedash.model.SeriesMeta;

class ConnectionSupervisorTest {
  private static final FeedEndpoints ENDPOINTS = FeedEndpoints.fromUrl("ws://127.0.0.1:1/feed");
  private static final List<SeriesMeta> CATALOGUE =
      List.of(SeriesMeta.of("a", "A", "", SeriesKind.SENSOR, 0, 1));

  private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
  private final List<FakeTransport> transports = new CopyOnWriteArrayList<>();
  private final RecordingSink sink = new RecordingSink();
  private final ReconnectPolicy fastRetries =
      new ReconnectPolicy(Duration.ofMillis(10), Duration.ofMillis(40), new Random(0));

  @AfterEach
  void shutdown() {
    executor.shutdownNow();
  }

  /** A transport the test drives by hand. */
  static final class FakeTransport implements FeedTransport {
    final FeedMode mode;
    volatile FeedListener listener;
    volatile ResumePoint startedAfter;
    volatile boolean closed;

    FakeTransport(FeedMode mode) {
      this.mode = mode;
    }

    @Override
    public FeedMode mode() {
      return mode;
    }

    @Override
    public void start(Supplier<ResumePoint> from, FeedListener l) {
      startedAfter = from.get();
      listener = l;
    }

    @Override
    public void close() {
      closed = true;
    }

    void deliver(long seq) {
      FrameWriter w = new FrameWriter();
      listener.onFrame(new FeedCodec().decode(w.batchFrame(
          List.of(w.encodeUpdate(Update.of(seq, "a", 1, 1))), -1, false, -1, -1)), 1);
    }
  }

  /** Records what reaches the model. */
  static final class RecordingSink implements FeedSink {
    final List<Long> seqs = new CopyOnWriteArrayList<>();
    final List<FeedMode> modes = new CopyOnWriteArrayList<>();
    volatile boolean stopped;

    @Override
    public ResumePoint resumePoint() {
      return seqs.isEmpty() ? ResumePoint.LIVE : new ResumePoint(seqs.get(seqs.size() - 1), null);
    }

    @Override
    public void onConnecting(FeedEndpoints endpoints) {}

    @Override
    public void onCatalogue(List<SeriesMeta> catalogue) {}

    @Override
    public void onModeEntered(FeedMode mode, java.time.Duration pollInterval) {
      modes.add(mode);
    }

    @Override
    public void onStopped() {
      stopped = true;
    }

    @Override
    public void onFrame(FeedMode mode, DecodedFrame frame, long receivedMicros) {
      frame.updates().forEach(u -> seqs.add(u.seq()));
    }

    @Override
    public void onTraffic(FeedMode mode, long in, long out, int requests, boolean empty) {}
  }

  private ConnectionSupervisor supervisor(CatalogueSource catalogue) {
    return new ConnectionSupervisor((mode, e, i) -> {
      FakeTransport t = new FakeTransport(mode);
      transports.add(t);
      return t;
    }, catalogue, sink, fastRetries, executor, System::nanoTime);
  }

  @Test
  void aMeasurementIsLabelledWithTheModeOfTheTransportThatDeliveredIt() {
    // A feed that can only push: asked to poll, it is pushed all the same. What it delivers is
    // push, and must never be measured, shown or reported as polling.
    ConnectionSupervisor s = new ConnectionSupervisor((mode, e, i) -> {
      FakeTransport t = new FakeTransport(FeedMode.WS);
      transports.add(t);
      return t;
    }, e -> CompletableFuture.completedFuture(CATALOGUE), sink, fastRetries, executor,
        System::nanoTime);
    s.connect(ENDPOINTS, FeedMode.POLL, Duration.ofSeconds(1));
    await().until(() -> transports.size() == 1 && transports.get(0).listener != null);
    assertThat(sink.modes).containsExactly(FeedMode.WS);
    transports.get(0).listener.onOpen();
    await().until(() -> s.status().state() == ConnectionState.LIVE);
    assertThat(s.status().mode()).as("the status names the mode in use").isEqualTo(FeedMode.WS);
    s.switchMode(FeedMode.LONGPOLL, Duration.ofSeconds(1));
    await().until(() -> transports.size() == 2 && transports.get(1).listener != null);
    assertThat(sink.modes).containsExactly(FeedMode.WS, FeedMode.WS);
  }

  @Test
  void becomesLiveWhenTheTransportOpens() {
    ConnectionSupervisor s = supervisor(e -> CompletableFuture.completedFuture(CATALOGUE));
    s.connect(ENDPOINTS, FeedMode.WS, Duration.ofSeconds(1));
    await().until(() -> transports.size() == 1 && transports.get(0).listener != null);
    assertThat(s.status().state()).isEqualTo(ConnectionState.CONNECTING);
    transports.get(0).listener.onOpen();
    await().until(() -> s.status().state() == ConnectionState.LIVE);
  }

  @Test
  void reconnectsWithBackoffAndResumesAfterTheLastUpdate() {
    ConnectionSupervisor s = supervisor(e -> CompletableFuture.completedFuture(CATALOGUE));
    s.connect(ENDPOINTS, FeedMode.WS, Duration.ofSeconds(1));
    await().until(() -> transports.size() == 1 && transports.get(0).listener != null);
    FakeTransport first = transports.get(0);
    first.deliver(7);
    first.listener.onFailure(Reason.of("verbatim", "server went away"), null);
    await().until(() -> transports.size() == 2 && transports.get(1).listener != null);
    assertThat(transports.get(1).startedAfter).isEqualTo(new ResumePoint(7, null));
  }

  @Test
  void showsReconnectingWhileTheCatalogueCannotBeRead() {
    AtomicInteger calls = new AtomicInteger();
    ConnectionSupervisor s = supervisor(e -> calls.incrementAndGet() < 4
        ? CompletableFuture.failedFuture(new IOException("Connection refused"))
        : CompletableFuture.completedFuture(CATALOGUE));
    s.connect(ENDPOINTS, FeedMode.POLL, Duration.ofSeconds(1));
    await().until(() -> s.status().state() == ConnectionState.RECONNECTING);
    assertThat(Texts.of(s.status().detail())).contains("Connection refused");
    await().until(() -> transports.size() == 1);
    assertThat(calls.get()).isEqualTo(4);
  }

  @Test
  void aCatalogueAnsweredAsNoLiveDashServerDoesSaysWhereSuchAFeedIsRead() {
    ConnectionSupervisor s = supervisor(e -> CompletableFuture.failedFuture(
        new HttpStatusFailure(ENDPOINTS.catalogue(), 426)));
    s.connect(ENDPOINTS, FeedMode.WS, Duration.ofSeconds(1));
    await().until(() -> s.status().state() == ConnectionState.RECONNECTING);
    assertThat(Texts.of(s.status().detail())).contains("HTTP 426")
        .contains("not a LiveDash server? A feed of its own shape is read with a profile");
    ConnectionSupervisor busy = supervisor(e -> CompletableFuture.failedFuture(
        new HttpStatusFailure(ENDPOINTS.catalogue(), 503)));
    busy.connect(ENDPOINTS, FeedMode.WS, Duration.ofSeconds(1));
    await().until(() -> busy.status().state() == ConnectionState.RECONNECTING);
    assertThat(Texts.of(busy.status().detail())).as("a LiveDash server in trouble")
        .contains("HTTP 503").doesNotContain("profile");
  }

  @Test
  void switchingModeDropsFramesFromTheOldTransport() {
    ConnectionSupervisor s = supervisor(e -> CompletableFuture.completedFuture(CATALOGUE));
    s.connect(ENDPOINTS, FeedMode.WS, Duration.ofSeconds(1));
    await().until(() -> transports.size() == 1 && transports.get(0).listener != null);
    FakeTransport ws = transports.get(0);
    ws.deliver(1);
    s.switchMode(FeedMode.POLL, Duration.ofMillis(100));
    await().until(() -> transports.size() == 2 && transports.get(1).listener != null);
    FakeTransport poll = transports.get(1);
    assertThat(ws.closed).isTrue();
    assertThat(poll.mode()).isEqualTo(FeedMode.POLL);
    assertThat(poll.startedAfter).isEqualTo(new ResumePoint(1, null));
    ws.deliver(2);
    poll.deliver(2);
    assertThat(sink.seqs).containsExactly(1L, 2L);
    assertThat(sink.modes).containsExactly(FeedMode.WS, FeedMode.POLL);
  }

  @Test
  void disconnectStopsRetrying() {
    AtomicInteger calls = new AtomicInteger();
    ConnectionSupervisor s = supervisor(e -> {
      calls.incrementAndGet();
      return CompletableFuture.failedFuture(new IOException("down"));
    });
    s.connect(ENDPOINTS, FeedMode.WS, Duration.ofSeconds(1));
    await().until(() -> calls.get() >= 2);
    s.disconnect();
    await().until(() -> s.status().state() == ConnectionState.DOWN);
    int afterDisconnect = calls.get();
    // Retries come every 10-40 ms; a live retry loop would have called many times by now.
    await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2))
        .until(() -> calls.get() == afterDisconnect);
    assertThat(s.isRunning()).isFalse();
  }

  @Test
  void disconnectDoesNotWaitForACatalogueThatNeverComes() {
    CompletableFuture<List<SeriesMeta>> never = new CompletableFuture<>();
    ConnectionSupervisor s = supervisor(e -> never);
    s.connect(ENDPOINTS, FeedMode.WS, Duration.ofSeconds(1));
    await().until(() -> s.status().state() == ConnectionState.CONNECTING);
    s.disconnect();
    await().atMost(Duration.ofSeconds(1)).until(() -> s.status().state() == ConnectionState.DOWN);
    never.complete(CATALOGUE);
    await().during(Duration.ofMillis(200)).until(() -> transports.isEmpty());
  }

  @Test
  void stopsAndSaysWhyWhenTheServerRefusesAccess() {
    AtomicInteger calls = new AtomicInteger();
    ConnectionSupervisor s = supervisor(e -> {
      calls.incrementAndGet();
      return CompletableFuture.failedFuture(
          new HttpStatusFailure(java.net.URI.create("http://h:1/api/series"), 401));
    });
    s.connect(ENDPOINTS, FeedMode.POLL, Duration.ofSeconds(1));
    await().until(() -> sink.stopped);
    assertThat(s.status().state()).isEqualTo(ConnectionState.DOWN);
    assertThat(Texts.of(s.status().detail())).contains("401").contains("--token");
    await().during(Duration.ofMillis(200)).until(() -> calls.get() == 1);
  }

  @Test
  void retriesWithBackoffWhenTheServerIsBusy() {
    AtomicInteger calls = new AtomicInteger();
    ConnectionSupervisor s = supervisor(e -> calls.incrementAndGet() < 3
        ? CompletableFuture.failedFuture(
            new HttpStatusFailure(java.net.URI.create("http://h:1/api/series"), 503))
        : CompletableFuture.completedFuture(CATALOGUE));
    s.connect(ENDPOINTS, FeedMode.POLL, Duration.ofSeconds(1));
    await().until(() -> s.status().state() == ConnectionState.RECONNECTING);
    assertThat(Texts.of(s.status().detail())).contains("503").contains("busy");
    await().until(() -> transports.size() == 1);
  }
}
