package org.livedash.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.livedash.model.AlarmWatch;
import org.livedash.model.AlertRule;
import org.livedash.model.EpochMicros;
import org.livedash.model.StoreTap;

/**
 * A relay judging its source's readings by rules (protocol 1.5): a one-sample spike raises an
 * alert and the next reading clears it, told to the clients that asked with {@code alerts=1}
 * (an alert on told to one that connects while it lasts) and to the relay's own outlets; a
 * client that did not ask hears nothing of it; the readings are served as before.
 */
class RelayAlertsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Reading at(String id, double value) {
    return Reading.of(id, EpochMicros.now(Clock.systemUTC()), value);
  }

  @Test
  void aSpikeIsAnAlertToldToTheClientsThatAskAndToTheRelaysOutlets() throws Exception {
    HandFedSource source = new HandFedSource();
    List<AlarmWatch.Alarm> told = new ArrayList<>();
    StoreTap outlet = new StoreTap() {
      @Override
      public void alert(AlarmWatch.Alarm alert, long receivedMicros) {
        synchronized (told) {
          told.add(alert);
        }
      }
    };
    WholeTextMessages asking = new WholeTextMessages();
    WholeTextMessages late = new WholeTextMessages();
    WholeTextMessages plain = new WholeTextMessages();
    HttpClient http = HttpClient.newHttpClient();
    try (FeedServer server = new FeedServer(new ServerConfig("127.0.0.1", 0, 1_000, 1_000),
        source, ServerAccess.open())
        .judging(Map.of("boiler", List.of(AlertRule.above(80))), outlet).start()) {
      WebSocket a = http.newWebSocketBuilder().buildAsync(URI.create(server.url()
          + "?alerts=1"), asking).get(5, TimeUnit.SECONDS);
      WebSocket p = http.newWebSocketBuilder().buildAsync(URI.create(server.url()), plain)
          .get(5, TimeUnit.SECONDS);
      await().atMost(Duration.ofSeconds(5)).until(() -> asking.messages().size() >= 1
          && plain.messages().size() >= 1);
      source.publish(at("boiler", 70));
      source.publish(at("boiler", 95));
      await().atMost(Duration.ofSeconds(5)).until(() -> alerts(asking).size() == 1);
      JsonNode raised = alerts(asking).get(0);
      assertThat(raised.path("state").asText()).isEqualTo("raised");
      assertThat(raised.path("series").asText()).isEqualTo("boiler");
      assertThat(raised.path("name").asText()).isEqualTo("name of boiler");
      assertThat(raised.path("value").asDouble()).isEqualTo(95);
      assertThat(raised.path("description").asText()).contains("80");
      // One that connects while it is on is told of it after its hello.
      WebSocket l = http.newWebSocketBuilder().buildAsync(URI.create(server.url()
          + "?alerts=1"), late).get(5, TimeUnit.SECONDS);
      await().atMost(Duration.ofSeconds(5)).until(() -> alerts(late).size() == 1);
      source.publish(at("boiler", 60));
      await().atMost(Duration.ofSeconds(5)).until(() -> alerts(asking).size() == 2
          && alerts(late).size() == 2);
      JsonNode cleared = alerts(asking).get(1);
      assertThat(cleared.path("state").asText()).isEqualTo("cleared");
      assertThat(cleared.path("peak").asDouble()).isEqualTo(95);
      assertThat(cleared.path("startMicros").asLong())
          .isEqualTo(raised.path("startMicros").asLong());
      await().atMost(Duration.ofSeconds(5)).until(() -> {
        synchronized (told) {
          return told.size() == 2;
        }
      });
      // The readings are served as ever; a client that did not ask hears no alert.
      await().atMost(Duration.ofSeconds(5)).until(() -> plain.messages().stream()
          .filter(m -> m.contains("\"type\":\"batch\"")).count() == 3);
      assertThat(plain.messages()).noneMatch(m -> m.contains("\"type\":\"alert\""));
      a.abort();
      p.abort();
      l.abort();
    }
  }

  @Test
  void aRelayWithoutASourceJudgesWhatItReadsFromTheOtherRelays(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    HandFedSource source = new HandFedSource();
    WholeTextMessages asking = new WholeTextMessages();
    HttpClient http = HttpClient.newHttpClient();
    try (RedisServer redis = RedisServer.start(dir);
        FeedServer publishing = new FeedServer(new ServerConfig("127.0.0.1", 0, 1_000, 1_000),
            source, ServerAccess.open(), shared(redis)).start();
        FeedServer reading = new FeedServer(new ServerConfig("127.0.0.1", 0, 1_000, 1_000),
            FeedSource.none(), ServerAccess.open(), shared(redis))
            .judging(Map.of("boiler", List.of(AlertRule.above(80))), StoreTap.NONE).start()) {
      WebSocket a = http.newWebSocketBuilder().buildAsync(URI.create(reading.url()
          + "?alerts=1"), asking).get(5, TimeUnit.SECONDS);
      await().atMost(Duration.ofSeconds(5)).until(() -> asking.messages().size() >= 1);
      source.publish(at("boiler", 70));
      source.publish(at("boiler", 95));
      await().atMost(Duration.ofSeconds(15)).until(() -> alerts(asking).size() == 1);
      JsonNode raised = alerts(asking).get(0);
      assertThat(raised.path("state").asText()).isEqualTo("raised");
      assertThat(raised.path("value").asDouble()).isEqualTo(95);
      assertThat(raised.path("name").asText()).as("named as the shared catalogue names it")
          .isEqualTo("name of boiler");
      source.publish(at("boiler", 60));
      await().atMost(Duration.ofSeconds(15)).until(() -> alerts(asking).size() == 2);
      assertThat(alerts(asking).get(1).path("state").asText()).isEqualTo("cleared");
      a.abort();
    }
  }

  private static RedisFeedConfig shared(RedisServer redis) {
    return new RedisFeedConfig(URI.create(redis.url()), "plant", null, 900);
  }

  private static List<JsonNode> alerts(WholeTextMessages received) {
    List<JsonNode> out = new ArrayList<>();
    for (String m : received.messages()) {
      if (m.contains("\"type\":\"alert\"")) {
        try {
          out.add(JSON.readTree(m));
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }
    }
    return out;
  }
}
