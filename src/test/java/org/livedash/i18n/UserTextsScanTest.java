package org.livedash.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Scans the code for texts a person could read that are written in it rather than taken from
 * the bundles: every string literal with words in it, outside comments, keys and the places
 * that never reach a person (a programming error's message, fine-grained logging, command-line
 * help, whose texts the CLI bundles give). A file that speaks only the protocol — texts a server
 * sends to clients of any language — is named in {@code english-by-design.txt} with its reason,
 * as is a text that is data rather than prose (a header's value, a status line). The whole
 * inventory is written to {@code target/user-texts.txt}.
 */
class UserTextsScanTest {
  private static final Path SOURCES = Path.of("src/main/java/org/livedash");
  /**
   * Two words of letters with something between them, or a word between spaces (a piece of a
   * sentence put together in the code): prose, not a key or a format.
   */
  private static final Pattern PROSE = Pattern.compile("\\p{L}{2,}[^\\p{L}\"]*\\s[^\\p{L}]*"
      + "\\p{L}{2,}|^\\s+\\p{L}{2,}\\s+$");
  private static final Pattern ANNOTATION = Pattern.compile("@[A-Za-z.]+\\s*\\(");
  /** Statements whose texts never reach a person as prose of the application. */
  private static final Pattern NOT_SHOWN = Pattern.compile("IllegalStateException|AssertionError"
      + "|UncheckedIOException|Level\\.FINE|\\.fine\\(|\\.finer\\(|@Option|@Command|@Parameters"
      + "|@ArgGroup|description\\s*=");

  @Test
  void everyTextAPersonReadsComesFromTheBundles() throws IOException {
    // file<TAB>reason for a whole file, file<TAB>text<TAB>reason for one text
    Map<String, String> byDesign = new TreeMap<>();
    Set<String> textsByDesign = new TreeSet<>();
    for (String l : lines("/i18n/english-by-design.txt")) {
      String[] cells = l.split("\t");
      if (cells.length == 3) {
        textsByDesign.add(cells[0] + "\t" + cells[1]);
      } else {
        byDesign.put(cells[0], l);
      }
    }
    Set<String> found = new TreeSet<>();
    List<String> all = new ArrayList<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        String name = SOURCES.relativize(file).toString().replace('\\', '/');
        for (String text : proseIn(Files.readString(file, StandardCharsets.UTF_8))) {
          all.add(name + "\t" + text);
          if (!byDesign.containsKey(name) && !textsByDesign.contains(name + "\t" + text)) {
            found.add(name + "\t" + text);
          }
        }
      }
    }
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target/user-texts.txt"), all);
    assertThat(found).as("English texts in the code: take them from the bundles").isEmpty();
  }

  /** Every key the code names outright is in the bundles: a missing one fails here, not later. */
  @Test
  void everyKeyTheCodeNamesIsInTheBundles() throws IOException {
    java.util.ResourceBundle english = Texts.bundle(java.util.Locale.ENGLISH);
    // A key written whole (not the start of one put together: "mode." + key).
    Pattern key = Pattern.compile("(?:Texts\\.get|Reason\\.of)\\(\\s*"
        + "(?:[^\"()]*\\?\\s*)?\"([A-Za-z0-9_.]+)\""
        + "\\s*[,)]");
    Set<String> missing = new TreeSet<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        java.util.regex.Matcher m = key.matcher(Files.readString(file, StandardCharsets.UTF_8));
        while (m.find()) {
          if (!english.containsKey(m.group(1))) {
            missing.add(SOURCES.relativize(file) + ": " + m.group(1));
          }
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  /** The lines of a resource, but blank ones and comments (#). */
  private static List<String> lines(String resource) throws IOException {
    try (var in = UserTextsScanTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    }
  }

  /**
   * The string literals of {@code source} that read as prose, outside comments and statements
   * whose texts never reach a person.
   */
  static List<String> proseIn(String source) {
    List<String> out = new ArrayList<>();
    int statement = 0;
    // Within an annotation's arguments (depth of its parentheses): command-line help, whose
    // texts the CLI bundles give.
    int annotation = 0;
    int i = 0;
    while (i < source.length()) {
      char c = source.charAt(i);
      if (annotation == 0 && c == '@') {
        java.util.regex.Matcher at = ANNOTATION.matcher(source).region(i, source.length());
        if (at.lookingAt()) {
          annotation = 1;
          i = at.end();
          continue;
        }
      }
      if (annotation > 0 && (c == '(' || c == ')')) {
        annotation += c == '(' ? 1 : -1;
      }
      if (c == '/' && i + 1 < source.length() && source.charAt(i + 1) == '/') {
        i = endOf(source, i, "\n");
      } else if (c == '/' && i + 1 < source.length() && source.charAt(i + 1) == '*') {
        i = endOf(source, i + 2, "*/");
      } else if (c == '\'') {
        i = source.charAt(i + 1) == '\\' ? source.indexOf('\'', i + 3) + 1 : i + 3;
      } else if (c == '"') {
        int end = closing(source, i);
        String text = source.substring(i + 1, end);
        if (annotation == 0 && PROSE.matcher(text).find()
            && !NOT_SHOWN.matcher(source.substring(statement, i)).find()) {
          out.add(text);
        }
        i = end + 1;
      } else {
        if (c == ';' || c == '{' || c == '}') {
          statement = i + 1;
        }
        i++;
      }
    }
    return out;
  }

  private static int endOf(String source, int from, String end) {
    int at = source.indexOf(end, from);
    return at < 0 ? source.length() : at + end.length();
  }

  /** Where the literal opened at {@code open} closes (a text block's last quote). */
  private static int closing(String source, int open) {
    if (source.startsWith("\"\"\"", open)) {
      return source.indexOf("\"\"\"", open + 3) + 2;
    }
    int i = open + 1;
    while (source.charAt(i) != '"') {
      i += source.charAt(i) == '\\' ? 2 : 1;
    }
    return i;
  }
}
