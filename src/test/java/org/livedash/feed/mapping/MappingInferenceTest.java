package org.livedash.feed.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** A first mapping guessed from one sample, checked on the venues' documented shapes. */
class MappingInferenceTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static MappingSpec.Rule infer(String sample) throws Exception {
    return MappingInference.infer(JSON.readTree(sample)).rules().get(0);
  }

  @Test
  void aBinanceTradeGivesItsSymbolPriceAndMillisecondTime() throws Exception {
    MappingSpec.Rule r = infer("""
        {"e":"trade","E":1672515782136,"s":"BNBBTC","t":12345,"p":"0.001","q":"100",
         "T":1672515782136,"m":true,"M":true}""");
    assertThat(r.when()).containsEntry("/e", "trade");
    assertThat(r.series()).isEqualTo("{/s}");
    assertThat(r.values()).as("a trade's price; not its size, id or flags")
        .containsOnlyKeys("p").containsEntry("p", "/p");
    assertThat(r.volume()).as("its size: the volume of each update").isEqualTo("/q");
    assertThat(r.time()).isEqualTo(new MappingSpec.Time("/T", "ms"));
  }

  @Test
  void aFinnhubBatchFansOutOverItsDataArray() throws Exception {
    MappingSpec.Rule r = infer("""
        {"data":[{"p":7296.89,"s":"BINANCE:BTCUSDT","t":1575526691134,"v":0.011467}],
         "type":"trade"}""");
    assertThat(r.each()).isEqualTo("/data");
    assertThat(r.when()).containsEntry("^/type", "trade");
    assertThat(r.series()).isEqualTo("{/s}");
    assertThat(r.time()).isEqualTo(new MappingSpec.Time("/t", "ms"));
    assertThat(r.values()).containsOnlyKeys("p");
  }

  @Test
  void metadataIsPassedOverButMetalsAreRecords() throws Exception {
    MappingSpec.Rule metals = infer("""
        {"type":"quotes","metals":[{"symbol":"XAU","price":2650.1,"ts":1733356800123},
         {"symbol":"XAG","price":31.2,"ts":1733356800123}]}""");
    assertThat(metals.each()).isEqualTo("/metals");
    assertThat(metals.series()).isEqualTo("{/symbol}");
    assertThat(metals.values()).containsOnlyKeys("price");
    MappingSpec.Rule uplink = infer("""
        {"device":"tag-7","rx_metadata":[{"gateway":"gw-1","rssi":-97,"snr":7.5}],
         "temperature":21.5,"humidity":40.2}""");
    assertThat(uplink.each()).as("the gateways' signal describes the message").isNull();
    assertThat(uplink.values()).containsOnlyKeys("temperature", "humidity");
  }

  @Test
  void aCoinbaseTickerGivesIsoTimesAndItsSequence() throws Exception {
    MappingSpec.Rule r = infer("""
        {"type":"ticker","sequence":37475248783,"product_id":"ETH-USD","price":"1285.22",
         "best_bid":"1285.04","time":"2022-10-19T23:28:22.061769Z"}""");
    assertThat(r.series()).isEqualTo("{/product_id}");
    assertThat(r.time()).isEqualTo(new MappingSpec.Time("/time", "iso"));
    assertThat(r.seq()).as("a guessed sequence never claims a skipped number lost")
        .isEqualTo(new MappingSpec.Seq("/sequence", "series", false));
    assertThat(r.values()).containsOnlyKeys("price", "best_bid");
    assertThat(r.volume()).as("a ticker is no trade: no volume").isNull();
  }

  @Test
  void aBareArrayAndAWrappedRecordAreFound() throws Exception {
    MappingSpec.Rule alpaca = infer("""
        [{"T":"t","i":96921,"S":"AAPL","x":"V","p":126.55,"s":1,
          "t":"2021-02-22T15:51:44.208Z"}]""");
    assertThat(alpaca.each()).isEmpty();
    assertThat(alpaca.when()).containsEntry("/T", "t");
    assertThat(alpaca.series()).isEqualTo("{/S}");
    assertThat(alpaca.time().unit()).isEqualTo("iso");
    MappingSpec.Rule combined = infer("""
        {"stream":"btcusdt@trade",
         "data":{"e":"trade","s":"BTCUSDT","p":"1.5","T":1672515782136}}""");
    assertThat(combined.series()).isEqualTo("{/data/s}");
    assertThat(combined.values()).containsEntry("p", "/data/p");
    assertThat(combined.when()).containsEntry("/data/e", "trade");
    assertThat(combined.time()).isEqualTo(new MappingSpec.Time("/data/T", "ms"));
  }

  @Test
  void aSensorWithSecondsAndNoIdGetsOneSeriesPerReading() throws Exception {
    MappingSpec.Rule r = infer("{\"kind\": \"reading\", \"ts\": 1700000000.25,"
        + " \"temperature\": 21.5, \"rh\": 40}");
    assertThat(r.when()).containsEntry("/kind", "reading");
    assertThat(r.series()).isEqualTo("value");
    assertThat(r.time()).isEqualTo(new MappingSpec.Time("/ts", "s"));
    assertThat(r.values()).containsOnlyKeys("temperature", "rh");
    FeedMapping.compile(new MappingSpec(java.util.List.of(r)));
  }

  @Test
  void aSampleWithNothingToPlotSaysSo() {
    assertThatThrownBy(() -> infer("{\"type\":\"heartbeat\"}"))
        .hasMessageContaining("no number to plot");
    assertThatThrownBy(() -> infer("[1, 2]")).hasMessageContaining("no JSON object");
  }

  @Test
  void aVenuesAckIsControlAndOneRuleTakesEverySymbol() throws Exception {
    // Bybit v5 public trades: the subscribe acknowledgement first, then a batch per symbol.
    java.util.List<String> lines = java.util.List.of(
        "{\"success\":true,\"ret_msg\":\"subscribe\",\"conn_id\":\"a1\",\"op\":\"subscribe\"}",
        "{\"topic\":\"publicTrade.BTCUSDT\",\"type\":\"snapshot\",\"ts\":1672304486868,"
            + "\"data\":[{\"T\":1672304486865,\"s\":\"BTCUSDT\",\"S\":\"Buy\","
            + "\"v\":\"0.001\",\"p\":\"16578.50\",\"L\":\"PlusTick\",\"i\":\"20f4\","
            + "\"BT\":false}]}",
        "{\"topic\":\"publicTrade.ETHUSDT\",\"type\":\"snapshot\",\"ts\":1672304486870,"
            + "\"data\":[{\"T\":1672304486869,\"s\":\"ETHUSDT\",\"S\":\"Sell\","
            + "\"v\":\"0.5\",\"p\":\"1201.25\",\"L\":\"MinusTick\",\"i\":\"20f5\","
            + "\"BT\":false}]}",
        "{\"topic\":\"publicTrade.SOLUSDT\",\"type\":\"snapshot\",\"ts\":1672304486880,"
            + "\"data\":[{\"T\":1672304486879,\"s\":\"SOLUSDT\",\"S\":\"Buy\","
            + "\"v\":\"12\",\"p\":\"9.871\",\"L\":\"ZeroPlusTick\",\"i\":\"20f6\","
            + "\"BT\":false}]}");
    MappingSpec spec = MappingInference.infer(read(lines.toArray(String[]::new)));
    assertThat(spec.control()).extracting(MappingSpec.Signal::when)
        .containsExactly(java.util.Map.of("/op", "subscribe"));
    MappingSpec.Rule r = spec.rules().get(0);
    assertThat(r.each()).isEqualTo("/data");
    assertThat(r.when()).as("never pinned to one symbol").doesNotContainKey("^/topic")
        .containsEntry("^/type", "snapshot");
    assertThat(r.values()).containsOnlyKeys("p");
    String samples = String.join("\n", lines);
    MappingPreview.Result preview = MappingPreview.of(spec, samples, 0);
    assertThat(preview.rows()).extracting(MappingPreview.Row::series)
        .containsExactly("BTCUSDT", "ETHUSDT", "SOLUSDT");
    assertThat(preview.rows()).extracting(MappingPreview.Row::value)
        .containsExactly("16578.5", "1201.25", "9.871");
    assertThat(preview.problems()).isEmpty();
  }

  private static java.util.List<com.fasterxml.jackson.databind.JsonNode> read(String... lines)
      throws Exception {
    java.util.List<com.fasterxml.jackson.databind.JsonNode> messages = new java.util.ArrayList<>();
    for (String l : lines) {
      messages.add(JSON.readTree(l));
    }
    return messages;
  }

  @Test
  void okxTradesAreNamedByTheirInstrument() throws Exception {
    String btc = "{\"arg\":{\"channel\":\"trades\",\"instId\":\"BTC-USDT\"},\"data\":[{"
        + "\"instId\":\"BTC-USDT\",\"tradeId\":\"130639474\",\"px\":\"42219.9\","
        + "\"sz\":\"0.12060306\",\"side\":\"buy\",\"ts\":\"1630048897897\",\"count\":\"3\"}]}";
    String eth = btc.replace("BTC-USDT", "ETH-USDT").replace("42219.9", "3001.5");
    MappingSpec spec = MappingInference.infer(read(
        "{\"event\":\"subscribe\",\"arg\":{\"channel\":\"trades\",\"instId\":\"BTC-USDT\"},"
            + "\"connId\":\"a4d3ae55\"}", btc, eth));
    MappingSpec.Rule r = spec.rules().get(0);
    assertThat(r.series()).isEqualTo("{/instId}");
    assertThat(r.values()).containsOnlyKeys("px");
    assertThat(r.time()).isEqualTo(new MappingSpec.Time("/ts", "ms"));
    assertThat(MappingPreview.of(spec, btc + "\n" + eth, 0).rows())
        .extracting(MappingPreview.Row::series).containsExactly("BTC-USDT", "ETH-USDT");
  }

  @Test
  void bitstampTradesAreNamedByTheirChannelWhenTheRecordNamesNoInstrument() throws Exception {
    String btc = "{\"data\":{\"id\":219,\"timestamp\":\"1640000000\",\"amount\":0.5,"
        + "\"price\":47000.5,\"type\":0,\"microtimestamp\":\"1640000000123456\"},"
        + "\"channel\":\"live_trades_btcusd\",\"event\":\"trade\"}";
    String eth = btc.replace("btcusd", "ethusd").replace("47000.5", "3900.25");
    MappingSpec spec = MappingInference.infer(read(
        "{\"event\":\"bts:subscription_succeeded\",\"channel\":\"live_trades_btcusd\","
            + "\"data\":{}}", btc, eth));
    MappingSpec.Rule r = spec.rules().get(0);
    assertThat(r.series()).isEqualTo("{/channel}");
    assertThat(r.values()).containsOnlyKeys("price");
    assertThat(spec.control()).extracting(MappingSpec.Signal::when)
        .containsExactly(java.util.Map.of("/event", "bts:subscription_succeeded"));
    assertThat(MappingPreview.of(spec, btc + "\n" + eth, 0).rows())
        .extracting(MappingPreview.Row::value).containsExactly("47000.5", "3900.25");
  }

  @Test
  void aReplyWithNothingToPlotAndNoKindIsToldApartByAFieldTheDataLacks() throws Exception {
    MappingSpec spec = MappingInference.infer(java.util.List.of(
        JSON.readTree("""
            {"success":true,"subscribe":"trade:XBTUSD","request":{"op":"subscribe"}}"""),
        JSON.readTree("""
            {"table":"trade","action":"insert","data":[{"timestamp":"2024-05-01T12:00:00.5Z",
             "symbol":"XBTUSD","side":"Sell","size":2500,"price":60122}]}""")));
    assertThat(spec.rules().get(0).series()).isEqualTo("{/symbol}");
    assertThat(spec.control()).extracting(MappingSpec.Signal::when)
        .containsExactly(java.util.Map.of("/success", "*"));
  }

  @Test
  void aTimeThatDiffersFromMessageToMessageNamesNoSeries() throws Exception {
    MappingSpec spec = MappingInference.infer(java.util.List.of(
        JSON.readTree("{\"sent\":\"2024-05-01T12:00:00.1Z\",\"reading\":{\"t1\":21.5}}"),
        JSON.readTree("{\"sent\":\"2024-05-01T12:00:05.1Z\",\"reading\":{\"t1\":21.6}}")));
    assertThat(spec.rules().get(0).series()).isEqualTo("value");
  }

  @Test
  void aSideIsNeverASeriesName() throws Exception {
    MappingSpec.Rule r = infer("""
        {"result":{"instrument_name":"ETH_USDT","data":[{"t":1666345635001,"p":"1290.15",
         "q":"1.5","s":"BUY","i":"ETH_USDT"}]},"id":-1,"method":"subscribe","code":0}""");
    assertThat(r.series()).isEqualTo("{^/result/instrument_name}");
    assertThat(r.values()).containsOnlyKeys("p");
  }
}
