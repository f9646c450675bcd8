package org.livedash.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;

/**
 * Prints, at the end of a run, the ten slowest test classes, so whoever adds a slow test sees it
 * where the suite's time is read, and every test not run on this machine with the reason it gave
 * (a Secret Service not installed), so a green build never hides what it left out. Read from the
 * reports Surefire wrote, by the build after the tests ({@code exec:java@test-summary}); reports
 * older than the build's start are left out.
 */
public final class TestRunSummary {
  private static final int SHOWN = 10;

  private TestRunSummary() {
  }

  /** A class's figures from its report, and why each of its tests not run was not. */
  record Timed(String name, double seconds, int tests, List<String> notRun) {}

  /**
   * @param args the reports' directory, and the build's start as an ISO instant (optional)
   */
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    Instant since = args.length > 1 ? parseOrNull(args[1]) : null;
    List<Timed> all = read(dir, since);
    if (!all.isEmpty()) {
      System.out.print(report(all));
      System.out.print(notRun(all));
    }
  }

  /** The tests not run, each with its reason, grouped by class and reason; empty when none. */
  static String notRun(List<Timed> all) {
    StringBuilder out = new StringBuilder();
    int count = 0;
    for (Timed t : all) {
      java.util.Map<String, Long> reasons = t.notRun().stream().collect(
          java.util.stream.Collectors.groupingBy(r -> r, java.util.TreeMap::new,
              java.util.stream.Collectors.counting()));
      for (var reason : reasons.entrySet()) {
        out.append(String.format(Locale.ROOT, "%8d not run  %s: %s%n", reason.getValue(),
            t.name(), reason.getKey()));
        count += reason.getValue();
      }
    }
    return count == 0 ? "" : String.format(Locale.ROOT, "Tests not run on this machine (%d):%n",
        count) + out;
  }

  /** The lines printed for {@code all}: a heading, then the slowest classes, slowest first. */
  static String report(List<Timed> all) {
    List<Timed> sorted = new ArrayList<>(all);
    sorted.sort(Comparator.comparingDouble(Timed::seconds).reversed());
    double total = all.stream().mapToDouble(Timed::seconds).sum();
    int tests = all.stream().mapToInt(Timed::tests).sum();
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
        "The %d slowest test classes (of %d classes, %d tests, %.0f s of test time in all):%n",
        Math.min(SHOWN, sorted.size()), all.size(), tests, total));
    for (Timed t : sorted.subList(0, Math.min(SHOWN, sorted.size()))) {
      out.append(String.format(Locale.ROOT, "%8.1f s  %3d tests  %s%n", t.seconds(), t.tests(),
          t.name()));
    }
    return out.toString();
  }

  static List<Timed> read(Path dir, Instant since) throws Exception {
    List<Timed> all = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return all;
    }
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    try (DirectoryStream<Path> reports = Files.newDirectoryStream(dir, "TEST-*.xml")) {
      for (Path report : reports) {
        if (since != null && Files.getLastModifiedTime(report).toInstant().isBefore(since)) {
          continue;
        }
        try (InputStream in = Files.newInputStream(report)) {
          Element suite = factory.newDocumentBuilder().parse(in).getDocumentElement();
          all.add(new Timed(suite.getAttribute("name"),
              Double.parseDouble(suite.getAttribute("time").replace(",", "")),
              Integer.parseInt(suite.getAttribute("tests")), skipReasons(suite)));
        } catch (IOException | RuntimeException | org.xml.sax.SAXException e) {
          // A report cut short (a fork killed) is left out of the figures, not the build.
        }
      }
    }
    return all;
  }

  /** Why each skipped test of a report was not run: its assumption's message. */
  private static List<String> skipReasons(Element suite) {
    List<String> reasons = new ArrayList<>();
    org.w3c.dom.NodeList skipped = suite.getElementsByTagName("skipped");
    for (int i = 0; i < skipped.getLength(); i++) {
      Element e = (Element) skipped.item(i);
      String text = e.hasAttribute("message") ? e.getAttribute("message")
          : e.getTextContent().strip().lines().findFirst().orElse("");
      reasons.add(text.replaceFirst("^[\\w.]+Exception: ", "")
          .replaceFirst("^Assumption failed: ", "").strip());
    }
    return reasons;
  }

  private static Instant parseOrNull(String text) {
    try {
      return Instant.parse(text);
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }
}
