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
 * Prints the ten slowest test classes of a run at its end, from the reports Surefire wrote, so
 * whoever adds a slow test sees it where the suite's time is read. Run by the build after the
 * tests ({@code exec:java@slowest-tests}); reports older than the build's start are left out.
 */
public final class SlowestTestClasses {
  private static final int SHOWN = 10;

  private SlowestTestClasses() {
  }

  /** A class's figures from its report. */
  record Timed(String name, double seconds, int tests) {}

  /**
   * @param args the reports' directory, and the build's start as an ISO instant (optional)
   */
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    Instant since = args.length > 1 ? parseOrNull(args[1]) : null;
    List<Timed> all = read(dir, since);
    if (!all.isEmpty()) {
      System.out.print(report(all));
    }
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
              Integer.parseInt(suite.getAttribute("tests"))));
        } catch (IOException | RuntimeException | org.xml.sax.SAXException e) {
          // A report cut short (a fork killed) is left out of the figures, not the build.
        }
      }
    }
    return all;
  }

  private static Instant parseOrNull(String text) {
    try {
      return Instant.parse(text);
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }
}
