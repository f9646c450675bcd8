package org.livedash.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.HdrHistogram.Histogram;
import org.livedash.model.ClockOffset;
import org.livedash.model.FeedMode;
import org.livedash.model.FeedStats;
import org.livedash.model.StatsSnapshot;

/**
 * Writes the {@code --stats-out} JSON, a contract other tools read (documented in
 * docs/stats-json.md): the final mode, totals over the run, and one object per mode used.
 */
final class StatsReport {
  /** Bumped when a field changes meaning or disappears; adding fields does not bump it. */
  static final int FORMAT_VERSION = 1;

  private final ObjectMapper mapper =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  ObjectNode build(FeedStats stats, long nowNanos) {
    ObjectNode root = mapper.createObjectNode();
    root.put("format", FORMAT_VERSION);
    root.put("mode", stats.current().orElse(FeedMode.WS).key());
    ObjectNode modes = mapper.createObjectNode();
    Histogram all = null;
    long updates = 0;
    long gaps = 0;
    long duplicates = 0;
    long rejected = 0;
    long bytesIn = 0;
    long bytesOut = 0;
    long requests = 0;
    long emptyPolls = 0;
    double seconds = 0;
    for (FeedMode mode : FeedMode.values()) {
      StatsSnapshot s = stats.of(mode).snapshot(nowNanos);
      if (s.activeSeconds() <= 0 && s.updates() == 0 && s.bytesIn() == 0) {
        continue;
      }
      Histogram h = stats.of(mode).latencyHistogram();
      if (all == null) {
        all = h;
      } else {
        all.add(h);
      }
      ObjectNode modeNode = fields(mapper.createObjectNode(), s, h);
      ObjectNode drawnNode = modeNode.putObject("drawnLatencyMs");
      putOrNull(drawnNode, "p50", s.drawnP50Ms());
      putOrNull(drawnNode, "p99", s.drawnP99Ms());
      modeNode.put("caughtUp", stats.of(mode).caughtUp());
      modes.set(mode.key(), modeNode);
      updates += s.updates();
      gaps += s.gaps();
      duplicates += s.duplicates();
      rejected += s.rejected();
      bytesIn += s.bytesIn();
      bytesOut += s.bytesOut();
      requests += s.requests();
      emptyPolls += s.emptyPolls();
      seconds += s.activeSeconds();
    }
    StatsSnapshot total = new StatsSnapshot(stats.current().orElse(FeedMode.WS), seconds, updates,
        gaps, duplicates, rejected, bytesIn, bytesOut, requests, emptyPolls, Double.NaN,
        Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    fields(root, total, all);
    root.put("restarts", stats.restarts());
    root.set("modes", modes);
    ClockOffset clock = stats.clockOffset();
    if (clock != null) {
      ObjectNode c = root.putObject("clock");
      c.put("offsetMs", clock.offsetMicros() / 1000.0);
      c.put("rttMs", clock.rttMicros() / 1000.0);
      c.put("applied", clock.applied());
    }
    return root;
  }

  void write(FeedStats stats, Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(file, mapper.writeValueAsString(build(stats, System.nanoTime())) + "\n");
  }

  private static ObjectNode fields(ObjectNode n, StatsSnapshot s, Histogram latency) {
    n.put("seconds", round(s.activeSeconds(), 3));
    n.put("updates", s.updates());
    n.put("updatesPerSecond", round(s.updatesPerSecond(), 2));
    n.put("gaps", s.gaps());
    n.put("duplicates", s.duplicates());
    n.put("rejected", s.rejected());
    ObjectNode lat = n.putObject("latencyMs");
    boolean have = latency != null && latency.getTotalCount() > 0;
    putOrNull(lat, "p50", have ? latency.getValueAtPercentile(50) / 1000.0 : Double.NaN);
    putOrNull(lat, "p95", have ? latency.getValueAtPercentile(95) / 1000.0 : Double.NaN);
    putOrNull(lat, "p99", have ? latency.getValueAtPercentile(99) / 1000.0 : Double.NaN);
    putOrNull(lat, "max", have ? latency.getMaxValue() / 1000.0 : Double.NaN);
    putOrNull(lat, "mean", have ? latency.getMean() / 1000.0 : Double.NaN);
    n.put("bytesIn", s.bytesIn());
    n.put("bytesOut", s.bytesOut());
    putOrNull(n, "bytesPerUpdate", round(s.bytesPerUpdate(), 1));
    n.put("requests", s.requests());
    n.put("emptyPolls", s.emptyPolls());
    return n;
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
