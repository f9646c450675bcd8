package org.livedash.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.livedash.feed.FeedEndpoints;
import org.livedash.feed.profile.Profile;
import org.livedash.feed.profile.ProfilePresets;
import org.livedash.model.FeedMode;
import org.livedash.model.FeedStats;
import org.livedash.model.SeriesRing;
import org.livedash.model.SeriesStore;
import org.livedash.testing.SeededScripts;
import org.livedash.client.FeedPipeline;
import org.livedash.client.FeedShape;

/**
 * Hostile messages through a preset's mapping, the real pipeline and store: valid trades in
 * Binance's documented shape mixed with the same trade with one field replaced by anything
 * (arrays, objects, null, booleans, huge and tiny numbers, "NaN", "abc", hex, deep nesting),
 * truncated text, text that is not JSON, and JSON of other shapes. Whatever the mix: no
 * exception escapes, every valid trade is stored once with its exact price, every broken one is
 * counted (as rejected or unmatched), and nothing stored is not a finite number.
 */
class MappedFeedFuzzTest {
  private static final Profile BINANCE = ProfilePresets.named("Binance trades");
  private static final List<String> JUNK = List.of("null", "true", "[]", "{}", "[1,[2,[3]]]",
      "{\"a\":{\"b\":{\"c\":[1,2,{}]}}}", "\"abc\"", "\"NaN\"", "\"Infinity\"", "\"0x1F\"",
      "\"1e400\"", "1e400", "-1e400", "\"\"", "\" \"", "123456789012345678901234567890",
      "\"1d\"", "0.0000000000000000000000001", "\"--1\"", "[\"16541.17\"]");
  private static final List<String> FIELDS = List.of("p", "T", "t", "s", "e");
  private static final List<String> OTHER = List.of("", "not json", "{\"result\":null,\"id\":1}",
      "[1,2,3]", "{\"stream\":\"x\"}", "{\"stream\":\"x\",\"data\":null}",
      "{\"stream\":\"x\",\"data\":[{\"e\":\"trade\"}]}", "\"just a string\"", "{\"data\":",
      "{".repeat(3000) + "}".repeat(3000));

  /** One message of a script: a valid trade (its id and price), or a broken one. */
  record Step(int kind, int field, int junk, long priceCents) {}

  private static Step step(Random r) {
    return new Step(SeededScripts.between(r, 0, 9), SeededScripts.between(r, 0, FIELDS.size() - 1),
        SeededScripts.between(r, 0, Math.max(JUNK.size(), OTHER.size()) - 1),
        SeededScripts.between(r, 1, 10_000_000_000L));
  }

  @Test
  void noMessageBreaksTheFeedAndEveryValidTradeIsStoredOnceInAThousandScripts() {
    SeededScripts.of(1_000, 1, 120).check(MappedFeedFuzzTest::step,
        MappedFeedFuzzTest::noMessageBreaksTheFeedAndEveryValidTradeIsStoredOnce);
  }

  private static String trade(String symbol, long id, long priceCents, long time) {
    return "{\"stream\":\"btcusdt@trade\",\"data\":{\"e\":\"trade\",\"E\":" + time
        + ",\"s\":\"" + symbol + "\",\"t\":" + id + ",\"p\":\"" + priceCents / 100 + "."
        + String.format("%02d", priceCents % 100) + "\",\"q\":\"0.001\",\"T\":" + time
        + ",\"m\":true,\"M\":true}}";
  }

  private static void noMessageBreaksTheFeedAndEveryValidTradeIsStoredOnce(List<Step> script) {
    SeriesStore store = new SeriesStore(1_000);
    FeedStats stats = new FeedStats();
    FeedPipeline pipeline = new FeedPipeline(store, stats, System::nanoTime, Clock.systemUTC());
    FeedEndpoints endpoints = FeedEndpoints.exactly("ws://127.0.0.1:1/stream");
    pipeline.expect(endpoints, new FeedShape(BINANCE, BINANCE.compile(), BINANCE.discovery(),
        null, null, " fuzz", "fuzz"));
    pipeline.onConnecting(endpoints);
    pipeline.onModeEntered(FeedMode.WS, null);
    long id = 1000;
    long time = 1_672_515_782_000L;
    long junkId = 0;
    long valid = 0;
    long broken = 0;
    java.util.List<Double> prices = new java.util.ArrayList<>();
    for (Step s : script) {
      String message;
      if (s.kind() < 5) {
        id++;
        time++;
        message = trade("BTCUSDT", id, s.priceCents(), time);
        prices.add(s.priceCents() / 100.0);
        valid++;
      } else if (s.kind() < 8) {
        String f = FIELDS.get(s.field());
        String j = JUNK.get(s.junk() % JUNK.size());
        // Broken copies are of another symbol with numbers of their own: one that turns out
        // valid after all (a tiny price) cannot stand in for a real trade.
        junkId++;
        message = trade("JUNKUSDT", junkId, s.priceCents(), time)
            .replaceFirst("\"" + f + "\":(\"[^\"]*\"|[^,}]*)",
                "\"" + f + "\":" + java.util.regex.Matcher.quoteReplacement(j));
        broken++;
      } else if (s.kind() == 8) {
        String whole = trade("BTCUSDT", id + 1, s.priceCents(), time + 1);
        message = whole.substring(0, whole.length() / 2);
        broken++;
      } else {
        message = OTHER.get(s.junk() % OTHER.size());
        broken++;
      }
      pipeline.onMessage(FeedMode.WS, message, time * 1000);
    }
    long expectedValid = valid;
    long expectedBroken = broken;
    var snapshot = stats.of(FeedMode.WS).snapshot(System.nanoTime());
    var tally = pipeline.mapping().tally();
    store.read(r -> {
      int index = r.indexOf("BTCUSDT");
      SeriesRing ring = index < 0 ? null : r.ring(index);
      long stored = ring == null ? 0 : ring.size();
      assertThat(stored).as("valid trades stored once").isEqualTo(expectedValid);
      for (int i = 0; i < stored; i++) {
        assertThat(ring.valueAt(i)).isEqualTo(prices.get(i)).isFinite();
      }
      assertThat(r.seriesCount()).as("at most one series per broken message")
          .isLessThanOrEqualTo(1 + (int) expectedBroken);
    });
    assertThat(snapshot.updates()).as("the valid trades, and broken copies that were valid"
        + " after all (a tiny price), each in its own series").isEqualTo(valid
        + storeJunkSeries(store));
    assertThat(snapshot.rejected() + tally.unmatchedMessages() + snapshot.duplicates()
        + storeJunkSeries(store)).as("every broken message counted")
        .isGreaterThanOrEqualTo(broken);
  }

  /** Updates that went to a series named by junk (an id replaced by a number or text). */
  private static long storeJunkSeries(SeriesStore store) {
    long[] n = new long[1];
    store.read(r -> {
      for (int i = 0; i < r.seriesCount(); i++) {
        if (!r.meta(i).id().equals("BTCUSDT")) {
          n[0] += r.ring(i).size();
        }
      }
    });
    return n[0];
  }
}
