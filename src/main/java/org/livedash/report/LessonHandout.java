package org.livedash.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.livedash.i18n.Texts;
import org.livedash.model.WireEvent;

/**
 * The lesson's handout, in the language of the session: each step with its explanation and the
 * figures measured while it ran, the handshake verbatim, and the closing comparison with its
 * latency plot — a Markdown file a student keeps, with the numbers of that class.
 */
public final class LessonHandout {
  private final Lesson lesson;
  private final String feed;
  private final ZonedDateTime when;

  /** @param feed what was measured, in a few words (the embedded demo feed, a server) */
  public LessonHandout(Lesson lesson, String feed, ZonedDateTime when) {
    this.lesson = lesson;
    this.feed = feed;
    this.when = when;
  }

  /** The handout as Markdown. */
  public String markdown() {
    Map<Lesson.Step, ModeResult> results = lesson.results();
    boolean counted = results.values().stream().anyMatch(ModeResult::bytesCounted);
    StringBuilder md = new StringBuilder("# ").append(Texts.get("lesson.title")).append("\n\n");
    md.append(Texts.get("lesson.report.intro", feed,
        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
            .withLocale(Texts.locale()).format(when),
        Texts.get(counted ? "lesson.report.counted" : "lesson.report.estimated")))
        .append("\n\n");
    for (Lesson.Step step : Lesson.Step.values()) {
      md.append("## ").append(Texts.get("lesson." + step.key() + ".title")).append("\n\n");
      md.append(Texts.get("lesson." + step.key() + ".text")).append("\n\n");
      step(md, step, results.get(step));
    }
    md.append("## ").append(Texts.get("lesson.report.comparison")).append("\n\n");
    md.append(table(results)).append('\n');
    md.append("![").append(Texts.get("lesson.report.plot")).append("](latency-cdf.png)\n");
    return md.toString();
  }

  private void step(StringBuilder md, Lesson.Step step, ModeResult r) {
    if (step == Lesson.Step.HANDSHAKE && lesson.handshake() != null) {
      WireEvent.Handshake h = lesson.handshake();
      md.append(Texts.get("lesson.report.handshake", h.requestBytes(), h.responseBytes()))
          .append("\n\n```http\n").append(h.requestLine()).append('\n');
      h.requestHeaders().forEach(x -> md.append(x.name()).append(": ").append(x.value())
          .append('\n'));
      md.append('\n').append(h.statusLine()).append('\n');
      h.responseHeaders().forEach(x -> md.append(x.name()).append(": ").append(x.value())
          .append('\n'));
      md.append("```\n\n");
      return;
    }
    if (r == null || r.updates() == 0 && r.requests() == 0) {
      md.append(Texts.get("lesson.report.notMeasured")).append("\n\n");
      return;
    }
    md.append(Texts.get("lesson.report.measured")).append(' ');
    md.append(r.requests() > 0
        ? Texts.get("lesson.report.polls", r.requests(), r.seconds(), r.emptyPolls(),
            r.emptyPolls() / (double) r.requests(), r.updates())
        : Texts.get("lesson.report.push", r.updates(), r.seconds()));
    if (r.measured()) {
      md.append(' ').append(Texts.get("lesson.report.figures", r.bytesPerUpdate(),
          CompareReport.ms(r.percentileMillis(50)), CompareReport.ms(r.percentileMillis(99))));
    }
    md.append("\n\n");
  }

  /** The comparison's column headings, in the language in use. */
  public static List<String> comparisonHeadings() {
    List<String> heads = new ArrayList<>();
    for (String c : List.of("mode", "rate", "p50", "p99", "bytes", "requests", "empty")) {
      heads.add(Texts.get("lesson.report.col." + c));
    }
    return heads;
  }

  /**
   * The comparison of the three ways of receiving, as measured in the lesson: one row of cells
   * per measured step (polling, long-polling, push), as the handout and the window show it.
   */
  public static List<List<String>> comparisonRows(Map<Lesson.Step, ModeResult> results) {
    List<List<String>> rows = new ArrayList<>();
    for (Lesson.Step step : List.of(Lesson.Step.POLLING, Lesson.Step.LONG_POLLING,
        Lesson.Step.PUSH)) {
      ModeResult r = results.get(step);
      if (r == null || !r.measured()) {
        continue;
      }
      rows.add(List.of(step == Lesson.Step.POLLING ? Texts.get("mode.poll.every", 1)
              : Texts.get("mode." + step.mode().key()),
          String.format(Texts.locale(), "%.2f", r.updates() / r.seconds()),
          CompareReport.ms(r.percentileMillis(50)), CompareReport.ms(r.percentileMillis(99)),
          String.format(Texts.locale(), "%.0f", r.bytesPerUpdate()),
          String.format(Texts.locale(), "%.2f", r.requestsPerSecond()),
          Long.toString(r.emptyPolls())));
    }
    return rows;
  }

  String table(Map<Lesson.Step, ModeResult> results) {
    StringBuilder sb = new StringBuilder("| ").append(String.join(" | ", comparisonHeadings()))
        .append(" |\n|---|---:|---:|---:|---:|---:|---:|\n");
    comparisonRows(results).forEach(row ->
        sb.append("| ").append(String.join(" | ", row)).append(" |\n"));
    return sb.toString();
  }

  /** Writes handout.md and its latency plot into {@code dir}; returns the Markdown file. */
  public Path write(Path dir) throws IOException {
    Files.createDirectories(dir);
    List<ModeResult> measured = lesson.results().entrySet().stream()
        .filter(e -> e.getKey() != Lesson.Step.HANDSHAKE && e.getValue().measured())
        .map(Map.Entry::getValue).toList();
    ReportPlots.latencyCdf(measured, dir.resolve("latency-cdf.png"));
    Path file = dir.resolve("handout.md");
    Files.writeString(file, markdown());
    return file;
  }
}
