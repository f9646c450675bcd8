package org.livedash.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import org.livedash.model.Reason;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.livedash.feed.DecodedFrame;
import org.livedash.feed.FeedCodec;
import org.livedash.feed.FeedEndpoints;
import org.livedash.feed.FrameWriter;
import org.livedash.feed.Update;
import org.livedash.model.FeedMode;
import org.livedash.model.FeedPosition;
import org.livedash.model.ResumePoint;
import org.livedash.model.SeriesMeta;

/**
 * A server of protocol 1.0 names no stream. When it restarts behind the client's position its
 * {@code hello} is the only sign, and the connection that brought it was opened after the old
 * position, so the new stream's first updates would never be asked for: the client asks again,
 * from the start of the server's history.
 */
class UnnamedStreamRestartTest {
  private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
  private final List<ConnectionSupervisorTest.FakeTransport> transports =
      new CopyOnWriteArrayList<>();
  private final FeedCodec codec = new FeedCodec();
  private final FrameWriter frames = new FrameWriter();

  @AfterEach
  void shutdown() {
    executor.shutdownNow();
  }

  /** A sink whose position follows the frames by the dashboard's own rules. */
  private static final class PositionSink implements FeedSink {
    private final FeedPosition position = new FeedPosition(true);
    final List<Long> seqs = new CopyOnWriteArrayList<>();

    @Override
    public void onConnecting(FeedEndpoints endpoints) {}

    @Override
    public void onCatalogue(List<SeriesMeta> catalogue) {}

    @Override
    public void onModeEntered(FeedMode mode, Duration pollInterval) {}

    @Override
    public void onStopped() {}

    @Override
    public void onTraffic(FeedMode mode, long in, long out, int requests, boolean empty) {}

    @Override
    public synchronized ResumePoint resumePoint() {
      return position.resumePoint();
    }

    @Override
    public synchronized void onFrame(FeedMode mode, DecodedFrame frame, long receivedMicros) {
      if (frame.last() >= 0) {
        position.announce(frame.stream(), frame.last());
      }
      for (Update u : frame.updates()) {
        if (position.advance(u.seq()) >= 0) {
          seqs.add(u.seq());
        }
      }
    }
  }

  private void hello(ConnectionSupervisorTest.FakeTransport t, long last) {
    t.listener.onFrame(codec.decode(frames.helloFrame("old-server", null, last, 1_000, 1)), 1);
  }

  private void updates(ConnectionSupervisorTest.FakeTransport t, long from, long to) {
    List<String> encoded = new java.util.ArrayList<>();
    for (long s = from; s <= to; s++) {
      encoded.add(frames.encodeUpdate(Update.of(s, "a", s, s)));
    }
    t.listener.onFrame(codec.decode(frames.batchFrame(encoded, -1, false, -1, -1)), 1);
  }

  @Test
  void aRestartBehindThePositionIsAskedAgainFromTheStartOfItsHistory() {
    PositionSink sink = new PositionSink();
    ConnectionSupervisor supervisor = new ConnectionSupervisor((mode, e, i) -> {
      ConnectionSupervisorTest.FakeTransport t = new ConnectionSupervisorTest.FakeTransport(mode);
      transports.add(t);
      return t;
    }, e -> CompletableFuture.completedFuture(List.<SeriesMeta>of()), sink,
        new ReconnectPolicy(Duration.ofMillis(10), Duration.ofMillis(40), new Random(0)),
        executor, System::nanoTime);
    supervisor.connect(FeedEndpoints.fromUrl("ws://127.0.0.1:1/feed"), FeedMode.WS,
        Duration.ofSeconds(1));
    await().until(() -> transports.size() == 1 && transports.get(0).listener != null);
    ConnectionSupervisorTest.FakeTransport first = transports.get(0);
    hello(first, 0);
    updates(first, 1, 50);
    first.listener.onFailure(Reason.of("verbatim", "server went away"), null);
    await().until(() -> transports.size() == 2 && transports.get(1).listener != null);
    ConnectionSupervisorTest.FakeTransport second = transports.get(1);
    assertThat(second.startedAfter).isEqualTo(new ResumePoint(50, null));
    // It restarted and issued 7 numbers of a new stream; its hello is the only sign.
    hello(second, 7);
    await().until(() -> transports.size() == 3 && transports.get(2).listener != null);
    assertThat(second.closed).isTrue();
    assertThat(transports.get(2).startedAfter).isEqualTo(new ResumePoint(0, null));
    hello(transports.get(2), 7);
    updates(transports.get(2), 1, 7);
    assertThat(sink.seqs).endsWith(1L, 2L, 3L, 4L, 5L, 6L, 7L);
    supervisor.close();
  }
}
