package org.livedash.feed.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.livedash.i18n.Texts;
import org.livedash.model.Reason;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.livedash.model.SeriesOverride;

/** Profiles as files: read, checked, filled for a connection, written back unchanged. */
class ProfileTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theExampleProfileInTheDocsReadsAndMapsATradeInItsVenuesShape() throws Exception {
    Profile p = Profile.read(Path.of("docs/profiles/binance-trades.json"));
    assertThat(p.isStocks()).isTrue();
    assertThat(p.subscriptions()).singleElement().asString().contains("btcusdt@trade");
    List<String> out = new ArrayList<>();
    p.compile().map(JSON.readTree("""
        {"e":"trade","E":1672515782136,"s":"ETHUSDT","t":12345,"p":"3100.25000000",
         "q":"0.5","T":1672515782136,"m":true,"M":true}"""), 0,
        (id, t, v, seq, sequencing) -> out.add(id + " " + t + " " + v + " " + seq + " "
            + sequencing));
    assertThat(out).containsExactly("ETHUSDT 1672515782136000 3100.25 12345 SERIES");
  }

  @Test
  void everyPresetIsValidAndSaysWhereItsLimitsArePublished() {
    List<Profile> presets = ProfilePresets.all();
    assertThat(presets).extracting(Profile::name).contains("LiveDash demo feed",
        "Binance trades", "Binance 24 h mini ticker", "Coinbase Exchange ticker",
        "Kraken ticker (v2)", "Finnhub trades", "Alpaca stocks (IEX)");
    for (Profile p : presets) {
      assertThat(p.description()).as(p.name()).isNotBlank();
      if (!p.isLiveDash()) {
        assertThat(p.limits().source()).as(p.name()).startsWith("https://");
        assertThat(p.url()).as(p.name()).startsWith("wss://");
      }
    }
    assertThat(ProfilePresets.named("LiveDash demo feed").isEmbeddedDemo()).isTrue();
  }

  @Test
  void templatesFillSymbolsForEachVenuesShape() {
    ResolvedProfile binance = ResolvedProfile.of(ProfilePresets.named("Binance trades"),
        n -> null);
    assertThat(binance.url()).isEqualTo(
        "wss://stream.binance.com:9443/stream?streams=btcusdt@trade/ethusdt@trade");
    assertThat(binance.spacing()).isEqualTo(Duration.ofMillis(200));
    ResolvedProfile coinbase = ResolvedProfile.of(ProfilePresets.named(
        "Coinbase Exchange ticker").withSymbols(List.of("SOL-USD")), n -> null);
    assertThat(coinbase.openMessages()).containsExactly("{\"type\":\"subscribe\","
        + "\"product_ids\":[\"SOL-USD\"],\"channels\":[\"ticker\",\"heartbeat\"]}");
    ResolvedProfile mini = ResolvedProfile.of(ProfilePresets.named("Binance 24 h mini ticker"),
        n -> null);
    assertThat(mini.openMessages()).containsExactly("{\"method\":\"SUBSCRIBE\",\"params\":"
        + "[\"btcusdt@miniTicker\",\"ethusdt@miniTicker\",\"bnbusdt@miniTicker\"],\"id\":1}");
    ResolvedProfile kraken = ResolvedProfile.of(ProfilePresets.named("Kraken ticker (v2)"),
        n -> null);
    assertThat(kraken.pingMessage()).isEqualTo("{\"method\":\"ping\",\"req_id\":1}");
    assertThat(kraken.pingEvery()).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void aSecretIsNeededBeforeConnectingAndIsMaskedWhereTheAddressIsShown() {
    Profile finnhub = ProfilePresets.named("Finnhub trades");
    assertThat(finnhub.secretNames()).containsExactly("token");
    assertThat(ProfilePresets.named("Alpaca stocks (IEX)").secretNames())
        .containsExactly("key", "secret");
    assertThatThrownBy(() -> ResolvedProfile.of(finnhub, n -> null))
        .hasMessage("the secret 'token' is not set");
    ResolvedProfile r = ResolvedProfile.of(finnhub, n -> "a b/c");
    assertThat(r.url()).isEqualTo("wss://ws.finnhub.io?token=a%20b%2Fc");
    assertThat(r.shownUrl()).isEqualTo("wss://ws.finnhub.io?token=***");
    assertThat(finnhub.toJson()).doesNotContain("a b/c").contains("{secret:token}");
  }

  @Test
  void limitsAreWarnedOfInPlainWords() {
    Profile binance = ProfilePresets.named("Binance trades");
    List<String> many = new ArrayList<>();
    for (int i = 0; i < 1030; i++) {
      many.add("S" + i + "USDT");
    }
    assertThat(Texts.lines(binance.limits().warnings(many.size()))).isEqualTo("Binance allows 1024"
        + " symbols on one connection; this profile asks for 1030: the venue will refuse the"
        + " rest");
    assertThat(binance.limits().warnings(2)).isEmpty();
    assertThat(binance.limits().facts().stream().map(Texts::of))
        .contains("Binance closes every connection after 24 h;"
        + " LiveDash reconnects, and what was sent meanwhile is lost (drawn as a hole where the"
        + " feed numbers its messages)", "Binance accepts 5 messages a second from a client:"
        + " LiveDash sends its own at least 200 ms apart");
  }

  @Test
  void aProfileWrittenOutReadsBackTheSame() {
    for (Profile p : ProfilePresets.all()) {
      Profile again = Profile.parse(p.toJson(), said("round trip"));
      assertThat(again).as(p.name()).isEqualTo(p);
    }
  }

  @Test
  void aBrokenProfileSaysWhatIsWrongInOneLine() {
    assertThatThrownBy(() -> Profile.parse("{\"url\": \"wss://x\", \"mapping\":"
        + " {\"rules\": []}}", said("profile p.json")))
        .hasMessage("profile p.json: a mapping needs at least one rule");
    assertThat(Profile.parse("{\"url\": \"wss://x\"}", said("p")).compile().ruleInUse())
        .as("none yet: its messages are browsed and clicked").isEqualTo(-1);
    assertThatThrownBy(() -> Profile.parse("{\"url\": \"wss://x/{symbols|shout}\", \"mapping\":"
        + " {\"rules\": [{\"series\": \"a\", \"values\": {\"v\": \"/v\"}}]}}",
        said("profile p.json")))
        .hasMessageContaining("'shout' in '{symbols|shout}' is not a modifier");
    assertThatThrownBy(() -> Profile.parse("{not json", said("profile p.json")))
        .hasMessageStartingWith("profile p.json cannot be read: ").matches(e ->
            !e.getMessage().contains("\n"));
    assertThatThrownBy(() -> Profile.parse("{\"url\": \"https://x/feed\", \"mapping\":"
        + " {\"rules\": [{\"series\": \"a\", \"values\": {\"v\": \"/v\"}}]}}",
        said("profile p.json")))
        .hasMessage("profile p.json: 'https://x/feed' must start with ws:// or wss:// and name a"
            + " host");
    assertThatThrownBy(() -> Profile.parse("{\"transport\": \"pigeon\"}", said("profile p.json")))
        .hasMessage("profile p.json: transport 'pigeon' is not json, livedash or mqtt");
    assertThatThrownBy(() -> Profile.parse("{\"transport\": \"mqtt\"}", said("profile p.json")))
        .hasMessage("profile p.json: '' must start with mqtt:// or mqtts:// and name a host");
  }

  @Test
  void aProfileNamesAndUnitsItsSeries() {
    Profile p = ProfilePresets.named("Coinbase Exchange ticker")
        .withSeries("BTC-USD:price", new SeriesOverride("Bitcoin", "USD",
            new SeriesOverride.Thresholds(null, 100_000.0, null, null)));
    assertThat(p.discovery().describe("BTC-USD:price").name()).isEqualTo("Bitcoin");
    assertThat(p.discovery().describe("BTC-USD:price").unit()).isEqualTo("USD");
    assertThat(p.discovery().describe("BTC-USD:price").warnHigh()).isEqualTo(100_000.0);
    assertThat(p.discovery().describe("BTC-USD:price").alarmHigh()).isNaN();
    assertThat(p.discovery().describe("ETH-USD:price").name()).isEqualTo("ETH-USD:price");
    assertThat(Profile.parse(p.toJson(), said("again")).series()).containsKey("BTC-USD:price");
  }

  @Test
  void theSchemaInTheDocsNamesExactlyTheFieldsAProfileHas() throws Exception {
    var schema = JSON.readTree(Path.of("docs/profile.schema.json").toFile());
    List<String> inSchema = new ArrayList<>();
    schema.get("properties").fieldNames().forEachRemaining(inSchema::add);
    List<String> inRecord = java.util.Arrays.stream(Profile.class.getRecordComponents())
        .map(java.lang.reflect.RecordComponent::getName).toList();
    assertThat(inSchema).containsExactlyInAnyOrderElementsOf(inRecord);
    List<String> ruleFields = new ArrayList<>();
    schema.at("/$defs/mapping/properties/rules/items/properties").fieldNames()
        .forEachRemaining(ruleFields::add);
    assertThat(ruleFields).containsExactlyInAnyOrderElementsOf(java.util.Arrays.stream(
        org.livedash.feed.mapping.MappingSpec.Rule.class.getRecordComponents())
        .map(java.lang.reflect.RecordComponent::getName).toList());
  }

  /** A profile's origin as it is, in no language. */
  private static Reason said(String words) {
    return Reason.of("verbatim", words);
  }
}
