package org.livedash.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestRunSummaryTest {

  @Test
  void tenSlowestFirstFromThisRunsReportsOnly(@TempDir Path dir) throws Exception {
    for (int i = 1; i <= 12; i++) {
      report(dir, "a.C" + i, i * 1.5, i);
    }
    Path old = report(dir, "a.Old", 999, 1);
    Instant start = Instant.now().minusSeconds(60);
    Files.setLastModifiedTime(old, FileTime.from(start.minusSeconds(3600)));
    List<TestRunSummary.Timed> read = TestRunSummary.read(dir, start);
    assertThat(read).hasSize(12).noneMatch(t -> t.name().equals("a.Old"));
    String out = TestRunSummary.report(read);
    List<String> lines = out.lines().toList();
    assertThat(lines.get(0)).contains("10 slowest", "of 12 classes", "78 tests", "117 s");
    assertThat(lines).hasSize(11);
    assertThat(lines.get(1)).contains("18.0 s", "a.C12");
    assertThat(lines.get(10)).contains("4.5 s", "a.C3");
    assertThat(IntStream.range(1, 11).mapToObj(lines::get)).noneMatch(l -> l.endsWith("a.C2"));
  }

  @Test
  void everyTestNotRunIsListedWithItsReason(@TempDir Path dir) throws Exception {
    String skipped = "<testcase name=\"a\" classname=\"k.Keys\" time=\"0\"><skipped type="
        + "\"org.opentest4j.TestAbortedException\"><![CDATA[org.opentest4j.TestAbortedException:"
        + " Assumption failed: no Secret Service here (apt-get install x)\n\tat k.Keys.a]]>"
        + "</skipped></testcase>";
    Files.writeString(dir.resolve("TEST-k.Keys.xml"), "<?xml version=\"1.0\"?><testsuite"
        + " name=\"k.Keys\" time=\"0.2\" tests=\"3\">" + skipped + skipped
        + "<testcase name=\"c\" classname=\"k.Keys\" time=\"0.1\"/></testsuite>");
    report(dir, "k.AllRun", 1, 4);
    String out = TestRunSummary.notRun(TestRunSummary.read(dir, null));
    assertThat(out.lines()).containsExactly("Tests not run on this machine (2):",
        "       2 not run  k.Keys: no Secret Service here (apt-get install x)");
    assertThat(TestRunSummary.notRun(TestRunSummary.read(dir, null).stream()
        .filter(t -> t.name().equals("k.AllRun")).toList())).isEmpty();
  }

  private static Path report(Path dir, String name, double seconds, int tests) throws Exception {
    return Files.writeString(dir.resolve("TEST-" + name + ".xml"), "<?xml version=\"1.0\"?>"
        + "<testsuite name=\"" + name + "\" time=\"" + seconds + "\" tests=\"" + tests
        + "\" errors=\"0\" skipped=\"0\" failures=\"0\"></testsuite>");
  }
}
