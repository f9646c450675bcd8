package org.livedash.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.livedash.cli.Main;
import org.livedash.model.EpochMicros;

/** {@code livedash recording csv}: any time range of a recording, one row a reading. */
class RecordingCsvTest {
  private static final DateTimeFormatter MICROS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);
  @TempDir
  Path dir;

  private static String time(long micros) {
    return MICROS.format(EpochMicros.toInstant(micros));
  }

  @Test
  void aTimeRangeOfSomeSeriesIsOneRowAReadingInTheOrderRecorded() throws Exception {
    Path file = dir.resolve("feed.mcap");
    List<FeedRecordingTest.Offered> offered = FeedRecordingTest.recordThreeWrites(file, 10);
    long from = offered.get(100).t();
    long to = offered.get(1600).t();
    StringWriter out = new StringWriter();
    int exit = Main.run(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true),
        "recording", "csv", file.toString(), "--from", time(from), "--to", time(to),
        "--series", "temperature");
    assertThat(exit).isZero();
    List<String> expected = new java.util.ArrayList<>(List.of("time,series,value,volume,seq"));
    for (FeedRecordingTest.Offered o : offered) {
      if (o.series().equals("temperature") && o.t() >= from && o.t() < to) {
        expected.add(time(o.t()) + ",temperature," + o.value() + ",," + o.seq());
      }
    }
    assertThat(out.toString().lines().toList()).containsExactlyElementsOf(expected);
    assertThat(expected).hasSizeGreaterThan(700);
  }

  @Test
  void aRunsFilesAreOneCsvWithOneHeader() throws Exception {
    Path first = dir.resolve("run.mcap");
    Path second = RunFiles.sibling(first, 2);
    List<FeedRecordingTest.Offered> a = FeedRecordingTest.recordThreeWrites(first, 3);
    List<FeedRecordingTest.Offered> b = FeedRecordingTest.recordThreeWrites(second, 3);
    StringWriter out = new StringWriter();
    List<RecordingCsv.Source> files = List.of(() -> java.nio.file.Files.newInputStream(first),
        () -> java.nio.file.Files.newInputStream(second));
    long rows = RecordingCsv.write(files, null, null, java.util.Set.of(), out);
    List<String> lines = out.toString().lines().toList();
    assertThat(rows).isEqualTo(a.size() + b.size());
    assertThat(lines).hasSize(a.size() + b.size() + 1);
    assertThat(lines.stream().filter(l -> l.startsWith("time,"))).hasSize(1);
    FeedRecordingTest.Offered last = b.get(b.size() - 1);
    assertThat(lines.get(lines.size() - 1)).isEqualTo(time(last.t()) + "," + last.series() + ","
        + last.value() + ",," + last.seq());
  }

  @Test
  void aTimeThatIsNoTimeIsOneLine() throws Exception {
    Path file = dir.resolve("feed.mcap");
    FeedRecordingTest.recordThreeWrites(file, 10);
    StringWriter err = new StringWriter();
    int exit = Main.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
        "recording", "csv", file.toString(), "--from", "yesterday");
    assertThat(exit).isEqualTo(2);
    assertThat(err.toString().strip()).doesNotContain("\n")
        .contains("--from 'yesterday' is not a time");
  }
}
