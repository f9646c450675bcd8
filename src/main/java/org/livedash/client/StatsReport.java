package org.livedash.client;

import org.livedash.i18n.Texts;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.HdrHistogram.Histogram;
import org.livedash.feed.mapping.MappingTally;
import org.livedash.model.ClockOffset;
import org.livedash.model.FeedMode;
import org.livedash.model.FeedStats;
import org.livedash.model.ModeStats;
import org.livedash.model.SeriesStore;
import org.livedash.model.StatsSnapshot;
import org.livedash.model.WindowFrames;

/**
 * Writes the {@code --stats-out} JSON, a contract other tools read (documented in
 * docs/stats-json.md): the final mode, totals over the run, and one object per mode used.
 */
public final class StatsReport {
  /** Bumped when a field changes meaning or disappears; adding fields does not bump it. */
  static final int FORMAT_VERSION = 1;

  private final ObjectMapper mapper =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  ObjectNode build(FeedStats stats, SeriesStore store, long nowNanos) {
    ObjectNode root = mapper.createObjectNode();
    root.put("format", FORMAT_VERSION);
    root.put("mode", stats.current().orElse(FeedMode.WS).key());
    ObjectNode modes = mapper.createObjectNode();
    Histogram all = null;
    StatsSnapshot total = StatsSnapshot.none(stats.current().orElse(FeedMode.WS));
    ArrayNode segments = mapper.createArrayNode();
    for (ModeStats segment : stats.segments()) {
      StatsSnapshot s = segment.snapshot(nowNanos);
      if (s.activeSeconds() <= 0 && s.updates() == 0 && s.bytesIn() == 0) {
        continue;
      }
      FeedMode mode = segment.mode();
      Histogram h = segment.latencyHistogram();
      if (all == null) {
        all = h;
      } else {
        all.add(h);
      }
      ObjectNode modeNode = fields(mapper.createObjectNode(), s, h);
      ObjectNode drawnNode = modeNode.putObject("drawnLatencyMs");
      putOrNull(drawnNode, "p50", s.drawnP50Ms());
      putOrNull(drawnNode, "p99", s.drawnP99Ms());
      modeNode.put("caughtUp", s.caughtUp());
      ObjectNode segmentNode = segments.addObject();
      segmentNode.put("mode", mode.key());
      if (segment.pollInterval() != null) {
        segmentNode.put("pollIntervalMs", segment.pollInterval().toMillis());
        modeNode.put("pollIntervalMs", segment.pollInterval().toMillis());
      }
      segmentNode.setAll(modeNode.deepCopy());
      if (segment == stats.of(mode)) {
        // "modes" keeps one object per mode: its newest segment.
        modes.set(mode.key(), modeNode);
      }
      total = total.plusCounts(s);
    }
    fields(root, total, all);
    steadyLatency(root.putObject("steadyLatencyMs"), stats);
    root.put("caughtUp", total.caughtUp());
    root.put("restarts", stats.restarts());
    store.read(r -> {
      root.put("alarms", r.alarms().total());
      ObjectNode bySeries = root.putObject("alarmsBySeries");
      new java.util.TreeMap<>(r.alarms().counts()).forEach(bySeries::put);
    });
    root.set("modes", modes);
    root.set("segments", segments);
    putWindow(root, stats.frames().snapshot());
    ClockOffset clock = stats.clockOffset();
    if (clock != null) {
      ObjectNode c = root.putObject("clock");
      c.put("offsetMs", clock.offsetMicros() / 1000.0);
      c.put("rttMs", clock.rttMicros() / 1000.0);
      c.put("applied", clock.applied());
    }
    return root;
  }

  /** The window's pace, when there was a window. */
  private static void putWindow(ObjectNode root, WindowFrames.Snapshot frames) {
    if (frames.pulses() > 1) {
      ObjectNode w = root.putObject("window");
      w.put("pulses", frames.pulses());
      w.put("framesDrawn", frames.drawn());
      w.put("framesDrawnPerSecond", Math.round(frames.drawnPerSecond() * 10) / 10.0);
      ObjectNode interval = w.putObject("pulseIntervalMs");
      interval.put("p50", frames.p50Ms());
      interval.put("p99", frames.p99Ms());
      interval.put("max", frames.maxMs());
    }
  }

  /**
   * One feed of a run: what it is called in the report (its profile, its address, the demo),
   * its figures and store, and for a feed mapped by a profile the profile's name and what its
   * mapping made of the messages (null for a LiveDash feed).
   */
  public record Feed(String name, FeedStats stats, SeriesStore store, String profile,
      MappingTally mapping) {}

  /**
   * Writes the report of a run of one feed or several: the first feed's figures at the top, as
   * a reader of one feed expects, and every feed's, the first included, in {@code feeds}.
   */
  public void write(List<Feed> feeds, Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    long now = System.nanoTime();
    List<ObjectNode> nodes = new java.util.ArrayList<>();
    for (Feed f : feeds) {
      nodes.add(node(f, now));
    }
    // The first feed's figures read once: the same at the top and in the list.
    ObjectNode root = nodes.get(0).deepCopy();
    ArrayNode each = root.putArray("feeds");
    for (int i = 0; i < feeds.size(); i++) {
      each.add(nodes.get(i).put("feed", feeds.get(i).name()));
    }
    Files.writeString(file, mapper.writeValueAsString(root) + "\n");
  }

  private ObjectNode node(Feed feed, long nowNanos) {
    ObjectNode root = build(feed.stats(), feed.store(), nowNanos);
    String profile = feed.profile();
    MappingTally mapping = feed.mapping();
    if (profile != null) {
      root.put("profile", profile);
    }
    if (mapping != null) {
      ObjectNode m = root.putObject("mapping");
      m.put("mappedMessages", mapping.mappedMessages());
      m.put("unmatchedMessages", mapping.unmatchedMessages());
      m.put("controlMessages", mapping.controlMessages());
      m.put("feedErrors", mapping.feedErrors());
      m.put("lastFeedError", mapping.lastFeedError());
      m.put("rejectedValues", mapping.rejectedValues());
      m.put("lastRejection", mapping.lastRejection() == null ? ""
          : Texts.of(mapping.lastRejection()));
      ArrayNode kept = m.putArray("lastUnmatched");
      mapping.lastUnmatched().forEach(kept::add);
    }
    return root;
  }

  private static ObjectNode fields(ObjectNode n, StatsSnapshot s, Histogram latency) {
    n.put("seconds", round(s.activeSeconds(), 3));
    n.put("updates", s.updates());
    // The contract's rate counts every update; the live rate leaves out catch-up from history.
    n.put("updatesPerSecond", round(s.activeSeconds() <= 0 ? 0
        : s.updates() / s.activeSeconds(), 2));
    n.put("liveUpdatesPerSecond", round(s.updatesPerSecond(), 2));
    n.put("gaps", s.gaps());
    n.put("duplicates", s.duplicates());
    n.put("rejected", s.rejected());
    n.put("late", s.late());
    n.put("quarantined", s.quarantined());
    ObjectNode lat = n.putObject("latencyMs");
    boolean have = latency != null && latency.getTotalCount() > 0;
    putOrNull(lat, "p50", percentileMs(latency, 50));
    putOrNull(lat, "p95", percentileMs(latency, 95));
    putOrNull(lat, "p99", percentileMs(latency, 99));
    putOrNull(lat, "max", percentileMs(latency, 100));
    putOrNull(lat, "mean", have ? latency.getMean() / 1000.0 : Double.NaN);
    n.put("bytesIn", s.bytesIn());
    n.put("historyBytesIn", s.historyBytesIn());
    n.put("bytesOut", s.bytesOut());
    putOrNull(n, "bytesPerUpdate", round(s.bytesPerUpdate(), 1));
    n.put("bytesCounted", s.bytesCounted());
    if (s.bytesCounted()) {
      n.put("countedBytesIn", s.wire().countedIn());
      n.put("countedBytesOut", s.wire().countedOut());
      putOrNull(n, "estimateError", round(s.wire().estimateError(), 4));
      n.put("reportBytesIn", s.wire().reportsIn());
    }
    n.put("requests", s.requests());
    n.put("emptyPolls", s.emptyPolls());
    return n;
  }

  /** The latency after each segment's first seconds of updates (its compilers warm). */
  private static void steadyLatency(ObjectNode n, FeedStats stats) {
    Histogram steady = null;
    for (ModeStats segment : stats.segments()) {
      Histogram h = segment.steadyLatencyHistogram();
      if (steady == null) {
        steady = h;
      } else if (h != null) {
        steady.add(h);
      }
    }
    putOrNull(n, "p50", percentileMs(steady, 50));
    putOrNull(n, "p99", percentileMs(steady, 99));
    putOrNull(n, "max", percentileMs(steady, 100));
  }

  /** A percentile of a latency histogram in ms (100: the maximum); NaN when it has none. */
  private static double percentileMs(Histogram h, double percentile) {
    if (h == null || h.getTotalCount() == 0) {
      return Double.NaN;
    }
    return (percentile == 100 ? h.getMaxValue() : h.getValueAtPercentile(percentile)) / 1000.0;
  }

  private static void putOrNull(ObjectNode n, String field, double value) {
    if (Double.isNaN(value)) {
      n.putNull(field);
    } else {
      n.put(field, round(value, 3));
    }
  }

  private static double round(double v, int decimals) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return v;
    }
    double scale = Math.pow(10, decimals);
    return Math.round(v * scale) / scale;
  }
}
