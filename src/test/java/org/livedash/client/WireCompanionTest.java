package org.livedash.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.livedash.model.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.livedash.feed.FeedEndpoints;
import org.livedash.model.FeedMode;
import org.livedash.model.ResumePoint;
import org.livedash.transport.FeedListener;
import org.livedash.transport.FeedTransport;

/** The wire view's companion: the other style, replaced when the feed changes, and retried. */
class WireCompanionTest {
  /** A transport that only records how it was used. */
  private static final class Recorded implements FeedTransport {
    final FeedMode mode;
    FeedListener listener;
    boolean closed;

    Recorded(FeedMode mode) {
      this.mode = mode;
    }

    @Override
    public FeedMode mode() {
      return mode;
    }

    @Override
    public void start(Supplier<ResumePoint> from, FeedListener l) {
      listener = l;
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  private final List<Recorded> made = new ArrayList<>();
  private final WireCompanion companion = new WireCompanion((mode, target, interval) -> {
    Recorded r = new Recorded(mode);
    made.add(r);
    return r;
  }, Runnable::run);
  private final FeedEndpoints feed = FeedEndpoints.fromUrl("ws://127.0.0.1:8080/feed");

  @Test
  void runsTheOtherStyleAndFollowsTheFeedsMode() {
    companion.follow(feed, FeedMode.WS);
    assertThat(companion.mode()).isEqualTo(FeedMode.POLL);
    companion.follow(feed, FeedMode.WS);
    assertThat(made).hasSize(1);
    companion.follow(feed, FeedMode.LONGPOLL);
    assertThat(made.get(0).closed).isTrue();
    assertThat(companion.mode()).isEqualTo(FeedMode.WS);
    companion.follow(null, FeedMode.WS);
    assertThat(companion.mode()).isNull();
    assertThat(made.get(1).closed).isTrue();
  }

  @Test
  void aCompanionThatFailedIsStartedAgainWhenAskedNext() {
    companion.follow(feed, FeedMode.WS);
    made.get(0).listener.onFailure(Reason.of("verbatim", "connection refused"), null);
    assertThat(companion.mode()).isNull();
    companion.request(feed, FeedMode.WS);
    assertThat(made).hasSize(2);
    assertThat(companion.mode()).isEqualTo(FeedMode.POLL);
  }
}
