package org.livedash.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.livedash.feed.profile.Profile;
import org.livedash.model.FeedMode;
import org.livedash.server.mqtt.BrokerAccess;
import org.livedash.server.mqtt.TestMqttBroker;
import org.livedash.client.FeedAccess;
import org.livedash.client.SupervisorControl;
import org.livedash.client.LaunchOptions;
import org.livedash.client.AppContext;

/**
 * An MQTT broker chosen in the window (the feeds dialog or the address bar): the window's own
 * server relays it as {@code --source mqtt://} does, the window names the broker, a user's
 * password is asked for and goes only to that broker, and choosing the demo again brings the
 * demo back.
 */
class BrokerInWindowTest {
  private static final String TEMPERATURE = "plant/line1/telemetry:temperature";

  private static AppContext demo() throws Exception {
    return AppContext.start(new LaunchOptions(null, FeedMode.WS, Duration.ofMillis(200),
        LaunchOptions.Theme.DARK, 10, null, null, true, false, FeedAccess.standard(), null,
        null));
  }

  @Test
  void aBrokerTypedInIsRelayedByTheWindowAndTheDemoComesBack(@TempDir Path dir)
      throws Exception {
    try (TestMqttBroker broker = TestMqttBroker.start(dir); AppContext c = demo()) {
      broker.publish("plant/line1/telemetry", "{\"temperature\":70.5}", true);
      SupervisorControl control = new SupervisorControl(c);
      await().atMost(Duration.ofSeconds(10)).until(() -> c.store().resumePoint().afterSeq() > 0);
      control.connect(broker.url(), FeedMode.WS, Duration.ofSeconds(1));
      await().atMost(Duration.ofSeconds(15)).until(() ->
          MqttRelayTest.values(c, TEMPERATURE).contains(70.5));
      broker.publish("plant/line1/telemetry", "{\"temperature\":71.25}", false);
      // Another device of the same kind, and one of another kind that also has a temperature.
      broker.publish("plant/line2/telemetry", "{\"temperature\":68.5}", false);
      broker.publish("plant/line3/status", "{\"temperature\":30.5,\"running\":1}", false);
      await().atMost(Duration.ofSeconds(10)).until(() ->
          MqttRelayTest.values(c, TEMPERATURE).contains(71.25)
          && MqttRelayTest.values(c, "plant/line3/status:temperature").contains(30.5)
          && MqttRelayTest.values(c, "plant/line2/telemetry:temperature").contains(68.5));
      assertThat(control.currentUrl()).isEqualTo(broker.url());
      assertThat(control.feedDescription()).contains(broker.url());
      assertThat(control.offersPolling()).as("a relay of the LiveDash protocol").isTrue();

      // Its topics in the message browser, as MQTT Explorer shows them; a click plots one.
      await().atMost(Duration.ofSeconds(5)).until(() -> control.messageShapes() != null
          && control.messageShapes().snapshot(0).stream()
              .anyMatch(sh -> "plant/line1/telemetry".equals(sh.topic())));
      org.livedash.feed.mapping.MessageShapes.ShapeView telemetry = control.messageShapes()
          .snapshot(0).stream().filter(sh -> "plant/line1/telemetry".equals(sh.topic()))
          .findFirst().orElseThrow();
      assertThat(telemetry.label()).isEqualTo("plant/line1/telemetry");
      org.livedash.feed.mapping.MessageShapes.FieldView field = telemetry.fields().get(0);
      assertThat(field.path().toString()).isEqualTo("temperature");
      assertThat(field.count()).isEqualTo(2);
      control.plot(telemetry, field.path()).get();
      assertThat(control.takeClicked()).as("the field on every device of the kind clicked")
          .containsExactly(TEMPERATURE, "plant/line2/telemetry:temperature");

      control.connect(Profile.liveDash("LiveDash demo feed", null), Map.of(), FeedMode.WS,
          Duration.ofSeconds(1));
      await().atMost(Duration.ofSeconds(15)).until(() -> c.embeddedFeed().isDemo()
          && !MqttRelayTest.values(c, "temperature").isEmpty());
      assertThat(MqttRelayTest.values(c, TEMPERATURE)).as("another feed").isEmpty();
    }
  }

  @Test
  void aBrokerLostByTheWindowsOwnRelayIsToldInTheWindowsLanguage(@TempDir Path dir)
      throws Exception {
    java.util.Locale was = org.livedash.i18n.Texts.locale();
    try (TestMqttBroker broker = TestMqttBroker.start(dir); AppContext c = demo()) {
      broker.publish("plant/line1/telemetry", "{\"temperature\":70.5}", true);
      SupervisorControl control = new SupervisorControl(c);
      control.connect(broker.url(), FeedMode.WS, Duration.ofSeconds(1));
      await().atMost(Duration.ofSeconds(15)).until(() ->
          MqttRelayTest.values(c, TEMPERATURE).contains(70.5));
      broker.stop();
      await().atMost(Duration.ofSeconds(15)).until(() -> c.stats().serverTrouble() != null);
      org.livedash.model.ServerTrouble trouble = c.stats().serverTrouble();
      assertThat(trouble.message()).as("the protocol's words, in English")
          .contains("unreachable");
      org.livedash.i18n.Texts.use(java.util.Locale.forLanguageTag("es"));
      assertThat(control.troubleMessage(trouble)).as("the window's own relay, in its language")
          .startsWith("broker " + broker.url() + " inalcanzable");
    } finally {
      org.livedash.i18n.Texts.use(was);
    }
  }

  @Test
  void aBrokersUserIsAskedForItsPasswordWhichGoesOnlyToIt(@TempDir Path dir) throws Exception {
    try (TestMqttBroker broker = TestMqttBroker.start(dir,
            BrokerAccess.password("dashboard", "s3cr3t-pw"));
        AppContext c = demo()) {
      broker.publish("plant/line1/telemetry", "{\"temperature\":64.5}", true);
      SupervisorControl control = new SupervisorControl(c);
      Profile withUser = Profile.mqtt("mqtt://dashboard@127.0.0.1:" + broker.port());
      assertThat(withUser.secretNames()).containsExactly("password");
      assertThat(withUser.toJson()).doesNotContain("s3cr3t");
      assertThatThrownBy(() -> control.connect(withUser, Map.of(), FeedMode.WS,
          Duration.ofSeconds(1))).hasMessageContaining("password");
      assertThatThrownBy(() -> Profile.mqtt("mqtt://dashboard:s3cr3t-pw@127.0.0.1:1").check())
          .hasMessageContaining("put only the user").hasMessageNotContaining("s3cr3t");

      control.connect(withUser, Map.of("password", "s3cr3t-pw"), FeedMode.WS,
          Duration.ofSeconds(1));
      await().atMost(Duration.ofSeconds(15)).until(() ->
          MqttRelayTest.values(c, TEMPERATURE).contains(64.5));
      assertThat(control.hasSecret(withUser, "password")).isTrue();
      assertThat(control.hasSecret(Profile.mqtt("mqtt://dashboard@127.0.0.2:"
          + broker.port()), "password")).as("another broker is not given it").isFalse();
    }
  }
}
