package org.livedash.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.livedash.feed.DecodedFrame;
import org.livedash.feed.FeedCodec;
import org.livedash.feed.FeedEndpoints;
import org.livedash.feed.Update;
import org.livedash.model.ConnectionState;
import org.livedash.model.FeedMode;
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
    volatile long startedAfter;
    volatile boolean closed;

    FakeTransport(FeedMode mode) {
      this.mode = mode;
    }

    @Override
    public FeedMode mode() {
      return mode;
    }

    @Override
    public void start(long afterSeq, FeedListener l) {
      startedAfter = afterSeq;
      listener = l;
    }

    @Override
    public void close() {
      closed = true;
    }

    void deliver(long seq) {
      listener.onFrame(new FeedCodec().decode(new FeedCodec().batchFrame(
          List.of(new FeedCodec().encodeUpdate(Update.of(seq, "a", 1, 1))), -1, false, -1, -1)),
          1);
    }
  }

  /** Records what reaches the model. */
  static final class RecordingSink implements FeedSink {
    final List<Long> seqs = new CopyOnWriteArrayList<>();
    final List<FeedMode> modes = new CopyOnWriteArrayList<>();

    @Override
    public long resumeAfter() {
      return seqs.isEmpty() ? FeedTransport.LIVE : seqs.get(seqs.size() - 1);
    }

    @Override
    public void onCatalogue(List<SeriesMeta> catalogue) {}

    @Override
    public void onModeEntered(FeedMode mode) {
      modes.add(mode);
    }

    @Override
    public void onStopped() {}

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
  void becomesLiveWhenTheTransportOpens() {
    ConnectionSupervisor s = supervisor(e -> CATALOGUE);
    s.connect(ENDPOINTS, FeedMode.WS, Duration.ofSeconds(1));
    await().until(() -> transports.size() == 1 && transports.get(0).listener != null);
    assertThat(s.status().state()).isEqualTo(ConnectionState.CONNECTING);
    transports.get(0).listener.onOpen();
    await().until(() -> s.status().state() == ConnectionState.LIVE);
  }

  @Test
  void reconnectsWithBackoffAndResumesAfterTheLastUpdate() {
    ConnectionSupervisor s = supervisor(e -> CATALOGUE);
    s.connect(ENDPOINTS, FeedMode.WS, Duration.ofSeconds(1));
    await().until(() -> transports.size() == 1 && transports.get(0).listener != null);
    FakeTransport first = transports.get(0);
    first.deliver(7);
    first.listener.onFailure("server went away", null);
    await().until(() -> transports.size() == 2 && transports.get(1).listener != null);
    assertThat(transports.get(1).startedAfter).isEqualTo(7);
  }

  @Test
  void showsReconnectingWhileTheCatalogueCannotBeRead() {
    AtomicInteger calls = new AtomicInteger();
    ConnectionSupervisor s = supervisor(e -> {
      if (calls.incrementAndGet() < 4) {
        throw new IOException("Connection refused");
      }
      return CATALOGUE;
    });
    s.connect(ENDPOINTS, FeedMode.POLL, Duration.ofSeconds(1));
    await().until(() -> s.status().state() == ConnectionState.RECONNECTING);
    assertThat(s.status().detail()).contains("Connection refused");
    await().until(() -> transports.size() == 1);
    assertThat(calls.get()).isEqualTo(4);
  }

  @Test
  void switchingModeDropsFramesFromTheOldTransport() {
    ConnectionSupervisor s = supervisor(e -> CATALOGUE);
    s.connect(ENDPOINTS, FeedMode.WS, Duration.ofSeconds(1));
    await().until(() -> transports.size() == 1 && transports.get(0).listener != null);
    FakeTransport ws = transports.get(0);
    ws.deliver(1);
    s.switchMode(FeedMode.POLL, Duration.ofMillis(100));
    await().until(() -> transports.size() == 2 && transports.get(1).listener != null);
    FakeTransport poll = transports.get(1);
    assertThat(ws.closed).isTrue();
    assertThat(poll.mode()).isEqualTo(FeedMode.POLL);
    assertThat(poll.startedAfter).isEqualTo(1);
    ws.deliver(2);
    poll.deliver(2);
    assertThat(sink.seqs).containsExactly(1L, 2L);
    assertThat(sink.modes).containsExactly(FeedMode.WS, FeedMode.POLL);
  }

  @Test
  void disconnectStopsRetrying() {
    ConnectionSupervisor s = supervisor(e -> {
      throw new IOException("down");
    });
    s.connect(ENDPOINTS, FeedMode.WS, Duration.ofSeconds(1));
    await().until(() -> s.status().state() == ConnectionState.RECONNECTING);
    s.disconnect();
    await().until(() -> s.status().state() == ConnectionState.DOWN);
    int attempts = s.status().attempt();
    assertThat(attempts).isZero();
  }
}
