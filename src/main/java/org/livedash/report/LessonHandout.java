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
 * latency plot — a Markdown file and a PDF a student keeps, with the numbers of that class.
 */
public final class LessonHandout {
  private static final String PLOT = "latency-cdf.png";
  private final Lesson lesson;
  private final String feed;
  private final ZonedDateTime when;

  /** @param feed what was measured, in a few words (the embedded demo feed, a server) */
  public LessonHandout(Lesson lesson, String feed, ZonedDateTime when) {
    this.lesson = lesson;
    this.feed = feed;
    this.when = when;
  }

  /** The handout as Markdown, its plot beside it as {@code latency-cdf.png}. */
  public String markdown() {
    StringBuilder md = new StringBuilder();
    for (HandoutBlock block : blocks(Path.of(PLOT))) {
      if (block instanceof HandoutBlock.Heading h) {
        md.append("#".repeat(h.level())).append(' ').append(h.text()).append("\n\n");
      } else if (block instanceof HandoutBlock.Paragraph p) {
        md.append(p.text()).append("\n\n");
      } else if (block instanceof HandoutBlock.Code c) {
        md.append("```http\n").append(String.join("\n", c.lines())).append("\n```\n\n");
      } else if (block instanceof HandoutBlock.Table t) {
        md.append(table(t)).append('\n');
      } else if (block instanceof HandoutBlock.Plot p) {
        md.append("![").append(p.caption()).append("](").append(p.image().getFileName())
            .append(")\n");
      }
    }
    return md.toString();
  }

  /** The handout's content in order, its latency plot at {@code plot}. */
  List<HandoutBlock> blocks(Path plot) {
    Map<Lesson.Step, ModeResult> results = lesson.results();
    boolean counted = results.values().stream().anyMatch(ModeResult::bytesCounted);
    List<HandoutBlock> blocks = new ArrayList<>();
    blocks.add(new HandoutBlock.Heading(1, Texts.get("lesson.title")));
    blocks.add(new HandoutBlock.Paragraph(Texts.get("lesson.report.intro", feed,
        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
            .withLocale(Texts.locale()).format(when),
        Texts.get(counted ? "lesson.report.counted" : "lesson.report.estimated"))));
    for (Lesson.Step step : Lesson.Step.values()) {
      blocks.add(new HandoutBlock.Heading(2, Texts.get("lesson." + step.key() + ".title")));
      blocks.add(new HandoutBlock.Paragraph(Texts.get("lesson." + step.key() + ".text")));
      step(blocks, step, results.get(step));
    }
    blocks.add(new HandoutBlock.Heading(2, Texts.get("lesson.report.comparison")));
    blocks.add(new HandoutBlock.Table(comparisonHeadings(), comparisonRows(results)));
    blocks.add(new HandoutBlock.Plot(plot, Texts.get("lesson.report.plot")));
    return blocks;
  }

  private void step(List<HandoutBlock> blocks, Lesson.Step step, ModeResult r) {
    if (step == Lesson.Step.HANDSHAKE && lesson.handshake() != null) {
      WireEvent.Handshake h = lesson.handshake();
      blocks.add(new HandoutBlock.Paragraph(Texts.get("lesson.report.handshake",
          h.requestBytes(), h.responseBytes())));
      List<String> lines = new ArrayList<>();
      lines.add(h.requestLine());
      h.requestHeaders().forEach(x -> lines.add(x.name() + ": " + x.value()));
      lines.add("");
      lines.add(h.statusLine());
      h.responseHeaders().forEach(x -> lines.add(x.name() + ": " + x.value()));
      blocks.add(new HandoutBlock.Code(lines));
      return;
    }
    if (r == null || r.updates() == 0 && r.requests() == 0) {
      blocks.add(new HandoutBlock.Paragraph(Texts.get("lesson.report.notMeasured")));
      return;
    }
    StringBuilder text = new StringBuilder(Texts.get("lesson.report.measured")).append(' ');
    text.append(r.requests() > 0
        ? Texts.get("lesson.report.polls", r.requests(), r.seconds(), r.emptyPolls(),
            r.emptyPolls() / (double) r.requests(), r.updates())
        : Texts.get("lesson.report.push", r.updates(), r.seconds()));
    if (r.measured()) {
      text.append(' ').append(Texts.get("lesson.report.figures", r.bytesPerUpdate(),
          CompareReport.ms(r.percentileMillis(50)), CompareReport.ms(r.percentileMillis(99))));
    }
    blocks.add(new HandoutBlock.Paragraph(text.toString()));
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

  private static String table(HandoutBlock.Table t) {
    StringBuilder sb = new StringBuilder("| ").append(String.join(" | ", t.headings()))
        .append(" |\n|---").append("|---:".repeat(t.headings().size() - 1)).append("|\n");
    t.rows().forEach(row -> sb.append("| ").append(String.join(" | ", row)).append(" |\n"));
    return sb.toString();
  }

  /**
   * Writes handout.md, the same as handout.pdf, and their latency plot into {@code dir};
   * returns the Markdown file.
   */
  public Path write(Path dir) throws IOException {
    Files.createDirectories(dir);
    List<ModeResult> measured = lesson.results().entrySet().stream()
        .filter(e -> e.getKey() != Lesson.Step.HANDSHAKE && e.getValue().measured())
        .map(Map.Entry::getValue).toList();
    Path plot = dir.resolve(PLOT);
    ReportPlots.latencyCdf(measured, plot);
    Path file = dir.resolve("handout.md");
    Files.writeString(file, markdown());
    HandoutPdf.write(blocks(plot), Texts.get("lesson.title"), dir.resolve("handout.pdf"));
    return file;
  }
}
