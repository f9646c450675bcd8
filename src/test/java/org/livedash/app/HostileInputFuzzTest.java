package org.livedash.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.livedash.feed.FeedCodec;
import org.livedash.model.FeedMode;
import org.livedash.model.FeedStats;
import org.livedash.model.SeriesKind;
import org.livedash.model.SeriesMeta;
import org.livedash.model.SeriesRing;
import org.livedash.model.SeriesStore;
import org.livedash.model.StatsSnapshot;
import org.livedash.testing.SeededScripts;
import org.livedash.client.FeedPipeline;

/**
 * Hostile input through the real codec, pipeline and store: generated scripts of frames mix
 * valid updates with broken ones (wrong types, nested arrays and objects in every field, huge
 * and tiny numbers, NaN and Infinity as numbers and as strings), broken frames (truncated,
 * invalid UTF-8, too deep, unknown types, content after the object, oversized), replays of old
 * frames and reversed replays. Whatever the mix: no exception escapes, every valid update is
 * stored exactly once, every broken update or frame is counted as rejected exactly once, and
 * nothing is counted as missed.
 */
class HostileInputFuzzTest {
  private static final long T0 = 1_700_000_000_000_000L;
  private static final AtomicLong MESSAGES = new AtomicLong();
  private static final String OVERSIZED_FRAME = "{\"type\":\"batch\",\"updates\":[],\"pad\":\""
      + "x".repeat(FeedCodec.MAX_FRAME_CHARS) + "\"}";

  /** Broken updates: each is rejected on its own, the rest of its frame is kept. */
  private static final List<String> BAD_UPDATES = List.of(
      "{\"seq\":[1,2],\"id\":\"a\",\"t\":1,\"v\":1}",
      "{\"seq\":{\"n\":1},\"id\":\"a\",\"t\":1,\"v\":1}",
      "{\"seq\":\"7\",\"id\":\"a\",\"t\":1,\"v\":1}",
      "{\"seq\":7.5,\"id\":\"a\",\"t\":1,\"v\":1}",
      "{\"seq\":0,\"id\":\"a\",\"t\":1,\"v\":1}",
      "{\"seq\":-3,\"id\":\"a\",\"t\":1,\"v\":1}",
      "{\"seq\":123456789012345678901234567890,\"id\":\"a\",\"t\":1,\"v\":1}",
      "{\"id\":\"a\",\"t\":1,\"v\":1}",
      "{\"seq\":5,\"id\":{\"x\":[1,{\"y\":2}]},\"t\":1,\"v\":1}",
      "{\"seq\":5,\"id\":\"\",\"t\":1,\"v\":1}",
      "{\"seq\":5,\"id\":42,\"t\":1,\"v\":1}",
      "{\"seq\":5,\"t\":1,\"v\":1}",
      "{\"seq\":5,\"id\":\"a\",\"t\":[[[1]]],\"v\":1}",
      "{\"seq\":5,\"id\":\"a\",\"t\":1.5,\"v\":1}",
      "{\"seq\":5,\"id\":\"a\",\"t\":0,\"v\":1}",
      "{\"seq\":5,\"id\":\"a\",\"v\":1}",
      "{\"seq\":5,\"id\":\"a\",\"t\":1,\"v\":\"NaN\"}",
      "{\"seq\":5,\"id\":\"a\",\"t\":1,\"v\":\"Infinity\"}",
      "{\"seq\":5,\"id\":\"a\",\"t\":1,\"v\":\"12.5\"}",
      "{\"seq\":5,\"id\":\"a\",\"t\":1,\"v\":1e400}",
      "{\"seq\":5,\"id\":\"a\",\"t\":1,\"v\":-1e999}",
      "{\"seq\":5,\"id\":\"a\",\"t\":1,\"v\":null}",
      "{\"seq\":5,\"id\":\"a\",\"t\":1,\"v\":[1]}",
      "{\"seq\":5,\"id\":\"a\",\"t\":1,\"v\":{\"v\":1}}",
      "{\"seq\":5,\"id\":\"a\",\"t\":1}",
      "{\"seq\":5,\"id\":\"a\",\"t\":1,\"v\":1,\"vol\":\"x\"}",
      "{\"seq\":5,\"id\":\"a\",\"t\":1,\"v\":1,\"vol\":[2]}",
      "[1,2,3]",
      "\"an update\"",
      "17",
      "null");

  private enum Breakage { TRUNCATED, BAD_UTF8, TOO_DEEP, UNKNOWN_TYPE, TRAILING, NOT_OBJECT,
    NAN_NUMBER, NO_TYPE, OVERSIZED }

  /** One step of a script. */
  private record Step(int kind, int valid, List<Integer> bad, int breakage, int back,
      boolean polling) {}

  private static Step step(Random r) {
    List<Integer> bad = new ArrayList<>();
    for (int i = 0, n = SeededScripts.between(r, 0, 3); i < n; i++) {
      bad.add(SeededScripts.between(r, 0, BAD_UPDATES.size() - 1));
    }
    return new Step(SeededScripts.between(r, 0, 9), SeededScripts.between(r, 0, 6), bad,
        SeededScripts.between(r, 0, Breakage.values().length - 1),
        SeededScripts.between(r, 1, 8), r.nextBoolean());
  }

  @Test
  void everyValidUpdateOnceEveryBrokenOneRejectedOnceInAThousandScripts() {
    SeededScripts.of(1_000, 80, 170).check(HostileInputFuzzTest::step,
        HostileInputFuzzTest::everyValidUpdateOnceEveryBrokenOneRejectedOnce);
    assertThat(MESSAGES.get()).isGreaterThanOrEqualTo(100_000);
  }

  private static void everyValidUpdateOnceEveryBrokenOneRejectedOnce(List<Step> script) {
    SeriesStore store = new SeriesStore(100_000);
    store.setCatalogue(List.of(SeriesMeta.of("a", "A", "", SeriesKind.SENSOR, 0, 1),
        SeriesMeta.of("b", "B", "", SeriesKind.STOCK, 0, 1)));
    FeedStats stats = new FeedStats();
    FeedPipeline pipeline = new FeedPipeline(store, stats, System::nanoTime, Clock.systemUTC());
    pipeline.onModeEntered(FeedMode.WS, null);
    FeedCodec codec = new FeedCodec();
    List<String> sent = new ArrayList<>();
    List<Integer> badInSent = new ArrayList<>();
    long seq = 0;
    long expectedRejected = 0;
    deliver(pipeline, codec, "{\"type\":\"hello\",\"stream\":\"s\",\"last\":0}", false);
    for (Step s : script) {
      String frame;
      boolean whole = true;
      if (s.kind() < 6 || sent.isEmpty()) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < s.valid(); i++) {
          seq++;
          items.add(valid(seq));
        }
        for (int b : s.bad()) {
          items.add(Math.min(b % (items.size() + 1), items.size()), BAD_UPDATES.get(b));
          expectedRejected++;
        }
        frame = batch(items, s.polling() ? seq : -1);
        sent.add(frame);
        badInSent.add(s.bad().size());
      } else if (s.kind() < 8) {
        Breakage how = Breakage.values()[s.breakage()];
        expectedRejected++;
        if (how == Breakage.BAD_UTF8) {
          deliverBytes(pipeline, codec, badUtf8(sent.get(sent.size() - 1)));
          continue;
        }
        frame = broken(sent.get(sent.size() - 1), how);
        whole = false;
      } else {
        // A replay: the same updates again, in their order or reversed: all duplicates.
        int index = Math.max(0, sent.size() - s.back());
        String old = sent.get(index);
        frame = s.kind() == 8 ? old : reversed(old);
        expectedRejected += badInSent.get(index);
      }
      deliver(pipeline, codec, frame, s.polling() && whole);
    }
    StatsSnapshot snap = stats.of(FeedMode.WS).snapshot(System.nanoTime());
    assertThat(storedSeqs(store)).as("every valid update stored exactly once")
        .isEqualTo(range(seq));
    assertThat(snap.updates()).isEqualTo(seq);
    assertThat(snap.rejected()).as("every broken update or frame rejected once")
        .isEqualTo(expectedRejected);
    assertThat(snap.gaps()).isZero();
    assertThat(stats.restarts()).isZero();
  }

  private static void deliver(FeedPipeline pipeline, FeedCodec codec, String frame,
      boolean asBytes) {
    // Polling answers arrive as bytes, pushed frames as text: both paths are exercised.
    if (asBytes) {
      deliverBytes(pipeline, codec, frame.getBytes(StandardCharsets.UTF_8));
    } else {
      MESSAGES.incrementAndGet();
      pipeline.onFrame(FeedMode.WS, codec.decode(frame), T0);
    }
  }

  private static void deliverBytes(FeedPipeline pipeline, FeedCodec codec, byte[] frame) {
    MESSAGES.incrementAndGet();
    pipeline.onFrame(FeedMode.WS, codec.decode(frame), T0);
  }

  /** The frame with an invalid UTF-8 sequence inside its type's string. */
  private static byte[] badUtf8(String frame) {
    byte[] utf8 = frame.getBytes(StandardCharsets.UTF_8);
    int at = frame.indexOf("batch") + 2;
    byte[] out = new byte[utf8.length + 2];
    System.arraycopy(utf8, 0, out, 0, at);
    out[at] = (byte) 0xC3;
    out[at + 1] = (byte) 0x28;
    System.arraycopy(utf8, at, out, at + 2, utf8.length - at);
    return out;
  }

  private static String valid(long seq) {
    String id = seq % 2 == 0 ? "a" : "b";
    String extra = seq % 7 == 0 ? ",\"note\":{\"unknown\":[1,2]}" : "";
    double v = seq % 5 == 0 ? seq + 1e-300 : seq;
    return "{\"seq\":" + seq + ",\"id\":\"" + id + "\",\"t\":" + (T0 + seq) + ",\"v\":" + v
        + extra + "}";
  }

  private static String batch(List<String> items, long last) {
    String control = last >= 0 ? ",\"stream\":\"s\",\"last\":" + last + ",\"more\":false"
        : "";
    return "{\"type\":\"batch\"" + control + ",\"updates\":[" + String.join(",", items) + "]}";
  }

  private static String reversed(String frame) {
    int open = frame.indexOf("\"updates\":[") + "\"updates\":[".length();
    List<String> items = splitTopLevel(frame.substring(open, frame.length() - 2));
    java.util.Collections.reverse(items);
    return frame.substring(0, open) + String.join(",", items) + "]}";
  }

  private static List<String> splitTopLevel(String items) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int start = 0;
    boolean inString = false;
    for (int i = 0; i < items.length(); i++) {
      char c = items.charAt(i);
      if (c == '"' && (i == 0 || items.charAt(i - 1) != '\\')) {
        inString = !inString;
      } else if (!inString && (c == '{' || c == '[')) {
        depth++;
      } else if (!inString && (c == '}' || c == ']')) {
        depth--;
      } else if (!inString && c == ',' && depth == 0) {
        out.add(items.substring(start, i));
        start = i + 1;
      }
    }
    if (start < items.length()) {
      out.add(items.substring(start));
    }
    return out;
  }

  private static String broken(String frame, Breakage how) {
    return switch (how) {
      case TRUNCATED -> frame.substring(0, frame.length() / 2);
      case BAD_UTF8 -> throw new IllegalArgumentException("delivered as bytes");
      case TOO_DEEP -> "{\"type\":\"batch\",\"x\":" + "[".repeat(40) + "]".repeat(40)
          + ",\"updates\":[]}";
      case UNKNOWN_TYPE -> frame.replace("\"type\":\"batch\"", "\"type\":\"surprise\"");
      case TRAILING -> frame + "{}";
      case NOT_OBJECT -> "[" + frame + "]";
      case NAN_NUMBER -> frame.replaceFirst("\"v\":[^,}]+", "\"v\":NaN").replace("\"type\"",
          "\"nan\":NaN,\"type\"");
      case NO_TYPE -> frame.replace("\"type\":\"batch\",", "");
      case OVERSIZED -> OVERSIZED_FRAME;
    };
  }

  private static List<Long> storedSeqs(SeriesStore store) {
    List<Long> out = new ArrayList<>();
    store.read(r -> {
      for (int i = 0; i < r.seriesCount(); i++) {
        SeriesRing ring = r.ring(i);
        for (int k = 0; k < ring.size(); k++) {
          out.add(ring.timeAt(k) - T0);
        }
      }
    });
    out.sort(null);
    return out;
  }

  private static List<Long> range(long n) {
    List<Long> out = new ArrayList<>();
    for (long s = 1; s <= n; s++) {
      out.add(s);
    }
    return out;
  }
}
