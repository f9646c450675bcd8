package org.livedash.feed.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The message browser's census of a feed's messages, and the rule one click on a number
 * writes: checked by mapping the very messages seen with the rule written.
 */
class PlotRuleTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final List<String> BYBIT = List.of(
      "{\"success\":true,\"ret_msg\":\"subscribe\",\"conn_id\":\"a1\",\"op\":\"subscribe\"}",
      "{\"topic\":\"publicTrade.BTCUSDT\",\"type\":\"snapshot\",\"ts\":1672304486868,"
          + "\"data\":[{\"T\":1672304486865,\"s\":\"BTCUSDT\",\"S\":\"Buy\",\"v\":\"0.001\","
          + "\"p\":\"16578.50\",\"L\":\"PlusTick\",\"i\":\"20f4\",\"BT\":false}]}",
      "{\"topic\":\"publicTrade.ETHUSDT\",\"type\":\"snapshot\",\"ts\":1672304486870,"
          + "\"data\":[{\"T\":1672304486869,\"s\":\"ETHUSDT\",\"S\":\"Sell\",\"v\":\"0.5\","
          + "\"p\":\"1201.25\",\"L\":\"MinusTick\",\"i\":\"20f5\",\"BT\":false},"
          + "{\"T\":1672304486869,\"s\":\"ETHUSDT\",\"S\":\"Buy\",\"v\":\"0.2\","
          + "\"p\":\"1201.30\",\"L\":\"PlusTick\",\"i\":\"20f6\",\"BT\":false}]}",
      "{\"topic\":\"publicTrade.SOLUSDT\",\"type\":\"snapshot\",\"ts\":1672304486880,"
          + "\"data\":[{\"T\":1672304486879,\"s\":\"SOLUSDT\",\"S\":\"Buy\",\"v\":\"12\","
          + "\"p\":\"9.871\",\"L\":\"ZeroPlusTick\",\"i\":\"20f7\",\"BT\":false}]}");

  private static MessageShapes census(List<String> lines) throws Exception {
    MessageShapes shapes = new MessageShapes();
    long t = 1_000_000;
    for (String l : lines) {
      shapes.observe(JSON.readTree(l), null, t += 100_000);
    }
    return shapes;
  }

  private static FieldPath path(MessageShapes.ShapeView shape, String shown) {
    return shape.fields().stream().map(MessageShapes.FieldView::path)
        .filter(p -> p.toString().equals(shown)).findFirst().orElseThrow();
  }

  private static MessageShapes.ShapeView withNumbers(List<MessageShapes.ShapeView> shapes) {
    return shapes.stream().filter(MessageShapes.ShapeView::hasNumbers).findFirst().orElseThrow();
  }

  /** The updates {@code spec} makes of {@code lines}: "series=value@time" each. */
  private static List<String> mapped(MappingSpec spec, List<String> lines) throws Exception {
    FeedMapping mapping = FeedMapping.compile(spec);
    List<String> out = new java.util.ArrayList<>();
    for (String l : lines) {
      mapping.map(JSON.readTree(l), 42, (id, t, v, seq, sequencing) ->
          out.add(id + "=" + JsonNumbers.plain(v) + "@" + t));
    }
    assertThat(mapping.tally().unmatchedMessages()).as("every message accounted for").isZero();
    assertThat(mapping.tally().rejectedValues()).isZero();
    return out;
  }

  @Test
  void theCensusGroupsMessagesByShapeWithCountsLastValuesAndNumbersSentAsText()
      throws Exception {
    MessageShapes shapes = census(BYBIT);
    List<MessageShapes.ShapeView> all = shapes.snapshot(1_500_000);
    assertThat(all).hasSize(2);
    MessageShapes.ShapeView trades = all.get(0);
    assertThat(trades.count()).isEqualTo(3);
    assertThat(trades.label()).isEqualTo("topic = publicTrade.BTCUSDT +2");
    MessageShapes.FieldView price = trades.fields().stream()
        .filter(f -> f.path().toString().equals("data[] › p")).findFirst().orElseThrow();
    assertThat(price.count()).as("one a record").isEqualTo(4);
    assertThat(price.last()).isEqualTo("9.871");
    assertThat(price.number()).as("a price sent as text").isTrue();
    assertThat(trades.fields()).filteredOn(f -> f.path().name().equals("S"))
        .allMatch(f -> !f.number() && f.values().equals(List.of("Buy", "Sell")));
    MessageShapes.ShapeView ack = all.get(1);
    assertThat(ack.hasNumbers()).as("an acknowledgement has nothing to plot").isFalse();
    assertThat(ack.label()).isEqualTo("op = subscribe");
    assertThat(trades.rate()).isGreaterThan(0);
  }

  @Test
  void oneClickOnABybitPricePlotsEverySymbolAtTheTradesOwnTimes() throws Exception {
    MessageShapes shapes = census(BYBIT);
    MessageShapes.ShapeView trades = withNumbers(shapes.snapshot(2_000_000));
    JsonNode last = shapes.lastMessage(trades.key());
    MappingSpec.Rule rule = PlotRule.of(trades, last, path(trades, "data[] › p"));
    assertThat(rule.each()).isEqualTo("/data");
    assertThat(rule.series()).isEqualTo("{/s}");
    assertThat(rule.volume()).as("the trade's size: the volume of its price").isEqualTo("/v");
    assertThat(rule.when()).as("never pinned to one symbol's topic")
        .doesNotContainValue("publicTrade.SOLUSDT").containsEntry("^/type", "snapshot");
    MappingSpec spec = PlotRule.plot(null, rule, shapes.snapshot(2_000_000));
    assertThat(spec.control()).extracting(MappingSpec.Signal::when)
        .containsExactly(Map.of("/op", "subscribe"));
    assertThat(mapped(spec, BYBIT)).containsExactly("BTCUSDT=16578.5@1672304486865000",
        "ETHUSDT=1201.25@1672304486869000", "ETHUSDT=1201.3@1672304486869000",
        "SOLUSDT=9.871@1672304486879000");
    assertThat(PlotRule.plotted(spec, trades, last, path(trades, "data[] › p"))).isTrue();
    assertThat(PlotRule.plotted(spec, trades, last, path(trades, "data[] › v"))).isFalse();
  }

  @Test
  void oneClickOnATradeInsideAnEventPlotsEveryTradeOfEveryEvent() throws Exception {
    List<String> advanced = List.of(
        "{\"channel\":\"market_trades\",\"sequence_num\":1,\"events\":[{\"type\":\"update\","
            + "\"trades\":[{\"trade_id\":\"1\",\"product_id\":\"ETH-USD\",\"price\":\"1260.01\","
            + "\"size\":\"0.3\",\"side\":\"BUY\",\"time\":\"2019-08-14T20:42:27.265Z\"},"
            + "{\"trade_id\":\"2\",\"product_id\":\"BTC-USD\",\"price\":\"21921.74\","
            + "\"size\":\"0.01\",\"side\":\"SELL\",\"time\":\"2019-08-14T20:42:27.266Z\"}]},"
            + "{\"type\":\"update\",\"trades\":[{\"trade_id\":\"3\",\"product_id\":\"ETH-USD\","
            + "\"price\":\"1260.5\",\"size\":\"0.1\",\"side\":\"SELL\","
            + "\"time\":\"2019-08-14T20:42:28.265Z\"}]}]}");
    MessageShapes shapes = census(advanced);
    MessageShapes.ShapeView trades = withNumbers(shapes.snapshot(2_000_000));
    MappingSpec.Rule rule = PlotRule.of(trades, shapes.lastMessage(trades.key()),
        path(trades, "events[] › trades[] › price"));
    assertThat(rule.each()).isEqualTo("/events/*/trades");
    assertThat(rule.series()).isEqualTo("{/product_id}");
    assertThat(rule.volume()).isEqualTo("/size");
    assertThat(rule.when()).as("a channel may name an instrument: any channel")
        .containsEntry("^/channel", "*").doesNotContainKey("^/events/*/type");
    assertThat(mapped(new MappingSpec(List.of(rule)), advanced)).containsExactly(
        "ETH-USD=1260.01@1565815347265000", "BTC-USD=21921.74@1565815347266000",
        "ETH-USD=1260.5@1565815348265000");
  }

  @Test
  void aSecondClickOnTheSameKindOfMessageAddsAValueToItsRule() throws Exception {
    List<String> coinbase = List.of(
        "{\"type\":\"ticker\",\"sequence\":1,\"product_id\":\"ETH-USD\",\"price\":\"1285.22\","
            + "\"best_bid\":\"1285.04\",\"time\":\"2022-10-19T23:28:22.061769Z\"}",
        "{\"type\":\"ticker\",\"sequence\":2,\"product_id\":\"BTC-USD\",\"price\":\"19100.5\","
            + "\"best_bid\":\"19100.1\",\"time\":\"2022-10-19T23:28:22.161769Z\"}",
        "{\"type\":\"heartbeat\",\"sequence\":3,\"last_trade_id\":5,\"product_id\":\"BTC-USD\","
            + "\"time\":\"2022-10-19T23:28:23Z\"}");
    MessageShapes shapes = census(coinbase);
    MessageShapes.ShapeView ticker = shapes.snapshot(2_000_000).stream()
        .filter(s -> s.label().equals("type = ticker")).findFirst().orElseThrow();
    JsonNode last = shapes.lastMessage(ticker.key());
    MappingSpec one = PlotRule.plot(null, PlotRule.of(ticker, last, path(ticker, "price")),
        List.of());
    MappingSpec two = PlotRule.plot(one, PlotRule.of(ticker, last, path(ticker, "best_bid")),
        List.of());
    assertThat(two.rules()).hasSize(1);
    assertThat(two.rules().get(0).when()).isEqualTo(Map.of("/type", "ticker"));
    assertThat(two.rules().get(0).time()).isEqualTo(new MappingSpec.Time("/time", "iso"));
    assertThat(FeedMapping.compile(two).map(JSON.readTree(coinbase.get(1)), 0,
        (id, t, v, seq, s) -> assertThat(id).isIn("BTC-USD:price", "BTC-USD:best_bid")))
        .isEqualTo(2);
    assertThat(PlotRule.plot(two, PlotRule.of(ticker, last, path(ticker, "price")), List.of()))
        .as("a field plotted already").isSameAs(two);
  }

  @Test
  void recordsOfOneMessageNamedByNoKnownFieldAreToldApartByTheFieldThatDiffers()
      throws Exception {
    // A greenhouse controller: each message carries its zones, a zone's name is "zone".
    List<String> greenhouse = List.of(
        "{\"ctrl\":\"gh-north\",\"ts_ms\":1796375838060,\"seq_no\":1,\"zones\":["
            + "{\"zone\":\"A\",\"air\":{\"tempC\":\"21.05\",\"rh\":56}},"
            + "{\"zone\":\"B\",\"air\":{\"tempC\":\"19.40\",\"rh\":60}}]}",
        "{\"ctrl\":\"gh-north\",\"ts_ms\":1796375838260,\"seq_no\":2,\"zones\":["
            + "{\"zone\":\"A\",\"air\":{\"tempC\":\"21.10\",\"rh\":57}},"
            + "{\"zone\":\"B\",\"air\":{\"tempC\":\"19.38\",\"rh\":59}}]}");
    MessageShapes shapes = census(greenhouse);
    MessageShapes.ShapeView shape = withNumbers(shapes.snapshot(2_000_000));
    MappingSpec.Rule rule = PlotRule.of(shape, shapes.lastMessage(shape.key()),
        path(shape, "zones[] › air › tempC"));
    assertThat(rule.series()).isEqualTo("{/zone}");
    List<String> out = mapped(new MappingSpec(List.of(rule)), greenhouse);
    assertThat(out).as("two lines, one a zone, never one zigzagging between them")
        .allMatch(u -> u.startsWith("A=21.") || u.startsWith("B=19."));
    assertThat(out).hasSize(4);
  }

  @Test
  void aRecordNamingNoInstrumentIsNamedByTheMessagesDifferingChannel() throws Exception {
    String btc = "{\"data\":{\"id\":219,\"timestamp\":\"1640000000\",\"amount\":0.5,"
        + "\"price\":47000.5,\"type\":0,\"microtimestamp\":\"1640000000123456\"},"
        + "\"channel\":\"live_trades_btcusd\",\"event\":\"trade\"}";
    List<String> bitstamp = List.of(btc, btc.replace("btcusd", "ethusd")
        .replace("47000.5", "3900.25"));
    MessageShapes shapes = census(bitstamp);
    MessageShapes.ShapeView trades = withNumbers(shapes.snapshot(2_000_000));
    MappingSpec.Rule rule = PlotRule.of(trades, shapes.lastMessage(trades.key()),
        path(trades, "data › price"));
    assertThat(rule.series()).isEqualTo("{/channel}");
    assertThat(rule.when()).containsEntry("/event", "trade");
    assertThat(mapped(new MappingSpec(List.of(rule)), bitstamp)).containsExactly(
        "live_trades_btcusd=47000.5@1640000000123456",
        "live_trades_ethusd=3900.25@1640000000123456");
  }

  @Test
  void mixedRecordsAreTakenApartByTheirKindAndPlainReadingsByTheirFieldName()
      throws Exception {
    List<String> alpaca = List.of("[{\"T\":\"t\",\"S\":\"AAPL\",\"p\":126.55,\"s\":1,"
        + "\"t\":\"2021-02-22T15:51:44.208Z\"},{\"T\":\"q\",\"S\":\"AAPL\",\"bp\":126.5,"
        + "\"ap\":126.6,\"t\":\"2021-02-22T15:51:44.300Z\"}]");
    MessageShapes shapes = census(alpaca);
    MessageShapes.ShapeView mixed = shapes.snapshot(2_000_000).get(0);
    JsonNode last = shapes.lastMessage(mixed.key());
    MappingSpec spec = PlotRule.plot(PlotRule.plot(null,
        PlotRule.of(mixed, last, path(mixed, "[] › p")), List.of()),
        PlotRule.of(mixed, last, path(mixed, "[] › bp")), List.of());
    assertThat(spec.rules()).extracting(MappingSpec.Rule::when).containsExactly(
        Map.of("/T", "t", "/p", "*"), Map.of("/T", "q", "/bp", "*"));
    assertThat(mapped(spec, alpaca)).containsExactly("AAPL=126.55@1614009104208000",
        "AAPL=126.5@1614009104300000");
    List<String> sensor = List.of("{\"temperature\":21.5,\"rh\":40}");
    MessageShapes plain = census(sensor);
    MessageShapes.ShapeView reading = plain.snapshot(2_000_000).get(0);
    MappingSpec.Rule rule = PlotRule.of(reading, plain.lastMessage(reading.key()),
        path(reading, "rh"));
    assertThat(rule.series()).isEqualTo("rh");
    assertThat(mapped(new MappingSpec(List.of(rule)), sensor)).containsExactly("rh=40@42");
    assertThatThrownBy(() -> PlotRule.of(mixed, last, path(mixed, "[] › S")))
        .hasMessageContaining("not a number");
  }

  @Test
  void theCensusStaysBoundedWhateverTheFeedSends() throws Exception {
    MessageShapes shapes = new MessageShapes();
    for (int i = 0; i < 500; i++) {
      shapes.observe(JSON.readTree("{\"f" + i + "\": " + i + ", \"name\": \"x" + i + "\"}"),
          null, i);
    }
    assertThat(shapes.snapshot(600)).hasSize(MessageShapes.MAX_SHAPES);
    assertThat(shapes.others()).isEqualTo(500 - MessageShapes.MAX_SHAPES);
    StringBuilder wide = new StringBuilder("{");
    for (int i = 0; i < 1000; i++) {
      wide.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":").append(i);
    }
    MessageShapes one = new MessageShapes();
    one.observe(JSON.readTree(wide.append('}').toString()), null, 0);
    assertThat(one.snapshot(0).get(0).fields()).hasSize(MessageShapes.MAX_FIELDS);
  }
}
