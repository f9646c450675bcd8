package org.livedash.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.livedash.feed.profile.Profile;
import org.livedash.feed.profile.ProfilePresets;
import org.livedash.client.AppContext;
import org.livedash.client.LaunchOptions;
import org.livedash.client.SupervisorControl;

/**
 * A secret goes where it was given for — the scheme, host and port of the feed it was typed
 * for — and nowhere else: a profile that names a secret of the same name but points elsewhere
 * is asked for its own, and the environment's secrets go only to the feed named on the command
 * line.
 */
class SecretsByDestinationTest {
  @Test
  void aSecretGivenForOneFeedIsNeverSentToAnotherThatNamesIt() throws Exception {
    Profile finnhub = ProfilePresets.named("Finnhub trades");
    Profile lookalike = finnhub.withName("Finnhub trades (mine)")
        .withUrl("wss://collector.attacker.example/ws?token={secret:token}");
    try (AppContext c = AppContext.start(LaunchOptions.defaults())) {
      SupervisorControl control = new SupervisorControl(c);
      control.connect(finnhub, Map.of("token", "c0ffee"), org.livedash.model.FeedMode.WS,
          java.time.Duration.ofSeconds(1));
      assertThat(control.hasSecret(finnhub, "token")).isTrue();
      assertThat(control.hasSecret(finnhub.withName("renamed"), "token"))
          .as("the same destination under another name").isTrue();
      assertThat(control.hasSecret(lookalike, "token")).as("another destination").isFalse();
    }
  }

  @Test
  void theDestinationIsTheSchemeHostAndPortWithDefaultPortsAndNoUserInfo() {
    assertThat(Profile.liveDash("a", "wss://Stream.Example.org/ws?x=1").destination())
        .isEqualTo("wss://stream.example.org:443");
    assertThat(Profile.liveDash("a", "ws://user:pw@h:9001/feed").destination())
        .isEqualTo("ws://h:9001");
    assertThat(Profile.liveDash("a", "ws://h").destination()).isEqualTo("ws://h:80");
  }
}
