package org.livedash.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.livedash.app.VenueServer;

class MainTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "--mode|carrier-pigeon|use ws, poll or longpoll",
      "--url|ftp://example.org|must start with ws://",
      "--poll-interval|soon|not a time",
      "--theme|purple|use light or dark",
      "--exit-after|-3|positive",
      "--profile|/no/such/profile.json|cannot be read",
      "--source|ftp://example.org|is not demo, mqtt://host[:port]",
      "--max-frame-size|huge|is not a frame size between 1MiB",
      "--max-frame-size|512KiB|is not a frame size between 1MiB",
      "--alert|temperature is hot|cannot read the rule \"temperature is hot\": write SERIES>LEVEL",
      "--alert|humidity outside 80..20|the low level of the band must be under its high level",
      "--on-alert|' '|--on-alert needs a command",
      "--bogus|1|Unknown option"})
  void badFlagGetsOneLineAndExitCodeTwo(String flag, String value, String expected) {
    int code = run(flag, value);
    assertThat(code).isEqualTo(2);
    String message = err.toString().strip();
    assertThat(message).doesNotContain("\n").doesNotContain("Exception").contains(expected);
    assertThat(message).startsWith("livedash: ");
  }

  /** In Spanish, picocli's own errors too: the option's name and our reason, in one line. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "--mode|pigeon|Valor no válido para la opción '--mode': 'pigeon' no es un modo",
      "--poll-interval|5ms|--poll-interval debe ser al menos 10ms",
      "--bogus|1|Opción desconocida: '--bogus'"})
  void aBadFlagIsToldInTheCommandLinesLanguage(String flag, String value, String expected) {
    try {
      assertThat(run("--lang", "es", flag, value)).isEqualTo(2);
      assertThat(err.toString().strip()).doesNotContain("\n").contains(expected)
          .endsWith("(ver --help)");
    } finally {
      org.livedash.i18n.Texts.use(java.util.Locale.ENGLISH);
    }
  }

  @Test
  void aProfileThatCannotWorkIsOneLine(@TempDir Path dir) throws Exception {
    Path profile = dir.resolve("p.json");
    java.nio.file.Files.writeString(profile, "{\"url\": \"ws://127.0.0.1:1/x\", \"mapping\":"
        + " {\"rules\": [{\"series\": \"x\", \"values\": {\"v\": \"price\"}}]}}");
    assertThat(run("--profile", profile.toString())).isEqualTo(2);
    assertThat(err.toString().strip()).doesNotContain("\n")
        .contains("rule 1: value 'v': 'price' is not a JSON Pointer");
    err.getBuffer().setLength(0);
    assertThat(run("--profile", profile.toString(), "--url", "ws://h:1/feed")).isEqualTo(2);
    assertThat(err.toString()).contains("leave out --url and --mode");
  }

  @Test
  void aHeadlessRunTellsItsAlertsToACommandAndAFile(@TempDir Path dir) throws Exception {
    Path told = dir.resolve("told.jsonl");
    Path lines = dir.resolve("alerts.jsonl");
    assertThat(run("--headless", "--exit-after", "3", "--alert", "humidity outside -5..1",
        "--on-alert", "cat >> '" + told + "'", "--alerts-out", lines.toString()))
        .as(err.toString()).isZero();
    ObjectMapper json = new ObjectMapper();
    JsonNode first = json.readTree(Files.readAllLines(lines).get(0));
    assertThat(first.path("state").asText()).isEqualTo("raised");
    assertThat(first.path("series").asText()).isEqualTo("humidity");
    assertThat(first.path("description").asText()).isEqualTo("outside -5 to 1 %RH");
    assertThat(Files.readAllLines(told)).as("the command ran before the run ended")
        .contains(Files.readAllLines(lines).get(0));
    assertThat(out.toString()).containsPattern("alarms: [1-9]");
  }

  @Test
  void anAlertsFileThatCannotBeWrittenIsRefusedInOneLine(@TempDir Path dir) {
    assertThat(run("--headless", "--exit-after", "1", "--alerts-out", dir.toString()))
        .isEqualTo(2);
    assertThat(err.toString().strip()).doesNotContain("\n")
        .startsWith("livedash: --alerts-out ").contains(dir.toString());
  }

  @Test
  void aRecordingThatCannotBeWrittenIsRefusedInOneLine(@TempDir Path dir) throws Exception {
    assertThat(run("--headless", "--exit-after", "1", "--record", dir.toString())).isEqualTo(2);
    assertThat(err.toString().strip()).doesNotContain("\n").startsWith("livedash: --record ")
        .contains(dir.toString());
  }

  @Test
  void aHeadlessLessonOnAPushOnlyFeedIsRefusedInOneLine(@TempDir Path dir) throws Exception {
    Path profile = dir.resolve("trades.json");
    Files.writeString(profile, "{\"url\": \"ws://127.0.0.1:1/x\", \"mapping\": {\"rules\":"
        + " [{\"series\": \"x\", \"values\": {\"v\": \"/p\"}}]}}");
    assertThat(run("--profile", profile.toString(), "--headless", "--lesson")).isEqualTo(2);
    assertThat(err.toString().strip()).doesNotContain("\n")
        .contains("--lesson needs a feed that can also be polled");
  }

  @Test
  void aProfileWhoseSecretIsNotSetNamesTheVariableInOneLine(@TempDir Path dir) throws Exception {
    Path profile = dir.resolve("finnhub.json");
    Files.writeString(profile, org.livedash.feed.profile.ProfilePresets.named("Finnhub trades")
        .toJson());
    assertThat(run("--profile", profile.toString(), "--headless", "--exit-after", "1"))
        .isEqualTo(2);
    assertThat(err.toString().strip()).isEqualTo("livedash: the profile needs the secret"
        + " 'token': export LIVEDASH_SECRET_TOKEN=… (or LIVEDASH_TOKEN) (see --help)");
  }

  @Test
  void aHeadlessRunOnAProfileReportsWhatItsMappingMadeOfTheFeed(@TempDir Path dir)
      throws Exception {
    java.util.List<String> script = java.util.List.of(
        "{\"stream\":\"btcusdt@trade\",\"data\":{\"e\":\"trade\",\"s\":\"BTCUSDT\","
            + "\"t\":1,\"p\":\"16541.17\",\"T\":1672515782136}}",
        "{\"stream\":\"btcusdt@trade\",\"data\":{\"e\":\"trade\",\"s\":\"BTCUSDT\","
            + "\"t\":2,\"p\":\"16541.18\",\"T\":1672515782200}}",
        "{\"something\":\"else\"}");
    try (VenueServer venue = new VenueServer(script, 0)) {
      org.livedash.feed.profile.Profile binance =
          org.livedash.feed.profile.ProfilePresets.named("Binance trades");
      Path profile = dir.resolve("binance.json");
      Files.writeString(profile, binance.withUrl(binance.url().replaceFirst("^wss?://[^/?]+",
          venue.origin())).toJson());
      Path stats = dir.resolve("stats.json");
      assertThat(run("--profile", profile.toString(), "--headless", "--exit-after", "2",
          "--stats-out", stats.toString())).as(err.toString()).isZero();
      JsonNode report = new ObjectMapper().readTree(stats.toFile());
      assertThat(report.get("updates").asLong()).isEqualTo(2);
      assertThat(report.get("profile").asText()).isEqualTo("Binance trades");
      assertThat(report.at("/mapping/mappedMessages").asLong()).isEqualTo(2);
      assertThat(report.at("/mapping/unmatchedMessages").asLong()).isEqualTo(1);
      assertThat(report.at("/mapping/lastUnmatched/0").asText())
          .isEqualTo("{\"something\":\"else\"}");
      assertThat(venue.requests).containsExactly(
          "/stream?streams=btcusdt@trade/ethusdt@trade");
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "--mapping|nosuch|neither a preset (generic, tasmota",
      "--mqtt-version|4|MQTT version 4 is not 3 or 5",
      "--url|ws://h:1/feed|leave out --url",
      "--mqtt-ca-file|/no/such.pem|cannot be read"})
  void aBadBrokerFlagIsOneLineForTheAppAndForServe(String flag, String value, String expected) {
    for (String command : new String[] {"app", "serve"}) {
      if (command.equals("serve") && flag.equals("--url")) {
        continue;
      }
      err.getBuffer().setLength(0);
      String[] args = command.equals("serve")
          ? new String[] {"serve", "--source", "mqtt://127.0.0.1:1", flag, value}
          : new String[] {"--source", "mqtt://127.0.0.1:1", flag, value};
      assertThat(run(args)).as(command).isEqualTo(2);
      assertThat(err.toString().strip()).doesNotContain("\n").contains(expected);
    }
  }

  @Test
  void aRelaysRuleThatDoesNotReadIsOneLine() {
    assertThat(run("serve", "--port", "0", "--alert", "boiler is hot")).isEqualTo(2);
    assertThat(err.toString().strip()).doesNotContain("\n")
        .contains("cannot read the rule \"boiler is hot\"");
  }

  @Test
  void aBrokerPasswordInTheAddressIsRefusedWithoutEchoingIt() {
    assertThat(run("serve", "--source", "mqtt://plant:s3cr3t@127.0.0.1:1")).isEqualTo(2);
    assertThat(err.toString()).contains("LIVEDASH_MQTT_PASSWORD").doesNotContain("s3cr3t");
  }

  @Test
  void readsTimesInSecondsOrMilliseconds() {
    DurationConverter c = new DurationConverter();
    assertThat(c.convert("250ms")).isEqualTo(Duration.ofMillis(250));
    assertThat(c.convert("2.5s")).isEqualTo(Duration.ofMillis(2500));
    assertThat(c.convert("1m")).isEqualTo(Duration.ofMinutes(1));
    assertThat(c.convert("750")).isEqualTo(Duration.ofMillis(750));
  }

  @Test
  void headlessRunWritesTheStatsContract(@TempDir Path dir) throws Exception {
    Path stats = dir.resolve("stats.json");
    int code = run("--headless", "--mode", "poll", "--poll-interval", "200ms", "--exit-after",
        "2", "--stats-out", stats.toString());
    assertThat(code).as(err.toString()).isZero();
    JsonNode json = new ObjectMapper().readTree(Files.readString(stats));
    assertThat(json.get("mode").asText()).isEqualTo("poll");
    assertThat(json.get("updates").asLong()).isPositive();
    assertThat(json.get("gaps").asLong()).isZero();
    assertThat(json.get("restarts").isIntegralNumber()).isTrue();
    assertThat(json.get("restarts").asLong()).isZero();
    assertThat(json.get("requests").asLong()).isPositive();
    for (String field : new String[] {"duplicates", "rejected", "bytesIn", "latencyMs",
        "modes"}) {
      assertThat(json.has(field)).as(field).isTrue();
    }
    assertThat(json.at("/latencyMs/p50").isNumber()).isTrue();
    assertThat(json.at("/modes/poll/updates").asLong()).isEqualTo(json.get("updates").asLong());
    assertThat(json.at("/modes/ws").isMissingNode()).isTrue();
    assertThat(json.at("/segments/0/pollIntervalMs").asLong()).isEqualTo(200);
    assertThat(json.get("alarms").isIntegralNumber()).isTrue();
    assertThat(json.get("alarmsBySeries").isObject()).isTrue();
    assertThat(out.toString()).contains("poll").contains("stats written");
  }

  @Test
  void compareMeasuresEachModeAndWritesTheReport(@TempDir Path dir) throws Exception {
    int code = run("compare", "--modes", "ws,poll:100,longpoll", "--duration", "1s",
        "--warmup", "0.5s", "--side-duration", "1s", "--clients", "3", "--rate", "200",
        "--out", dir.toString());
    assertThat(code).as(err.toString()).isZero();
    String report = Files.readString(dir.resolve("compare.md"));
    assertThat(report).contains("| ws |").contains("| poll:100 |").contains("| longpoll |");
    assertThat(report).contains("100,000 clients").contains("3 clients at once");
    assertThat(Files.exists(dir.resolve("latency-cdf.png"))).isTrue();
  }

  @Test
  void compareRefusesAnUnknownMode() {
    assertThat(run("compare", "--modes", "ws,carrier")).isEqualTo(2);
    assertThat(err.toString()).contains("'carrier' is not a mode");
  }

  @Test
  void exitsWithThreeWhenNoUpdatesArrive() {
    int code = run("--headless", "--url", "ws://127.0.0.1:9/feed", "--exit-after", "1");
    assertThat(code).isEqualTo(3);
    assertThat(err.toString()).contains("no updates received");
    assertThat(out.toString()).contains("status at the end: reconnecting:")
        .contains("connection refused");
  }

  @Test
  void aBadHeaderOrCaFileIsOneLineAndNoSecretIsEchoed() {
    assertThat(run("--url", "ws://h:1/feed", "--header", "no colon s3cr3t")).isEqualTo(2);
    assertThat(err.toString()).contains("'Name: value'").doesNotContain("s3cr3t");
    assertThat(run("--url", "ws://h:1/feed", "--ca-file", "/nonexistent.pem")).isEqualTo(2);
    assertThat(err.toString()).contains("--ca-file");
    assertThat(run("--token-file", "/nonexistent")).isEqualTo(2);
    assertThat(err.toString()).contains("need --url");
  }

  @Test
  void aTokenOnTheCommandLineIsRefusedWithoutEchoingItAndAFileIsRead(@TempDir Path dir)
      throws Exception {
    assertThat(run("--url", "ws://h:1/feed", "--token", "s3cr3t-t0ken")).isEqualTo(2);
    assertThat(err.toString()).contains("process list").contains("LIVEDASH_TOKEN")
        .contains("--token-file").doesNotContain("s3cr3t-t0ken");
    assertThat(run("serve", "--token", "s3cr3t-t0ken")).isEqualTo(2);
    assertThat(err.toString()).contains("process list").doesNotContain("s3cr3t-t0ken");
    Path file = dir.resolve("token");
    Files.writeString(file, "from-a-file\n");
    Main main = new Main();
    new picocli.CommandLine(main).parseArgs("--url", "ws://h:1/feed", "--token-file",
        file.toString());
    assertThat(main.access().credentials().toString()).contains("Authorization");
    assertThat(main.token.token(name -> null)).isEqualTo("from-a-file");
  }

  @Test
  void aRedisAddressRefusedNeverShowsItsPassword() {
    assertThat(run("serve", "--redis", "redis://admin:hunter2@bad host:6379")).isEqualTo(2);
    assertThat(err.toString()).contains("--redis").doesNotContain("hunter2");
    assertThat(run("serve", "--redis", "http://admin:hunter2@cache:6379")).isEqualTo(2);
    assertThat(err.toString()).contains("--redis").doesNotContain("hunter2");
  }
}
