package org.livedash.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.livedash.app.VenueServer;
import org.livedash.feed.profile.Profile;
import org.livedash.model.Reason;
import org.livedash.transport.TlsTrust;
import org.livedash.transport.websocket.WebSocketClients;

/**
 * The profile editor's sample of a real WebSocket feed: its first messages, and one of each kind
 * that comes in the seconds after (a heartbeat beside many trades), so inference sees them.
 */
class FeedSamplerTest {
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
  private VenueServer venue;

  @AfterEach
  void close() throws Exception {
    timer.shutdownNow();
    if (venue != null) {
      venue.close();
    }
  }

  @Test
  void theFirstMessagesAndOneOfEachKindThatCameAfterThemAreTaken() throws Exception {
    List<String> script = new ArrayList<>();
    for (int n = 1; n <= 15; n++) {
      script.add("{\"channel\":\"market_trades\",\"events\":[{\"trades\":[{\"product_id\":"
          + "\"ETH-USD\",\"price\":\"" + (1260 + n) + "\"}]}]}");
    }
    String heartbeat = "{\"channel\":\"heartbeats\",\"events\":[{\"heartbeat_counter\":3049}]}";
    script.add(heartbeat);
    script.add(heartbeat.replace("3049", "3050"));
    venue = new VenueServer(script, 0);
    Profile profile = Profile.parse("{\"name\": \"t\", \"url\": \"" + venue.origin() + "/ws\"}",
        Reason.of("verbatim", "test"));
    FeedSampler sampler = new FeedSampler(new WebSocketClients(5_000, TlsTrust.standard()),
        Executors.newCachedThreadPool(), timer, Clock.systemUTC());
    List<String> sample = sampler.sample(profile, name -> null, FeedSampler.MESSAGES,
        FeedSampler.WITHIN).get(10, TimeUnit.SECONDS);
    assertThat(sample).hasSize(FeedSampler.MESSAGES + 1);
    assertThat(sample.subList(0, FeedSampler.MESSAGES)).isEqualTo(
        script.subList(0, FeedSampler.MESSAGES));
    assertThat(sample.get(FeedSampler.MESSAGES)).as("the heartbeat, once").isEqualTo(heartbeat);
  }

  @Test
  void aFeedThatSaysNothingIsSaidInOneLine() throws Exception {
    venue = new VenueServer(List.of(), 0);
    Profile profile = Profile.parse("{\"name\": \"t\", \"url\": \"" + venue.origin() + "/ws\"}",
        Reason.of("verbatim", "test"));
    FeedSampler sampler = new FeedSampler(new WebSocketClients(5_000, TlsTrust.standard()),
        Executors.newCachedThreadPool(), timer, Clock.systemUTC());
    var sample = sampler.sample(profile, name -> null, 10, Duration.ofSeconds(1));
    assertThat(sample).failsWithin(Duration.ofSeconds(5)).withThrowableThat()
        .havingRootCause().withMessage("no message came within 1 s");
  }
}
