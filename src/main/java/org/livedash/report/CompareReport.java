package org.livedash.report;

import org.livedash.i18n.Texts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The push-versus-polling comparison as a Markdown report with two plots: the latency tables,
 * the bandwidth needed for 1 000 to 100 000 clients, and the server's cost per client.
 */
public final class CompareReport {
  private static final int[] CLIENTS = {1_000, 10_000, 100_000};

  private final String title;
  private final ReportHeader header;
  private final List<ModeResult> results;
  private final List<ModeResult> scaling;
  private final List<ModeResult> crowd;
  private final int crowdClients;

  /**
   * @param results one per mode, at the run's rate
   * @param scaling one per mode at one update per second, for the bandwidth table
   * @param crowd one per mode with many clients at once, for the server-cost table
   */
  public CompareReport(String title, ReportHeader header, List<ModeResult> results,
      List<ModeResult> scaling, List<ModeResult> crowd, int crowdClients) {
    this.title = title;
    this.header = header;
    this.results = results;
    this.scaling = scaling;
    this.crowd = crowd;
    this.crowdClients = crowdClients;
  }

  /** The latency and traffic table, as printed and as written. */
  public String latencyTable() {
    StringBuilder sb = new StringBuilder();
    sb.append(Texts.get("report.latency.head")).append('\n');
    sb.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|\n");
    for (ModeResult r : results) {
      if (!r.measured()) {
        sb.append("| ").append(r.label()).append(" | ").append(Texts.get("report.notMeasured"))
            .append(" | | | | | | | | | | | |\n");
        continue;
      }
      String theory = r.intervalMillis() > 0 ? ms(r.theoreticalMeanMillis()) : "–";
      sb.append(String.format(Texts.locale(),
          "| %s | %.1f | %s | %s | %s | %s | %s | %s | %.1f B | %s | %s | %.2f | %d |%n",
          r.label(), r.updates() / r.seconds(), ms(r.percentileMillis(50)),
          ms(r.percentileMillis(95)), ms(r.percentileMillis(99)), ms(r.maxMillis()),
          ms(r.meanMillis()), theory, r.bytesPerUpdate(), bytes(r.bytesPerSecond()),
          byteSource(r), r.requestsPerSecond(), r.emptyPolls()));
    }
    return sb.toString();
  }

  /** Bandwidth for many clients at one update a second each, from measured bytes per update. */
  public String scalingTable() {
    StringBuilder sb = new StringBuilder(Texts.get("report.scaling.head"));
    for (int n : CLIENTS) {
      sb.append(' ').append(Texts.get("report.clients", n)).append(" |");
    }
    sb.append("\n|---|---:|");
    sb.append("---:|".repeat(CLIENTS.length)).append('\n');
    for (ModeResult r : scaling) {
      if (!r.measured()) {
        continue;
      }
      sb.append(String.format(Texts.locale(), "| %s | %.0f B |", r.label(), r.bytesPerUpdate()));
      for (int n : CLIENTS) {
        sb.append(' ').append(bits(r.bytesPerUpdate() * n * 8)).append(" |");
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  /**
   * What each message costs beyond its payload, from the server's counts of the one-update-a-
   * second runs: the classic header-overhead table (Kaazing, 2010: 871 bytes of HTTP headers per
   * poll against 2 bytes per WebSocket frame), measured.
   */
  public String overheadTable() {
    StringBuilder sb = new StringBuilder(Texts.get("report.overhead.head"))
        .append("\n|---|---:|---:|---:|---:|\n");
    for (ModeResult r : scaling) {
      if (!r.measured() || !r.bytesCounted() || r.wire().messagesIn() == 0) {
        continue;
      }
      sb.append(String.format(Texts.locale(), "| %s | %d | %.0f B | %.1f B | %s |%n",
          r.label(), r.wire().messagesIn(), r.wire().payloadPerMessage(),
          r.wire().overheadPerMessage(), r.wire().setup() > 0 ? r.wire().setup() + " B" : "–"));
    }
    return sb.toString();
  }

  /** What many clients at once cost the server, per mode. */
  public String crowdTable() {
    StringBuilder sb = new StringBuilder(String.format(Texts.locale(),
        Texts.get("report.crowd.head", crowdClients) + "%n|---|---:|---:|---:|---:|%n"));
    for (ModeResult r : crowd) {
      double cpu = r.serverCpuMillis() / r.seconds();
      sb.append(String.format(Texts.locale(), "| %s | %.0f | %.0f | %.0f | %.2f |%n", r.label(),
          r.updates() / r.seconds(), r.requestsPerSecond(), cpu, cpu / crowdClients));
    }
    return sb.toString();
  }

  /** Writes compare.md, latency-cdf.png and bytes-per-update.png into {@code dir}. */
  public Path write(Path dir) throws IOException {
    Files.createDirectories(dir);
    ReportPlots.latencyCdf(results, dir.resolve("latency-cdf.png"));
    ReportPlots.bytesPerUpdate(results, dir.resolve("bytes-per-update.png"));
    StringBuilder md = new StringBuilder("# ").append(title).append("\n\n");
    md.append(header.markdown()).append('\n');
    md.append(latencyTable()).append('\n');
    md.append(Texts.get("report.durations", durations())).append("\n\n");
    md.append("![").append(Texts.get("report.plot.latency")).append("](latency-cdf.png)\n\n");
    md.append("![").append(Texts.get("report.plot.bytes")).append("](bytes-per-update.png)\n\n");
    md.append("## ").append(Texts.get("report.scaling.title")).append("\n\n");
    boolean scaled = scaling.stream().anyMatch(ModeResult::measured);
    md.append(Texts.get(scaled ? "report.scaling.text" : "report.notInThisRun")).append("\n\n");
    if (scaled) {
      md.append(scalingTable()).append('\n');
    }
    md.append("## ").append(Texts.get("report.overhead.title")).append("\n\n");
    boolean counted = scaling.stream().anyMatch(r -> r.measured() && r.bytesCounted()
        && r.wire().messagesIn() > 0);
    md.append(Texts.get(counted ? "report.overhead.text" : scaled ? "report.overhead.notCounted"
        : "report.notInThisRun")).append("\n\n");
    if (counted) {
      md.append(overheadTable()).append('\n');
    }
    if (!crowd.isEmpty()) {
      md.append("## ").append(Texts.get("report.crowd.title")).append("\n\n")
          .append(crowdTable());
    }
    Path file = dir.resolve("compare.md");
    Files.writeString(file, md.toString());
    return file;
  }

  /** How long each mode was measured: "ws 10 s, poll:1000 10 s". */
  private String durations() {
    StringBuilder sb = new StringBuilder();
    for (ModeResult r : results) {
      sb.append(sb.isEmpty() ? "" : ", ").append(r.label()).append(' ')
          .append(String.format(Texts.locale(), "%.0f s", r.seconds()));
    }
    return sb.toString();
  }

  /**
   * Where the byte figures come from: "counted" by the server (with how far the client's own
   * estimate of the same bytes was), or "estimated" by the client against a server that does not
   * count.
   */
  static String byteSource(ModeResult r) {
    return r.bytesCounted()
        ? Texts.get("report.counted", r.wire().estimateError(), r.wire().reportsShare())
        : Texts.get("bytes.estimated");
  }

  static String ms(double millis) {
    return millis >= 100 ? String.format(Texts.locale(), "%.0f ms", millis)
        : String.format(Texts.locale(), "%.2f ms", millis);
  }

  static String bytes(double b) {
    return b >= 1e6 ? String.format(Texts.locale(), "%.2f MB", b / 1e6)
        : b >= 1e3 ? String.format(Texts.locale(), "%.1f kB", b / 1e3)
        : String.format(Texts.locale(), "%.0f B", b);
  }

  static String bits(double bitsPerSecond) {
    return bitsPerSecond >= 1e9 ? String.format(Texts.locale(), "%.2f Gbit/s", bitsPerSecond / 1e9)
        : bitsPerSecond >= 1e6 ? String.format(Texts.locale(), "%.1f Mbit/s", bitsPerSecond / 1e6)
        : String.format(Texts.locale(), "%.0f kbit/s", bitsPerSecond / 1e3);
  }
}
