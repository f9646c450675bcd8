package org.livedash.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.livedash.server.FeedServer;
import org.livedash.server.ServerAccess;
import org.livedash.server.ServerConfig;
import org.livedash.server.mqtt.BrokerAccess;
import org.livedash.server.mqtt.HiveMqBroker;
import org.livedash.server.mqtt.MqttSource;
import org.livedash.server.mqtt.MqttSourceConfig;
import org.livedash.server.mqtt.SourceMapping;
import org.livedash.server.mqtt.TestMqttBroker;

/**
 * The relay's broker tests again on HiveMQ, whether or not Mosquitto is installed: where it is
 * (as in CI), the suite runs the relays on Mosquitto and this class keeps the broker that a
 * machine with only a JDK and Maven runs tested — losing it and getting it back, MQTT 3.1.1,
 * TLS with a password. And what needs a broker that answers subscriptions late.
 */
class MqttRelayOnHiveMqTest extends MqttRelayTest {

  @Override
  TestMqttBroker broker(Path dir, BrokerAccess access) throws IOException {
    return HiveMqBroker.start(dir, access);
  }

  @Test
  void untilTheBrokerAnswersItsSubscriptionsTheRelayIsNotHealthyAndItsHoleStaysOpen(
      @TempDir Path dir) throws Exception {
    try (HiveMqBroker broker = HiveMqBroker.start(dir, BrokerAccess.anonymous())) {
      MqttSource source = new MqttSource(new MqttSourceConfig(URI.create(broker.url()),
          List.of("plant/#"), 5, null, null, null), SourceMapping.named("generic"));
      try (FeedServer server = new FeedServer(ServerConfig.defaults(), source,
          ServerAccess.open()).start()) {
        await().atMost(Duration.ofSeconds(10)).until(() -> health(server).contains("\"ok\""));
        broker.publish("plant/a", "{\"v\":1}", false);
        await().atMost(Duration.ofSeconds(10)).until(() -> server.lastSeq() == 1);

        broker.stop();
        await().atMost(Duration.ofSeconds(10)).until(() -> health(server).contains("degraded"));
        broker.holdSubscriptions();
        broker.resume();
        await().atMost(Duration.ofSeconds(20)).until(() -> health(server)
            .contains("subscribing"));
        // Connected but not subscribed: what is published now never comes to the relay, so
        // it is not well, and the outage's hole is not closed yet.
        broker.publish("plant/a", "{\"v\":2}", false);
        assertThat(health(server)).contains("degraded").contains("\"declaredLost\":0");

        broker.answerSubscriptions();
        await().atMost(Duration.ofSeconds(10)).until(() -> health(server).contains("\"ok\""));
        assertThat(health(server)).contains("\"declaredLost\":1");
        broker.publish("plant/a", "{\"v\":3}", false);
        await().atMost(Duration.ofSeconds(10)).until(() -> server.lastSeq() >= 2);
        assertThat(source.tally().unmatchedMessages()).isZero();
      }
    }
  }
}
