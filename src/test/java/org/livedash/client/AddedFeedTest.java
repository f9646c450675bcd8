package org.livedash.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.livedash.feed.profile.Profile;

/** What a feed added beside the first is, and the short name its series go under. */
class AddedFeedTest {
  @Test
  void aServerIsNamedByItsDomainOrAsThisMachinesPort() {
    assertThat(AddedFeed.shortName(URI.create("wss://stream.binance.com:9443/ws")))
        .isEqualTo("binance");
    assertThat(AddedFeed.shortName(URI.create("wss://ws-feed.exchange.coinbase.com")))
        .isEqualTo("coinbase");
    assertThat(AddedFeed.shortName(URI.create("ws://127.0.0.1:8080/feed")))
        .isEqualTo("local-8080");
    assertThat(AddedFeed.shortName(URI.create("ws://localhost/feed"))).isEqualTo("local");
    assertThat(AddedFeed.shortName(URI.create("ws://10.0.0.7:9000/feed")))
        .isEqualTo("10.0.0.7-9000");
    assertThat(AddedFeed.shortName(URI.create("ws://plant:9000/feed"))).isEqualTo("plant-9000");
  }

  @Test
  void aNameTakenGetsANumberAndNeverHoldsASlash() {
    LaunchOptions first = LaunchOptions.defaults();
    LaunchOptions demo = AddedFeed.options("demo", first, name -> null);
    assertThat(demo.endpoints()).as("the embedded demo").isNull();
    assertThat(AddedFeed.name(demo, List.of())).isEqualTo("demo");
    assertThat(AddedFeed.name(demo, List.of("demo", "demo-2"))).isEqualTo("demo-3");
    Profile saved = Profile.liveDash("Plant A/B", "ws://127.0.0.1:9/feed");
    LaunchOptions named = AddedFeed.options("Plant A/B", first,
        name -> name.equals("Plant A/B") ? saved : null);
    assertThat(named.profile()).isSameAs(saved);
    assertThat(AddedFeed.name(named, List.of())).isEqualTo("Plant-A-B");
  }

  @Test
  void anAddressHoldingASecretIsNeverKeptToOpenAgain() {
    assertThat(AddedFeed.holdsSecret("ws://127.0.0.1:8080/feed")).isFalse();
    assertThat(AddedFeed.holdsSecret("ws://127.0.0.1:8080/feed?symbols=BTC")).isFalse();
    assertThat(AddedFeed.holdsSecret("Binance spot tickers")).isFalse();
    assertThat(AddedFeed.holdsSecret("ws://user:pw@127.0.0.1:8080/feed")).isTrue();
    assertThat(AddedFeed.holdsSecret("wss://h/feed?token=abc")).isTrue();
  }

  @Test
  void theFirstFeedsTokenNeverGoesToAFeedAdded() {
    LaunchOptions added = AddedFeed.options("ws://127.0.0.1:9/feed", LaunchOptions.defaults(),
        name -> null);
    assertThat(added.access().credentials()).isEqualTo(org.livedash.transport.Credentials.NONE);
    assertThatThrownBy(() -> AddedFeed.options("ftp://x", LaunchOptions.defaults(), n -> null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
