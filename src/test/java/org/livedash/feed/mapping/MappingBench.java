package org.livedash.feed.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How many updates a mapping gives per second on one thread, from a mix of messages in the
 * shapes exchanges send: parsed from bytes and mapped (what a feed thread does), and mapped
 * alone from parsed trees. Run with
 * {@code mvn -B -Pbench test-compile exec:exec@mapping-bench}.
 */
public final class MappingBench {
  private static final String[] MIX = {
      "{\"stream\":\"btcusdt@trade\",\"data\":{\"e\":\"trade\",\"E\":1672515782136,"
          + "\"s\":\"BTCUSDT\",\"t\":12345,\"p\":\"16843.10000000\",\"q\":\"0.00100000\","
          + "\"T\":1672515782136,\"m\":true,\"M\":true}}",
      "{\"type\":\"ticker\",\"sequence\":37475248783,\"product_id\":\"ETH-USD\","
          + "\"price\":\"1285.22\",\"open_24h\":\"1310.79\",\"volume_24h\":\"245532.79269678\","
          + "\"best_bid\":\"1285.04\",\"best_bid_size\":\"0.46688654\",\"best_ask\":\"1285.27\","
          + "\"best_ask_size\":\"1.56637040\",\"side\":\"buy\","
          + "\"time\":\"2022-10-19T23:28:22.061769Z\",\"trade_id\":370843401,"
          + "\"last_size\":\"11.4396987\"}",
      "{\"channel\":\"ticker\",\"type\":\"update\",\"data\":[{\"symbol\":\"ALGO/USD\","
          + "\"bid\":0.10025,\"bid_qty\":740.0,\"ask\":0.10036,\"ask_qty\":1361.44,"
          + "\"last\":0.10035,\"volume\":997038.98,\"vwap\":0.10148,\"low\":0.09979,"
          + "\"high\":0.10285,\"change\":-0.00017,\"change_pct\":-0.17}]}",
      "{\"data\":[{\"p\":7296.89,\"s\":\"BINANCE:BTCUSDT\",\"t\":1575526691134,\"v\":0.011},"
          + "{\"p\":7296.9,\"s\":\"BINANCE:BTCUSDT\",\"t\":1575526691135,\"v\":0.2},"
          + "{\"p\":7297.1,\"s\":\"BINANCE:BTCUSDT\",\"t\":1575526691136,\"v\":0.05},"
          + "{\"p\":7296.5,\"s\":\"BINANCE:ETHUSDT\",\"t\":1575526691137,\"v\":1.5}],"
          + "\"type\":\"trade\"}",
      "{\"type\":\"heartbeat\",\"sequence\":90,\"last_trade_id\":20,\"product_id\":\"BTC-USD\","
          + "\"time\":\"2014-11-07T08:19:28.464459Z\"}"};

  private MappingBench() {}

  public static void main(String[] args) throws Exception {
    double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 5;
    ObjectMapper json = new ObjectMapper();
    FeedMapping mapping = FeedMapping.compile(spec());
    byte[][] bytes = new byte[MIX.length][];
    JsonNode[] trees = new JsonNode[MIX.length];
    for (int i = 0; i < MIX.length; i++) {
      bytes[i] = MIX[i].getBytes(StandardCharsets.UTF_8);
      trees[i] = json.readTree(bytes[i]);
    }
    long[] sink = new long[1];
    MappedSink count = (id, t, v, seq, sequencing) -> sink[0] += id.length() + (long) v;
    System.out.printf(Locale.ROOT, "machine: %d cores, %s %s, %s %s%n",
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
        System.getProperty("java.version"), System.getProperty("os.name"),
        System.getProperty("os.arch"));
    System.out.println("mix: Binance trade (1 update), Coinbase ticker (3), Kraken ticker (2),"
        + " Finnhub batch (4), Coinbase heartbeat (0, unmatched); one thread");
    for (String phase : List.of("warm-up", "measured")) {
      double run = phase.equals("warm-up") ? Math.min(2, seconds) : seconds;
      long[] parsed = run(run, () -> {
        long n = 0;
        for (byte[] b : bytes) {
          n += mapping.map(json.readTree(b), 0, count);
        }
        return n;
      });
      long[] mapped = run(run, () -> {
        long n = 0;
        for (JsonNode t : trees) {
          n += mapping.map(t, 0, count);
        }
        return n;
      });
      if (phase.equals("measured")) {
        print("parse + map", parsed);
        print("map only   ", mapped);
      }
    }
    System.out.println("(checksum " + sink[0] + ")");
  }

  private interface Round {
    long once() throws Exception;
  }

  /** Runs rounds for {@code seconds}; returns {updates, messages, nanos}. */
  private static long[] run(double seconds, Round round) throws Exception {
    long end = System.nanoTime() + (long) (seconds * 1e9);
    long updates = 0;
    long messages = 0;
    long start = System.nanoTime();
    while (System.nanoTime() < end) {
      for (int i = 0; i < 100; i++) {
        updates += round.once();
        messages += MIX.length;
      }
    }
    return new long[] {updates, messages, System.nanoTime() - start};
  }

  private static void print(String what, long[] r) {
    double s = r[2] / 1e9;
    System.out.printf(Locale.ROOT, "%s: %,.0f updates/s (%,.0f messages/s)%n", what, r[0] / s,
        r[1] / s);
  }

  static MappingSpec spec() {
    return new MappingSpec(List.of(
        new MappingSpec.Rule(Map.of("/data/e", "trade"), null, "{/data/s}",
            Map.of("price", "/data/p"), new MappingSpec.Time("/data/T", "ms"),
            new MappingSpec.Seq("/data/t", "series")),
        new MappingSpec.Rule(Map.of("/type", "ticker"), null, "{/product_id}",
            ordered("price", "/price", "bid", "/best_bid", "ask", "/best_ask"),
            new MappingSpec.Time("/time", "iso"), new MappingSpec.Seq("/sequence", "series")),
        new MappingSpec.Rule(Map.of("^/channel", "ticker"), "/data", "{/symbol}:{value}",
            ordered("last", "/last", "bid", "/bid"), null, null),
        new MappingSpec.Rule(Map.of("^/type", "trade"), "/data", "{/s}", Map.of("price", "/p"),
            new MappingSpec.Time("/t", "ms"), null)));
  }

  private static Map<String, String> ordered(String... kv) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return m;
  }
}
