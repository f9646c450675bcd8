package org.livedash.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.livedash.cli.Main;
import org.livedash.cli.MappingCommandTest;

/**
 * Inference on venues and devices that are not among the presets, from their documented
 * messages ({@code src/test/resources/venues/NAME.jsonl}): {@code livedash mapping infer} then
 * {@code mapping preview} must give exactly the series, times and values of
 * {@code NAME.expected.tsv} — acknowledgements, pongs and heartbeats kept apart, one rule for
 * every symbol, a trade's price rather than its size — or refuse in one line where a guess
 * would plot the wrong thing.
 */
class VenueInferenceTest {
  private static final Path VENUES = Path.of("src/test/resources/venues");

  @TempDir
  Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"bybit", "okx", "bitstamp", "deribit", "gemini", "kucoin", "polygon",
      "bitfinex", "shelly", "esphome", "owntracks", "senml", "gate", "cryptocom", "hyperliquid",
      "upbit", "bitget", "ttn", "coinbase-advanced", "eodhd", "kraken-v2", "bitvavo",
      "twelvedata", "mexc", "poloniex"})
  void inferenceGivesTheDocumentedSeriesTimesAndValues(String venue) throws Exception {
    Path samples = VENUES.resolve(venue + ".jsonl");
    List<String[]> expected = Files.readAllLines(VENUES.resolve(venue + ".expected.tsv"))
        .stream().filter(l -> !l.startsWith("#") && !l.isBlank()).map(l -> l.split("\t"))
        .toList();
    MappingCommandTest.Run infer = MappingCommandTest.run("mapping", "infer",
        samples.toString());
    if (expected.get(0)[0].equals("refused")) {
      assertThat(infer.code()).isEqualTo(Main.EXIT_FAILURE);
      assertThat(infer.err().lines().toList()).hasSize(1);
      assertThat(infer.err()).contains(expected.get(0)[1]);
      return;
    }
    assertThat(infer.code()).as(infer.err()).isZero();
    Path mapping = dir.resolve(venue + ".mapping.json");
    Files.writeString(mapping, infer.out());
    long before = Instant.now().toEpochMilli();
    MappingCommandTest.Run preview = MappingCommandTest.run("mapping", "preview", "--mapping",
        mapping.toString(), samples.toString());
    long after = Instant.now().toEpochMilli();
    assertThat(preview.code()).as(preview.err()).isZero();
    assertThat(preview.err()).as("every message is mapped or recognised as control").isEmpty();
    List<String[]> got = preview.out().lines().map(l -> l.split("\t")).toList();
    assertThat(got).hasSameSizeAs(expected);
    for (int i = 0; i < got.size(); i++) {
      String[] want = expected.get(i);
      String[] row = got.get(i);
      assertThat(row[0]).as("series of update %d", i).isEqualTo(want[0]);
      assertThat(row[2]).as("value of update %d", i).isEqualTo(want[2]);
      if (want[1].equals("arrival")) {
        long t = Instant.parse(row[1]).toEpochMilli();
        assertThat(t).as("a message with no time of its own: the time it came")
            .isBetween(before, after);
      } else {
        assertThat(row[1]).as("time of update %d", i).isEqualTo(want[1]);
      }
    }
  }
}
