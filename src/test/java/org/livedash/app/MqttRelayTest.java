package org.livedash.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.livedash.feed.FeedEndpoints;
import org.livedash.model.ConnectionState;
import org.livedash.model.FeedMode;
import org.livedash.server.FeedServer;
import org.livedash.server.ServerAccess;
import org.livedash.server.ServerConfig;
import org.livedash.server.mqtt.BrokerAccess;
import org.livedash.server.mqtt.MqttSource;
import org.livedash.server.mqtt.MqttSourceConfig;
import org.livedash.server.mqtt.SourceMapping;
import org.livedash.server.mqtt.TestCertificate;
import org.livedash.server.mqtt.TestMqttBroker;
import org.livedash.transport.TlsTrust;
import org.livedash.cli.Main;
import org.livedash.client.FeedAccess;
import org.livedash.client.SupervisorControl;
import org.livedash.client.LaunchOptions;
import org.livedash.client.AppContext;

/**
 * A relay fed from a real Mosquitto broker, read by the desktop client: retained messages give
 * the first values, live ones follow exactly, and losing the broker is said in the server's
 * health while the client stays connected; when the broker returns, readings continue and the
 * retained message it sends again is not a new reading.
 */
class MqttRelayTest {
  private static final String LINE1 = "plant/line1/telemetry:temperature";
  private static final String LINE2 = "plant/line2/telemetry:temperature";

  @Test
  void aRelayOfARealBrokerServesItsReadingsExactlyAndSurvivesLosingIt(@TempDir Path dir)
      throws Exception {
    try (TestMqttBroker broker = broker(dir, BrokerAccess.anonymous())) {
      broker.publish("plant/line1/telemetry", "{\"temperature\":70.5,\"pressure\":1.2}", true);
      MqttSource source = new MqttSource(new MqttSourceConfig(URI.create(broker.url()),
          List.of("plant/+/telemetry"), 5, null, null, null), SourceMapping.named("generic"));
      try (FeedServer server = new FeedServer(ServerConfig.defaults(), source,
              ServerAccess.open()).start();
          AppContext c = AppContext.start(options(server.url()))) {
        await().atMost(Duration.ofSeconds(10)).until(() -> values(c, LINE1).size() == 1);
        broker.publish("plant/line2/telemetry", "{\"temperature\":65.0}", false);
        broker.publish("plant/line1/telemetry", "{\"temperature\":71.0}", false);
        await().until(() -> values(c, LINE1).size() == 2 && values(c, LINE2).size() == 1);
        c.store().read(r -> assertThat(r.meta(r.indexOf(LINE2)).unit()).isEqualTo("°C"));
        assertThat(health(server)).contains("\"status\":\"ok\"");

        broker.stop();
        await().atMost(Duration.ofSeconds(10)).until(() -> health(server).contains("degraded"));
        assertThat(health(server)).contains("unreachable");
        assertThat(c.supervisor().status().state()).isEqualTo(ConnectionState.LIVE);

        broker.resume();
        await().atMost(Duration.ofSeconds(20)).until(() -> health(server).contains("\"ok\""));
        broker.publish("plant/line1/telemetry", "{\"temperature\":72.0}", false);
        await().until(() -> values(c, LINE1).size() >= 3);
        assertThat(values(c, LINE1)).containsExactly(70.5, 71.0, 72.0);
        assertThat(values(c, LINE2)).containsExactly(65.0);
        assertThat(values(c, "plant/line1/telemetry:pressure")).containsExactly(1.2);
        // What devices published while the relay could not read the broker never came: the
        // outage is a hole every client counts (how many is unknown: one number says so).
        assertThat(c.stats().of(FeedMode.WS).snapshot(System.nanoTime()).gaps()).isEqualTo(1);
        assertThat(health(server)).contains("\"declaredLost\":1");
        assertThat(source.tally().unmatchedMessages()).isZero();
      }
    }
  }

  @Test
  void mqtt311WorksTheSame(@TempDir Path dir) throws Exception {
    try (TestMqttBroker broker = broker(dir, BrokerAccess.anonymous())) {
      broker.publish("tele/kitchen/SENSOR",
          "{\"Time\":\"2024-05-01T12:00:00\",\"AM2301\":{\"Temperature\":22.1}}", true);
      MqttSource source = new MqttSource(new MqttSourceConfig(URI.create(broker.url()),
          List.of("tele/+/SENSOR"), 3, null, null, null), SourceMapping.named("tasmota"));
      try (FeedServer server = new FeedServer(ServerConfig.defaults(), source,
              ServerAccess.open()).start();
          AppContext c = AppContext.start(options(server.url()))) {
        await().atMost(Duration.ofSeconds(10))
            .until(() -> values(c, "kitchen/AM2301:Temperature").size() == 1);
        assertThat(values(c, "kitchen/AM2301:Temperature")).containsExactly(22.1);
      }
    }
  }

  @Test
  void theDesktopAppRelaysABrokerThroughItsEmbeddedServer(@TempDir Path dir) throws Exception {
    try (TestMqttBroker broker = broker(dir, BrokerAccess.anonymous())) {
      broker.publish("zigbee2mqtt/hall", "{\"temperature\":22.35,\"battery\":97}", true);
      java.io.StringWriter out = new java.io.StringWriter();
      java.io.StringWriter err = new java.io.StringWriter();
      Path stats = dir.resolve("stats.json");
      int code = Main.run(new java.io.PrintWriter(out, true), new java.io.PrintWriter(err, true),
          "--source", broker.url(), "--mapping", "zigbee2mqtt", "--headless", "--exit-after",
          "2", "--stats-out", stats.toString());
      assertThat(code).as(err.toString()).isZero();
      assertThat(java.nio.file.Files.readString(stats)).contains("\"updates\" : 2,");
    }
  }

  @Test
  void unitsAreTheOnesZigbee2mqttStatesForEachDeviceAndAGuessIsMarked(@TempDir Path dir)
      throws Exception {
    try (TestMqttBroker broker = broker(dir, BrokerAccess.anonymous())) {
      // As Zigbee2MQTT leaves them: its device list and each device's last state, retained.
      broker.publish("zigbee2mqtt/hall_sensor", "{\"temperature\":22.35,\"voltage\":3005}",
          true);
      broker.publish("zigbee2mqtt/desk_plug", "{\"power\":12.5,\"voltage\":230.1}", true);
      broker.publish("zigbee2mqtt/bridge/devices", new String(MqttRelayTest.class
          .getResourceAsStream("/mqtt/zigbee2mqtt-bridge-devices.json").readAllBytes(),
          StandardCharsets.UTF_8), true);
      broker.publish("zigbee2mqtt/new_sensor", "{\"temperature\":19.0}", true);
      MqttSource source = new MqttSource(new MqttSourceConfig(URI.create(broker.url()),
          SourceMapping.named("zigbee2mqtt").topics(), 5, null, null, null),
          SourceMapping.named("zigbee2mqtt"));
      try (FeedServer server = new FeedServer(ServerConfig.defaults(), source,
              ServerAccess.open()).start();
          AppContext c = AppContext.start(options(server.url()))) {
        await().atMost(Duration.ofSeconds(10)).until(() -> seriesCount(c) == 5);
        c.store().read(r -> {
          assertThat(r.meta(r.indexOf("hall_sensor:voltage")).unit()).isEqualTo("mV");
          assertThat(r.meta(r.indexOf("desk_plug:voltage")).unit()).isEqualTo("V");
          assertThat(r.meta(r.indexOf("desk_plug:voltage")).unitGuessed()).isFalse();
          // A device the list does not know yet: its unit guessed by name, and said to be.
          assertThat(r.meta(r.indexOf("new_sensor:temperature")).unit()).isEqualTo("°C");
          assertThat(r.meta(r.indexOf("new_sensor:temperature")).unitGuessed()).isTrue();
        });
      }
    }
  }

  @Test
  void theWindowNamesTheBrokerItRelaysNotItsOwnLoopbackServer(@TempDir Path dir)
      throws Exception {
    try (TestMqttBroker broker = broker(dir, BrokerAccess.anonymous())) {
      MqttSource source = new MqttSource(new MqttSourceConfig(URI.create(broker.url()),
          List.of("plant/#"), 5, null, null, null), SourceMapping.named("generic"));
      LaunchOptions options = new LaunchOptions(null, FeedMode.WS, Duration.ofSeconds(1),
          LaunchOptions.Theme.DARK, 10, null, null, true, false, FeedAccess.standard(), null,
          source);
      try (AppContext c = AppContext.start(options)) {
        SupervisorControl control = new SupervisorControl(c);
        assertThat(control.currentUrl()).isEqualTo(broker.url());
        assertThat(control.feedDescription()).contains("MQTT " + broker.url())
            .contains("relayed by this window").doesNotContain("demo");
      }
    }
  }

  @Test
  void aTlsBrokerWithAPasswordIsReadWithItsCaFileAndTheCredentialsGiven(@TempDir Path dir)
      throws Exception {
    TestCertificate tls = TestCertificate.create(dir, "localhost");
    try (TestMqttBroker broker = broker(dir,
        BrokerAccess.password("dashboard", "s3cr3t-pw").overTls(tls))) {
      broker.publish("plant/line1/telemetry", "{\"flow\":12.5}", true);
      URI address = URI.create(broker.url());
      MqttSource good = new MqttSource(new MqttSourceConfig(address, List.of("plant/#"), 5,
          "dashboard", "s3cr3t-pw".toCharArray(),
          TlsTrust.trustManagers(tls.certPem(), "--mqtt-ca-file")),
          SourceMapping.named("generic"));
      MqttSource refused = new MqttSource(new MqttSourceConfig(address, List.of("plant/#"), 5,
          "dashboard", "wrong-pw".toCharArray(),
          TlsTrust.trustManagers(tls.certPem(), "--mqtt-ca-file")),
          SourceMapping.named("generic"));
      try (FeedServer server = new FeedServer(ServerConfig.defaults(), good,
              ServerAccess.open()).start();
          FeedServer other = new FeedServer(ServerConfig.defaults(), refused,
              ServerAccess.open()).start()) {
        await().atMost(Duration.ofSeconds(10)).until(() -> server.lastSeq() == 1);
        assertThat(health(server)).contains("\"status\":\"ok\"");
        await().atMost(Duration.ofSeconds(10)).until(() -> health(other).contains("degraded"));
        assertThat(health(other)).contains("refused the connection")
            .doesNotContain("wrong-pw").doesNotContain("s3cr3t");
        assertThat(other.lastSeq()).isZero();
      }
    }
  }

  @Test
  void aPayloadOverTheLimitIsNeverSentToTheRelayAndPlainCredentialsAreWarnedOf(
      @TempDir Path dir) throws Exception {
    List<String> warnings = new java.util.concurrent.CopyOnWriteArrayList<>();
    java.util.logging.Handler capture = new java.util.logging.Handler() {
      @Override
      public void publish(java.util.logging.LogRecord r) {
        warnings.add(r.getMessage());
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    java.util.logging.Logger log = java.util.logging.Logger.getLogger(
        MqttSource.class.getName());
    log.addHandler(capture);
    try (TestMqttBroker broker = broker(dir, BrokerAccess.anonymous())) {
      MqttSource source = new MqttSource(new MqttSourceConfig(URI.create(broker.url()),
          List.of("plant/#"), 5, "dashboard", "pw".toCharArray(), null),
          SourceMapping.named("generic"));
      try (FeedServer server = new FeedServer(ServerConfig.defaults(), source,
          ServerAccess.open()).start()) {
        assertThat(warnings).anyMatch(w -> w.contains("unencrypted") && w.contains("mqtts://"))
            .noneMatch(w -> w.contains("pw\"") || w.contains("dashboard:"));
        await().atMost(Duration.ofSeconds(10)).until(() -> health(server).contains("\"ok\""));
        broker.publish("plant/big", "{\"v\":1,\"pad\":\"" + "x".repeat(2 * 1024 * 1024)
            + "\"}", false);
        broker.publish("plant/small", "{\"v\":2}", false);
        await().atMost(Duration.ofSeconds(10)).until(() -> server.lastSeq() == 1);
        // The broker kept the large message from this client: it was never read, let alone
        // buffered and dropped here.
        assertThat(source.dropped()).isZero();
      }
    } finally {
      log.removeHandler(capture);
    }
  }

  /**
   * The broker a test runs: the one this machine has (see {@link TestMqttBroker}); a subclass
   * names another.
   */
  TestMqttBroker broker(Path dir, BrokerAccess access) throws IOException {
    return TestMqttBroker.start(dir, access);
  }

  private static int seriesCount(AppContext c) {
    int[] n = {0};
    c.store().read(r -> n[0] = r.seriesCount());
    return n[0];
  }

  static String health(FeedServer server) {
    try {
      return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
          "http://127.0.0.1:" + server.port() + "/api/health")).build(),
          HttpResponse.BodyHandlers.ofString()).body();
    } catch (Exception e) {
      return e.toString();
    }
  }

  static LaunchOptions options(String url) {
    return new LaunchOptions(FeedEndpoints.fromUrl(url), FeedMode.WS, Duration.ofMillis(100),
        LaunchOptions.Theme.DARK, 10, null, null, true, false, FeedAccess.standard(), null, null);
  }

  static List<Double> values(AppContext c, String id) {
    List<Double> out = new ArrayList<>();
    c.store().read(r -> {
      int i = r.indexOf(id);
      if (i >= 0) {
        for (int k = 0; k < r.ring(i).size(); k++) {
          out.add(r.ring(i).valueAt(k));
        }
      }
    });
    return out;
  }
}
