package org.livedash.server.mqtt;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5BlockingClient;
import com.hivemq.client.mqtt.mqtt5.Mqtt5ClientBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.livedash.transport.TlsTrust;

/**
 * A real MQTT broker the tests start on a free loopback port: Mosquitto where it is installed,
 * else HiveMQ Community Edition from Maven, so {@code mvn verify} needs nothing but a JDK and
 * Maven. {@code -Dlivedash.mqtt=embedded} runs HiveMQ even where Mosquitto is installed (as one
 * test class always does, so both are covered wherever Mosquitto is). A broker keeps its
 * retained messages when it is stopped and resumed on the same port.
 */
public interface TestMqttBroker extends AutoCloseable {
  /** The system property that chooses HiveMQ over an installed Mosquitto. */
  String PROPERTY = "livedash.mqtt";

  /** Starts a broker that lets anyone in over plain TCP. */
  static TestMqttBroker start(Path dir) throws IOException {
    return start(dir, BrokerAccess.anonymous());
  }

  /** Starts the broker this machine runs (see the type's description) with this access. */
  static TestMqttBroker start(Path dir, BrokerAccess access) throws IOException {
    if (!"embedded".equals(System.getProperty(PROPERTY)) && MosquittoBroker.installed()) {
      return MosquittoBroker.start(dir, access);
    }
    return HiveMqBroker.start(dir, access);
  }

  /** Who it lets in and how. */
  BrokerAccess access();

  /** The port it listens on, on loopback. */
  int port();

  /** Its address as the relay is given it: mqtt:// or, over TLS, mqtts://localhost. */
  default String url() {
    return access().certificate() == null ? "mqtt://127.0.0.1:" + port()
        : "mqtts://localhost:" + port();
  }

  /** Stops the broker (keeping its retained messages) and waits until it is gone. */
  void stop() throws Exception;

  /** Starts it again on the same port and waits until it takes connections. */
  void resume() throws IOException;

  /** Publishes one message (at least once) as the broker's user, over its TLS if it has one. */
  default void publish(String topic, String payload, boolean retain) {
    BrokerAccess access = access();
    Mqtt5ClientBuilder builder = MqttClient.builder().useMqttVersion5()
        .serverHost(access.certificate() == null ? "127.0.0.1" : "localhost")
        .serverPort(port());
    if (access.certificate() != null) {
      builder = builder.sslConfig().trustManagerFactory(TlsTrust.trustManagers(
          access.certificate().certPem(), "--mqtt-ca-file")).applySslConfig();
    }
    if (access.user() != null) {
      builder = builder.simpleAuth().username(access.user())
          .password(access.password().getBytes(StandardCharsets.UTF_8)).applySimpleAuth();
    }
    Mqtt5BlockingClient client = builder.buildBlocking();
    client.connect();
    try {
      client.publishWith().topic(topic).payload(payload.getBytes(StandardCharsets.UTF_8))
          .qos(MqttQos.AT_LEAST_ONCE).retain(retain).send();
    } finally {
      client.disconnect();
    }
  }
}
