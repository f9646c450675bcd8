package org.livedash.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code livedash mapping infer} and {@code preview} check a venue's mapping without a window:
 * the inferred mapping takes every symbol, and the preview gives each update's series, time to
 * the microsecond and value, tab-separated.
 */
public class MappingCommandTest {
  @TempDir
  Path dir;

  /** What a run of the command printed, and how it ended. */
  public record Run(int code, String out, String err) {}

  /** Runs {@code livedash} with these arguments, capturing what it prints. */
  public static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void aVenuesSamplesAreInferredAndPreviewedHeadless() throws Exception {
    Path samples = dir.resolve("bybit.jsonl");
    Files.write(samples, List.of(
        "{\"success\":true,\"ret_msg\":\"subscribe\",\"conn_id\":\"a1\",\"op\":\"subscribe\"}",
        "{\"topic\":\"publicTrade.BTCUSDT\",\"type\":\"snapshot\",\"ts\":1672304486868,\"data\":"
            + "[{\"T\":1672304486865,\"s\":\"BTCUSDT\",\"S\":\"Buy\",\"v\":\"0.001\","
            + "\"p\":\"16578.50\",\"i\":\"20f4\"}]}",
        "",
        "{\"topic\":\"publicTrade.ETHUSDT\",\"type\":\"snapshot\",\"ts\":1672304486870,\"data\":"
            + "[{\"T\":1672304486869,\"s\":\"ETHUSDT\",\"S\":\"Sell\",\"v\":\"0.5\","
            + "\"p\":\"1201.25\",\"i\":\"20f5\"}]}"));
    Run infer = run("mapping", "infer", samples.toString());
    assertThat(infer.code()).as(infer.err()).isZero();
    assertThat(infer.out()).contains("\"rules\"").contains("\"^/type\" : \"snapshot\"")
        .doesNotContain("publicTrade.BTCUSDT")
        .contains("\"control\"");
    Path mapping = dir.resolve("mapping.json");
    Files.writeString(mapping, infer.out());
    Run preview = run("mapping", "preview", "--mapping", mapping.toString(),
        samples.toString());
    assertThat(preview.code()).as(preview.err()).isZero();
    assertThat(preview.out().lines().toList()).containsExactly(
        "BTCUSDT\t2022-12-29T09:01:26.865000Z\t16578.5",
        "ETHUSDT\t2022-12-29T09:01:26.869000Z\t1201.25");
  }

  @Test
  void samplesWithNothingToPlotAndABadLineSaySoInOneLine() throws Exception {
    Path none = dir.resolve("none.jsonl");
    Files.write(none, List.of("{\"op\":\"pong\"}"));
    Run infer = run("mapping", "infer", none.toString());
    assertThat(infer.code()).isEqualTo(Main.EXIT_FAILURE);
    assertThat(infer.err()).contains("no number to plot").doesNotContain("Exception");
    Path bad = dir.resolve("bad.jsonl");
    Files.write(bad, List.of("{\"p\":1}", "not json"));
    Run broken = run("mapping", "infer", bad.toString());
    assertThat(broken.code()).isEqualTo(Main.EXIT_FAILURE);
    assertThat(broken.err().strip()).startsWith(bad + ":2: not JSON").doesNotContain("\n");
  }
}
