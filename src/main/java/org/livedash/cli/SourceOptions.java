package org.livedash.cli;

import org.livedash.i18n.Texts;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.livedash.relay.ReplaySource;
import org.livedash.server.FeedSource;
import org.livedash.server.mqtt.MqttSource;
import org.livedash.transport.TlsTrust;
import picocli.CommandLine.Option;

/**
 * Where a feed server's readings come from, as {@code serve} and the desktop app take it: the
 * demo simulator, or an MQTT broker with its topics and mapping. Credentials come from the
 * environment only, so they never show in a process list or a shell history.
 */
final class SourceOptions {
  /** The variables a broker's user name and password are read from. */
  static final String USER_VARIABLE = "LIVEDASH_MQTT_USERNAME";
  static final String PASSWORD_VARIABLE = "LIVEDASH_MQTT_PASSWORD";

  @Option(names = "--source", paramLabel = "demo|replay:FILE|mqtt://HOST[:PORT]|mqtts://…|none",
      defaultValue = "demo",
      description = "What to serve: the demo simulator, a recording (replay:FILE), or the"
          + " messages of an MQTT broker"
          + " (user name and password from " + USER_VARIABLE + " and " + PASSWORD_VARIABLE
          + "); none: only what other relays of the --redis feed publish."
          + " Default: ${DEFAULT-VALUE}.")
  String source;

  @Option(names = "--replay", paramLabel = "FILE",
      description = "Play a recording (MCAP) as the feed, in place of the demo; the same as"
          + " --source replay:FILE.")
  Path replay;

  @Option(names = "--speed", paramLabel = "1|10|100|max", defaultValue = "1",
      description = "How fast a recording plays: as recorded, 10 or 100 times faster, or as fast"
          + " as it can be read. Default: ${DEFAULT-VALUE}.")
  String speed;

  @Option(names = "--topics", paramLabel = "FILTER", split = ",",
      description = "MQTT topic filters to subscribe to (plant/+/telemetry,tele/#). Default: the"
          + " mapping's own.")
  List<String> topics = new ArrayList<>();

  @Option(names = "--mapping", paramLabel = "PRESET|FILE", defaultValue = "generic",
      description = "How MQTT messages become series: generic, tasmota, zigbee2mqtt,"
          + " homeassistant, thingsboard, or a mapping file. Default: ${DEFAULT-VALUE}.")
  String mapping;

  @Option(names = "--mqtt-version", paramLabel = "3|5", defaultValue = "5",
      description = "MQTT 5 or 3 (3.1.1). Default: ${DEFAULT-VALUE}.")
  int mqttVersion;

  @Option(names = "--mqtt-ca-file", paramLabel = "PEM",
      description = "Trust the certificates in this PEM file for an mqtts:// broker.")
  Path mqttCaFile;

  boolean isDemo() {
    return replay == null && source.equalsIgnoreCase("demo");
  }

  /** A relay with no source of its own. */
  boolean isNone() {
    return source.equalsIgnoreCase("none");
  }

  /**
   * The source, or null for the demo feed.
   *
   * @throws IllegalArgumentException with one line saying what is wrong
   */
  FeedSource create(Function<String, String> environment) {
    if (isDemo()) {
      if (!topics.isEmpty()) {
        throw new IllegalArgumentException(Texts.get("cli.topicsNeedMqtt"));
      }
      return null;
    }
    if (isNone()) {
      return FeedSource.none();
    }
    if (replay != null || source.toLowerCase(Locale.ROOT).startsWith("replay:")) {
      Path file = replay != null ? replay : Path.of(source.substring("replay:".length()));
      return new ReplaySource(file, ReplaySource.speed(speed), System::nanoTime);
    }
    // Whatever is wrong, a password in the address is never echoed.
    String shown = source.replaceFirst("//[^/@]*@", "//***@");
    String scheme = source.contains("://")
        ? source.substring(0, source.indexOf("://")).toLowerCase(Locale.ROOT) : "";
    if (!scheme.equals("mqtt") && !scheme.equals("mqtts")) {
      throw new IllegalArgumentException(Texts.get("cli.sourceKind", shown));
    }
    URI broker;
    try {
      broker = new URI(source);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(Texts.get("cli.sourceAddress", shown, e.getReason()));
    }
    if (broker.getUserInfo() != null) {
      throw new IllegalArgumentException(Texts.get("cli.sourceCredentials", USER_VARIABLE,
          PASSWORD_VARIABLE));
    }
    if (mqttCaFile != null && !Files.isReadable(mqttCaFile)) {
      throw new IllegalArgumentException(Texts.get("cli.unreadable", "--mqtt-ca-file", mqttCaFile));
    }
    String password = environment.apply(PASSWORD_VARIABLE);
    return MqttSource.of(broker, topics, mapping, mqttVersion, environment.apply(USER_VARIABLE),
        password, mqttCaFile == null ? null
            : TlsTrust.trustManagers(mqttCaFile, "--mqtt-ca-file"));
  }
}
