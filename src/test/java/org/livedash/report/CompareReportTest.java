package org.livedash.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import javax.imageio.ImageIO;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.livedash.model.WireCount;
import org.junit.jupiter.api.io.TempDir;

class CompareReportTest {

  private static ModeResult result(String label, long interval, long bytes, long... micros) {
    Histogram h = new Histogram(3_600_000_000L, 3);
    for (long m : micros) {
      h.recordValue(m);
    }
    return new ModeResult(label, interval, 10, micros.length, 0, 0, 0, bytes, 0, 10, 2, h, 1.0,
        50, WireCount.NONE);
  }

  private static final ReportHeader HEADER = new ReportHeader(
      ZonedDateTime.of(2026, 3, 4, 10, 30, 0, 0, ZoneId.of("Europe/Madrid")),
      "ws://plant:8080/feed", "polling every 1000 ms");

  @Test
  void tabulatesLatencyBytesAndTheTheoryOfPolling() {
    ModeResult ws = result("ws", 0, 800, 500, 600, 700, 800);
    ModeResult poll = result("poll:1000", 1000, 2000, 100_000, 500_000, 900_000, 1_000_000);
    String table = new CompareReport("t", HEADER,
        List.of(ws, poll), List.of(), List.of(), 0)
        .latencyTable();
    assertThat(table).contains("| ws | 0.4 | 0.60 ms |");
    assertThat(table).contains("| 200.0 B |");
    // Theory for 1 s polling with a 1 ms round trip: 500 + 1 ms.
    assertThat(table).contains("| 501 ms |");
  }

  @Test
  void saysWhetherTheBytesWereCountedByTheServerOrEstimated() {
    ModeResult estimated = result("poll:1000", 1000, 2000, 100_000);
    Histogram h = new Histogram(3_600_000_000L, 3);
    h.recordValue(500);
    // The server counted 990 bytes over 5 updates; the client's estimate of them was 1 000;
    // its reports took 10 more.
    ModeResult counted = new ModeResult("ws", 0, 10, 5, 0, 0, 0, 2000, 0, 0, 0, h, 1.0, 50,
        new WireCount(900, 90, 910, 90, 800, 5, 0, 5, 10_000_000_000L, 10));
    String table = new CompareReport("t", HEADER,
        List.of(counted, estimated), List.of(), List.of(), 0)
        .latencyTable();
    assertThat(table).contains("| 198.0 B | 99 B | counted (estimate +1.01%; the reports +1.0%) |");
    assertThat(table).contains("| estimated |");
  }

  @Test
  void scalesMeasuredBytesPerUpdateToManyClients() {
    ModeResult ws = result("ws", 0, 100, 500);
    String table = new CompareReport("t", HEADER,
        List.of(), List.of(ws), List.of(), 0).scalingTable();
    // 100 B per update, one a second, 1 000 clients: 800 kbit/s.
    assertThat(table).contains("| ws | 100 B | 800 kbit/s | 8.0 Mbit/s | 80.0 Mbit/s |");
  }

  @Test
  void writesTheReportWithBothPlots(@TempDir Path dir) throws Exception {
    ModeResult ws = result("ws", 0, 800, 500, 600, 700);
    ModeResult lost = new ModeResult("poll:100", 100, 10, 0, 0, 0, 0, 0, 0, 0, 0,
        new Histogram(3), 1, -1, WireCount.NONE);
    Path md = new CompareReport("t", HEADER,
        List.of(ws, lost), List.of(ws), List.of(ws), 5).write(dir);
    assertThat(Files.readString(md)).contains("not measured").contains("latency-cdf.png");
    assertThat(ImageIO.read(dir.resolve("latency-cdf.png").toFile()).getWidth()).isEqualTo(900);
    assertThat(ImageIO.read(dir.resolve("bytes-per-update.png").toFile())).isNotNull();
  }

  @Test
  void saysWhatWasMeasuredWhenAndForHowLongAndLeavesNoEmptyTable(@TempDir Path dir)
      throws Exception {
    ModeResult ws = result("ws", 0, 800, 500, 600, 700);
    String md = Files.readString(
        new CompareReport("t", HEADER,
        List.of(ws), List.of(), List.of(), 0).write(dir));
    assertThat(md).contains("ws://plant:8080/feed").contains("2026").contains("Europe/Madrid")
        .contains("polling every 1000 ms").contains("ws 10 s");
    // Without the one-update-a-second runs, the scaling and overhead sections say so instead
    // of showing a table with no rows.
    assertThat(md).contains("Not measured in this run").doesNotContain("1,000 clients");
  }
}
