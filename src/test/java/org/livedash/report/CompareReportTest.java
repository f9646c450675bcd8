package org.livedash.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareReportTest {

  private static ModeResult result(String label, long interval, long bytes, long... micros) {
    Histogram h = new Histogram(3_600_000_000L, 3);
    for (long m : micros) {
      h.recordValue(m);
    }
    return new ModeResult(label, interval, 10, micros.length, 0, 0, 0, bytes, 0, 10, 2, h, 1.0,
        50);
  }

  @Test
  void tabulatesLatencyBytesAndTheTheoryOfPolling() {
    ModeResult ws = result("ws", 0, 800, 500, 600, 700, 800);
    ModeResult poll = result("poll:1000", 1000, 2000, 100_000, 500_000, 900_000, 1_000_000);
    String table = new CompareReport("t", List.of(ws, poll), List.of(), List.of(), 0)
        .latencyTable();
    assertThat(table).contains("| ws | 0.4 | 0.60 ms |");
    assertThat(table).contains("| 200.0 B |");
    // Theory for 1 s polling with a 1 ms round trip: 500 + 1 ms.
    assertThat(table).contains("| 501 ms |");
  }

  @Test
  void scalesMeasuredBytesPerUpdateToManyClients() {
    ModeResult ws = result("ws", 0, 100, 500);
    String table = new CompareReport("t", List.of(), List.of(ws), List.of(), 0).scalingTable();
    // 100 B per update, one a second, 1 000 clients: 800 kbit/s.
    assertThat(table).contains("| ws | 100 B | 800 kbit/s | 8.0 Mbit/s | 80.0 Mbit/s |");
  }

  @Test
  void writesTheReportWithBothPlots(@TempDir Path dir) throws Exception {
    ModeResult ws = result("ws", 0, 800, 500, 600, 700);
    ModeResult lost = new ModeResult("poll:100", 100, 10, 0, 0, 0, 0, 0, 0, 0, 0,
        new Histogram(3), 1, -1);
    Path md = new CompareReport("t", List.of(ws, lost), List.of(ws), List.of(ws), 5).write(dir);
    assertThat(Files.readString(md)).contains("not measured").contains("latency-cdf.png");
    assertThat(ImageIO.read(dir.resolve("latency-cdf.png").toFile()).getWidth()).isEqualTo(900);
    assertThat(ImageIO.read(dir.resolve("bytes-per-update.png").toFile())).isNotNull();
  }
}
