package org.livedash.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** Addresses shown, logged and kept without the credentials a person may type into them. */
class ShownAddressTest {
  @Test
  void theUserPartAndSecretParametersAreHiddenTheRestKept() {
    URI typed = URI.create(
        "wss://ana:pa55w0rd@feeds.example:8443/v1/feed?symbols=BTC,ETH&api_key=K3Y&Token=T0K#x");
    String shown = ShownAddress.of(typed);
    assertThat(shown).isEqualTo(
        "wss://***@feeds.example:8443/v1/feed?symbols=BTC,ETH&api_key=***&Token=***#x");
    assertThat(ShownAddress.of(URI.create("ws://127.0.0.1:8080/feed?after=12&stream=ab")))
        .isEqualTo("ws://127.0.0.1:8080/feed?after=12&stream=ab");
  }

  @Test
  void aKeyTellsTokensApartWithoutHoldingThem() {
    URI one = URI.create("ws://host/feed?token=first-secret");
    URI other = URI.create("ws://host/feed?token=second-secret");
    assertThat(ShownAddress.key(one)).startsWith("ws://host/feed?token=*** #")
        .doesNotContain("first-secret").isEqualTo(ShownAddress.key(URI.create(one.toString())))
        .isNotEqualTo(ShownAddress.key(other));
    assertThat(ShownAddress.key(URI.create("ws://host/feed"))).isEqualTo("ws://host/feed");
  }

  @Test
  void aRequestsQueryIsShownTheSameWay() {
    assertThat(ShownAddress.query("after=41&stream=x&access_token=abc&keys=1"))
        .isEqualTo("after=41&stream=x&access_token=***&keys=***");
    assertThat(ShownAddress.query("flag&secret")).isEqualTo("flag&secret");
  }
}
