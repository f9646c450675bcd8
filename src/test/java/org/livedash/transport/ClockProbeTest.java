package org.livedash.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.livedash.feed.FeedEndpoints;
import org.livedash.model.ClockOffset;
import org.livedash.model.FeedStats;
import org.livedash.server.DemoFeedConfig;
import org.livedash.server.FeedServer;
import org.livedash.server.ServerAccess;

class ClockProbeTest {

  @Test
  void findsTheOffsetOfAServerWhoseClockIsFiveSecondsAhead() throws Exception {
    Clock ahead = Clock.offset(Clock.systemUTC(), Duration.ofSeconds(5));
    try (FeedServer server = new FeedServer(DemoFeedConfig.defaults(),
        ServerAccess.open(), ahead, new SplittableRandom(1)).start()) {
      ClockOffset o = new ClockProbe(HttpClient.newHttpClient(), Clock.systemUTC(), 8,
          Credentials.NONE).estimate(FeedEndpoints.fromUrl(server.url()));
      assertThat(o.offsetMicros()).isBetween(4_950_000L, 5_050_000L);
      assertThat(o.rttMicros()).isPositive();
      // Loopback: the same machine, so latencies are not corrected however large the offset.
      assertThat(o.applied()).isFalse();
    }
  }

  @Test
  void anAppliedOffsetMovesServerTimestampsOntoThisClock() {
    FeedStats stats = new FeedStats();
    stats.setClockOffset(new ClockOffset(2_000, 300, false));
    assertThat(stats.sourceShiftMicros()).isZero();
    stats.setClockOffset(new ClockOffset(2_000, 300, true));
    assertThat(stats.sourceShiftMicros()).isEqualTo(2_000);
  }

  @Test
  void knowsWhichHostsAreThisMachine() {
    assertThat(ClockProbe.isThisMachine("127.0.0.1")).isTrue();
    assertThat(ClockProbe.isThisMachine("localhost")).isTrue();
    assertThat(ClockProbe.isThisMachine("192.0.2.10")).isFalse();
  }
}
