package org.livedash.server.mqtt;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import javax.net.ssl.TrustManagerFactory;
import org.livedash.model.InvalidInputException;
import org.livedash.model.Reason;

/**
 * Where a relay reads from an MQTT broker, and how.
 *
 * @param broker {@code mqtt://host:port} or {@code mqtts://host:port} (1883 and 8883 by default)
 * @param topics topic filters to subscribe to ({@code plant/+/telemetry}, {@code #})
 * @param mqttVersion 5 or 3 (MQTT 3.1.1)
 * @param username null for none
 * @param password null for none; never logged
 * @param trust the certificates to trust for {@code mqtts://} (a PEM file's); null for the
 *     platform's
 */
public record MqttSourceConfig(URI broker, List<String> topics, int mqttVersion, String username,
    char[] password, TrustManagerFactory trust) {

  public MqttSourceConfig {
    String scheme = broker.getScheme() == null ? "" : broker.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("mqtt") && !scheme.equals("mqtts")) {
      throw new InvalidInputException(Reason.of("mqtt.badAddress", broker));
    }
    if (broker.getHost() == null || broker.getHost().isBlank()) {
      throw new InvalidInputException(Reason.of("mqtt.noHost", broker));
    }
    if (topics == null || topics.isEmpty() || topics.stream().anyMatch(String::isBlank)) {
      throw new InvalidInputException(Reason.of("mqtt.noTopics"));
    }
    if (mqttVersion != 3 && mqttVersion != 5) {
      throw new InvalidInputException(Reason.of("mqtt.version", mqttVersion));
    }
    topics = List.copyOf(topics);
  }

  public boolean tls() {
    return broker.getScheme().equalsIgnoreCase("mqtts");
  }

  public int port() {
    return broker.getPort() > 0 ? broker.getPort() : tls() ? 8883 : 1883;
  }

  /** The broker's address as shown: scheme, host and port, never credentials. */
  public String shown() {
    return broker.getScheme().toLowerCase(Locale.ROOT) + "://" + broker.getHost() + ":" + port();
  }
}
