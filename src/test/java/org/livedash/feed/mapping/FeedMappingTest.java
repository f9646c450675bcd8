package org.livedash.feed.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.livedash.i18n.Texts;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Messages in the shapes the venues document, mapped to the exact updates they hold. */
class FeedMappingTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long RECEIVED = 1_800_000_000_000_000L;

  record Out(String id, long t, double v, long seq) {}

  private static List<Out> map(FeedMapping mapping, String message) throws Exception {
    List<Out> out = new ArrayList<>();
    JsonNode node = JSON.readTree(message);
    mapping.map(node, RECEIVED, (id, t, v, seq, sequencing) -> out.add(new Out(id, t, v, seq)));
    return out;
  }

  private static MappingSpec.Rule rule(Map<String, String> when, String each, String series,
      Map<String, String> values, MappingSpec.Time time, MappingSpec.Seq seq) {
    return new MappingSpec.Rule(when, each, series, values, time, seq);
  }

  private static Map<String, String> ordered(String... kv) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return m;
  }

  @Test
  void binanceTradesFromACombinedStreamWithPricesSentAsStrings() throws Exception {
    FeedMapping m = FeedMapping.compile(new MappingSpec(List.of(rule(
        Map.of("/data/e", "trade"), null, "{/data/s}", Map.of("price", "/data/p"),
        new MappingSpec.Time("/data/T", "ms"), new MappingSpec.Seq("/data/t", "series")))));
    List<Out> out = map(m, """
        {"stream":"bnbbtc@trade","data":{"e":"trade","E":1672515782136,"s":"BNBBTC","t":12345,
         "p":"0.00012345","q":"100","T":1672515782136,"m":true,"M":true}}""");
    assertThat(out).containsExactly(new Out("BNBBTC", 1_672_515_782_136_000L, 0.00012345, 12345));
    assertThat(m.usesMessageTime()).isTrue();
  }

  @Test
  void coinbaseTickerGivesOneSeriesPerValueAndSkipsHeartbeats() throws Exception {
    FeedMapping m = FeedMapping.compile(new MappingSpec(List.of(rule(
        Map.of("/type", "ticker"), null, "{/product_id}",
        ordered("price", "/price", "bid", "/best_bid", "ask", "/best_ask"),
        new MappingSpec.Time("/time", "iso"), new MappingSpec.Seq("/sequence", "series")))));
    List<Out> out = map(m, """
        {"type":"ticker","sequence":37475248783,"product_id":"ETH-USD","price":"1285.22",
         "open_24h":"1310.79","best_bid":"1285.04","best_bid_size":"0.46688654",
         "best_ask":"1285.27","side":"buy","time":"2022-10-19T23:28:22.061769Z",
         "trade_id":370843401,"last_size":"11.4396987"}""");
    long t = 1_666_222_102_061_769L;
    assertThat(out).containsExactly(new Out("ETH-USD:price", t, 1285.22, 37475248783L),
        new Out("ETH-USD:bid", t, 1285.04, 37475248783L),
        new Out("ETH-USD:ask", t, 1285.27, 37475248783L));
    assertThat(map(m, """
        {"type":"heartbeat","sequence":90,"last_trade_id":20,"product_id":"BTC-USD",
         "time":"2014-11-07T08:19:28.464459Z"}""")).isEmpty();
    assertThat(m.tally().unmatchedMessages()).isEqualTo(1);
    assertThat(m.tally().lastUnmatched().get(0)).contains("heartbeat");
  }

  @Test
  void krakenTickerFansOutOverItsDataArrayAtReceiveTime() throws Exception {
    FeedMapping m = FeedMapping.compile(new MappingSpec(List.of(rule(
        Map.of("^/channel", "ticker"), "/data", "{/symbol}:{value}",
        ordered("last", "/last", "bid", "/bid"), null, null))));
    List<Out> out = map(m, """
        {"channel":"ticker","type":"update","data":[
         {"symbol":"ALGO/USD","bid":0.10025,"ask":0.10036,"last":0.10035,"volume":997038.98},
         {"symbol":"BTC/USD","bid":67001.5,"ask":67001.6,"last":67001.6,"volume":1201.2}]}""");
    assertThat(out).containsExactly(
        new Out("ALGO/USD:last", RECEIVED, 0.10035, FeedMapping.NO_SEQ),
        new Out("ALGO/USD:bid", RECEIVED, 0.10025, FeedMapping.NO_SEQ),
        new Out("BTC/USD:last", RECEIVED, 67001.6, FeedMapping.NO_SEQ),
        new Out("BTC/USD:bid", RECEIVED, 67001.5, FeedMapping.NO_SEQ));
    assertThat(m.usesMessageTime()).isFalse();
  }

  @Test
  void alpacaArraysMixTradesAndQuotesWithNanosecondTimes() throws Exception {
    FeedMapping m = FeedMapping.compile(new MappingSpec(List.of(
        rule(Map.of("/T", "t"), "", "{/S}", Map.of("price", "/p"),
            new MappingSpec.Time("/t", "iso"), null),
        rule(Map.of("/T", "q"), "", "{/S}:{value}", ordered("bid", "/bp", "ask", "/ap"),
            new MappingSpec.Time("/t", "iso"), null))));
    String message = """
        [{"T":"t","S":"AAPL","i":96921,"x":"D","p":126.55,"s":1,
          "t":"2021-02-22T15:51:44.208Z","c":["@","I"],"z":"C"},
         {"T":"success","msg":"authenticated"}]""";
    assertThat(map(m, message)).containsExactly(
        new Out("AAPL", 1_614_009_104_208_000L, 126.55, FeedMapping.NO_SEQ));
    assertThat(map(m, """
        [{"T":"q","S":"AMD","bx":"U","bp":87.66,"bs":1,"ax":"Q","ap":87.68,"as":4,
          "t":"2021-02-22T15:51:45.335689322Z","c":["R"],"z":"C"}]""")).containsExactly(
        new Out("AMD:bid", 1_614_009_105_335_689L, 87.66, FeedMapping.NO_SEQ),
        new Out("AMD:ask", 1_614_009_105_335_689L, 87.68, FeedMapping.NO_SEQ));
  }

  @Test
  void finnhubBatchesTradesUnderDataWithATypeOnTheMessage() throws Exception {
    FeedMapping m = FeedMapping.compile(new MappingSpec(List.of(rule(
        Map.of("^/type", "trade"), "/data", "{/s}", Map.of("price", "/p"),
        new MappingSpec.Time("/t", "ms"), null))));
    assertThat(map(m, """
        {"data":[{"p":7296.89,"s":"BINANCE:BTCUSDT","t":1575526691134,"v":0.011467},
                 {"p":7296.9,"s":"BINANCE:BTCUSDT","t":1575526691135,"v":0.2}],"type":"trade"}
        """)).containsExactly(
        new Out("BINANCE:BTCUSDT", 1_575_526_691_134_000L, 7296.89, FeedMapping.NO_SEQ),
        new Out("BINANCE:BTCUSDT", 1_575_526_691_135_000L, 7296.9, FeedMapping.NO_SEQ));
    assertThat(map(m, "{\"type\":\"ping\"}")).isEmpty();
  }

  @Test
  void timesInEveryUnitAndNumbersAsAFeedSendsThem() throws Exception {
    for (String[] c : new String[][] {
        {"s", "1700000000.123456"}, {"s", "\"1700000000.123456\""}, {"ms", "1700000000123.456"},
        {"us", "1700000000123456"}, {"ns", "\"1700000000123456789\""},
        {"iso", "\"2023-11-14T22:13:20.123456+00:00\""}, {"iso", "\"2023-11-14T22:13:20.123456\""},
        {"iso", "\"2023-11-14T23:13:20.123456789+01:00\""}}) {
      FeedMapping m = FeedMapping.compile(new MappingSpec(List.of(rule(null, null, "x",
          Map.of("v", "/v"), new MappingSpec.Time("/t", c[0]), null))));
      assertThat(map(m, "{\"t\":" + c[1] + ",\"v\":1}")).as(c[0] + " " + c[1])
          .containsExactly(new Out("x", 1_700_000_000_123_456L, 1, FeedMapping.NO_SEQ));
    }
    FeedMapping m = FeedMapping.compile(new MappingSpec(List.of(rule(null, null, "{/id}",
        Map.of("v", "/v"), null, null))));
    for (String[] c : new String[][] {{"\"1e-8\"", "1e-8"}, {"\" 42 \"", "42"}, {"true", "1"},
        {"false", "0"}, {"-0.5", "-0.5"}, {"\"+3\"", "3"}}) {
      assertThat(map(m, "{\"id\":\"a\",\"v\":" + c[0] + "}")).as(c[0])
          .containsExactly(new Out("a", RECEIVED, Double.parseDouble(c[1]), FeedMapping.NO_SEQ));
    }
  }

  @Test
  void whatCannotBeUsedIsCountedAndNeverStopsTheFeed() throws Exception {
    FeedMapping m = FeedMapping.compile(new MappingSpec(List.of(rule(null, null, "{/id}",
        Map.of("v", "/v"), new MappingSpec.Time("/t", "ms"), null))));
    for (String bad : List.of("\"abc\"", "\"NaN\"", "\"Infinity\"", "\"0x1p3\"", "\"1d\"", "{}",
        "[1]", "\"\"", "\"1e\"", "\".\"")) {
      assertThat(map(m, "{\"id\":\"a\",\"t\":1,\"v\":" + bad + "}")).as(bad).isEmpty();
    }
    assertThat(map(m, "{\"id\":\"a\",\"t\":\"yesterday\",\"v\":1}")).isEmpty();
    assertThat(map(m, "{\"t\":1,\"v\":1}")).as("no series id").isEmpty();
    assertThat(m.tally().rejectedValues()).isEqualTo(12);
    assertThat(Texts.of(m.tally().lastRejection())).contains("no series id");
    assertThat(map(m, "{\"id\":\"a\",\"t\":1,\"v\":\"2.5\"}")).hasSize(1);
  }

  @Test
  void aMappingThatCannotWorkIsRefusedWithTheRuleAndTheReason() {
    assertThatThrownBy(() -> FeedMapping.compile(new MappingSpec(List.of())))
        .hasMessageContaining("at least one rule");
    assertThatThrownBy(() -> FeedMapping.compile(new MappingSpec(List.of(rule(null, null, "x",
        Map.of("v", "price"), null, null))))).hasMessage(
            "rule 1: value 'v': 'price' is not a JSON Pointer (it starts with '/', like"
                + " /data/price)");
    assertThatThrownBy(() -> FeedMapping.compile(new MappingSpec(List.of(rule(null, null, "x",
        Map.of("v", "/v"), new MappingSpec.Time("/t", "minutes"), null)))))
        .hasMessageContaining("time unit 'minutes'");
    assertThatThrownBy(() -> FeedMapping.compile(new MappingSpec(List.of(rule(null, null,
        "{/s", Map.of("v", "/v"), null, null))))).hasMessageContaining("not closed");
  }

  @Test
  void aBlankSeriesIdIsRejectedNotAnError() throws Exception {
    FeedMapping m = FeedMapping.compile(new MappingSpec(List.of(rule(null, null, "{/s}",
        Map.of("price", "/p"), null, null))));
    assertThat(map(m, "{\"s\":\" \",\"p\":1}")).isEmpty();
    assertThat(map(m, "{\"s\":\"\",\"p\":1}")).isEmpty();
    assertThat(m.tally().rejectedValues()).isEqualTo(2);
    assertThat(Texts.of(m.tally().lastRejection())).startsWith("no series id for price");
  }

  @Test
  void aMessageWithNoneOfItsValuesIsRejectedOneMissingOfSeveralIsNot() throws Exception {
    FeedMapping m = FeedMapping.compile(new MappingSpec(List.of(rule(null, null, "{/s}",
        ordered("bid", "/b", "ask", "/a"), null, null))));
    assertThat(map(m, "{\"s\":\"X\",\"b\":1}")).hasSize(1);
    assertThat(m.tally().rejectedValues()).isZero();
    assertThat(map(m, "{\"s\":\"X\",\"b\":null}")).isEmpty();
    assertThat(m.tally().rejectedValues()).isEqualTo(1);
    assertThat(Texts.of(m.tally().lastRejection()))
        .startsWith("no value at /b or the other value fields");
  }

  @Test
  void everyNumberOfAnObjectIsASeriesNamedByItsKeyAndTextIsPassedOver() throws Exception {
    FeedMapping m = FeedMapping.compile(new MappingSpec(List.of(rule(
        null, null, "{/device}", Map.of("*", "/state"), null, null))));
    assertThat(map(m, """
        {"device":"hall","state":{"temperature":22.35,"occupancy":true,"state":"ON",
         "nested":{"x":1},"battery":97}}""")).containsExactly(
        new Out("hall:temperature", RECEIVED, 22.35, FeedMapping.NO_SEQ),
        new Out("hall:occupancy", RECEIVED, 1, FeedMapping.NO_SEQ),
        new Out("hall:battery", RECEIVED, 97, FeedMapping.NO_SEQ));
    // An object without a number is not taken: counted as unmatched, not as an error.
    assertThat(map(m, "{\"device\":\"hall\",\"state\":{\"state\":\"ON\"}}")).isEmpty();
    assertThat(m.tally().unmatchedMessages()).isEqualTo(1);
    assertThat(m.tally().rejectedValues()).isZero();
  }

  @Test
  void everyNumberPassesOverTimesButNotReadingsNamedLikeThem() throws Exception {
    FeedMapping m = FeedMapping.compile(new MappingSpec(List.of(rule(
        null, null, "{/device}", Map.of("*", "/state"), null, null))));
    // A gateway's clock in seconds, a sensor's in milliseconds, an instant it was last seen: a
    // line climbing off every scale if plotted. An uptime of hours and a count are readings.
    assertThat(map(m, """
        {"device":"tag","state":{"temperature":21.5,"ts":1733356800,"gw_ts":1733356800123,
         "last_seen":1733356799000,"created_at":1733356000,"epoch":1733356800,"Uptime":86400,
         "time_ms":1250,"counts":1733356800}}""")).containsExactly(
        new Out("tag:temperature", RECEIVED, 21.5, FeedMapping.NO_SEQ),
        new Out("tag:Uptime", RECEIVED, 86400, FeedMapping.NO_SEQ),
        new Out("tag:time_ms", RECEIVED, 1250, FeedMapping.NO_SEQ),
        new Out("tag:counts", RECEIVED, 1733356800, FeedMapping.NO_SEQ));
  }

  @Test
  void aFanOutOverAnObjectNamesEachMemberByItsKey() throws Exception {
    FeedMapping m = FeedMapping.compile(new MappingSpec(List.of(rule(
        null, "/sensors", "{^/device}/{key}:{value}", Map.of("*", ""), null, null))));
    assertThat(map(m, """
        {"device":"plug","sensors":{"Time":"2024-05-01T12:00:00",
         "ENERGY":{"Power":45,"Voltage":230.5},"AM2301":{"Temperature":22.1}}}"""))
        .containsExactly(
            new Out("plug/ENERGY:Power", RECEIVED, 45, FeedMapping.NO_SEQ),
            new Out("plug/ENERGY:Voltage", RECEIVED, 230.5, FeedMapping.NO_SEQ),
            new Out("plug/AM2301:Temperature", RECEIVED, 22.1, FeedMapping.NO_SEQ));
  }

  @Test
  void aStarStepFansOutOverEveryElementOfTheArrayThere() throws Exception {
    FeedMapping m = FeedMapping.compile(new MappingSpec(List.of(rule(
        Map.of("^/channel", "market_trades"), "/events/*/trades", "{/product_id}",
        Map.of("price", "/price"), null, null))));
    assertThat(map(m, """
        {"channel":"market_trades","events":[
          {"type":"update","trades":[{"product_id":"ETH-USD","price":"1260.5"},
                                     {"product_id":"BTC-USD","price":"21921.7"}]},
          {"type":"update","trades":[{"product_id":"ETH-USD","price":"1261"}]},
          {"type":"update"}]}""")).containsExactly(
        new Out("ETH-USD", RECEIVED, 1260.5, FeedMapping.NO_SEQ),
        new Out("BTC-USD", RECEIVED, 21921.7, FeedMapping.NO_SEQ),
        new Out("ETH-USD", RECEIVED, 1261, FeedMapping.NO_SEQ));
    // No event holds trades: the rule does not take it.
    assertThat(map(m, "{\"channel\":\"market_trades\",\"events\":[{\"type\":\"x\"}]}"))
        .isEmpty();
    assertThat(m.tally().unmatchedMessages()).isEqualTo(1);
    assertThatThrownBy(() -> FeedMapping.compile(new MappingSpec(List.of(rule(null,
        "events/*/trades", "x", Map.of("v", "/v"), null, null)))))
        .hasMessageContaining("events/*/trades");
  }

  @Test
  void everyNumberStandsAlone() {
    assertThatThrownBy(() -> FeedMapping.compile(new MappingSpec(List.of(rule(
        null, null, "{/d}", ordered("*", "/s", "t", "/t"), null, null)))))
        .hasMessageContaining("stands alone");
  }
}
