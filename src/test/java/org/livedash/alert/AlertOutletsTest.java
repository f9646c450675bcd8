package org.livedash.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.livedash.model.AlarmWatch;
import org.livedash.model.AlertRule;
import org.livedash.model.InvalidInputException;
import org.livedash.model.SeriesKind;
import org.livedash.model.SeriesMeta;
import org.livedash.model.SeriesStore;

/**
 * Where alerts go: a real command run by the shell with the alert on its input, a file of JSON
 * lines, the log with its acknowledgements and its CSV; and the command line's rule syntax.
 */
class AlertOutletsTest {
  private static final SeriesMeta TEMP = SeriesMeta.of("temperature", "Temperature", "°C",
      SeriesKind.SENSOR, 0, 100);
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir
  Path dir;

  /** A store judging {@code rule} on the temperature, its alerts to {@code dispatch}. */
  private static SeriesStore store(AlertRule rule, AlertDispatch dispatch) {
    SeriesStore store = new SeriesStore(100);
    store.setCatalogue(List.of(TEMP));
    store.alertRules(Map.of("temperature", List.of(rule)));
    store.tap(dispatch);
    return store;
  }

  private static void spike(SeriesStore store, double... values) {
    long t = System.currentTimeMillis() * 1000;
    for (int i = 0; i < values.length; i++) {
      long seq = i + 1;
      double v = values[i];
      long at = t + i * 1000L;
      store.write(w -> w.offer("temperature", seq, at, v));
    }
  }

  @Test
  void aOneSampleSpikeRunsTheCommandWithTheAlertOnItsInput() throws Exception {
    Path out = dir.resolve("alerts from the command.txt");
    AlertCommand command = new AlertCommand("cat >> '" + out + "'; echo \"$LIVEDASH_ALERT_STATE"
        + " $LIVEDASH_ALERT_SERIES\" >> '" + out + "'");
    try (AlertDispatch dispatch = new AlertDispatch().to(command)) {
      spike(store(AlertRule.above(80), dispatch), 20, 95, 21);
      await().atMost(Duration.ofSeconds(20)).until(() -> Files.exists(out)
          && Files.readAllLines(out).size() == 4);
    } finally {
      command.close();
    }
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    JsonNode raised = JSON.readTree(lines.get(0));
    assertThat(raised.path("state").asText()).isEqualTo("raised");
    assertThat(raised.path("series").asText()).isEqualTo("temperature");
    assertThat(raised.path("value").asDouble()).isEqualTo(95);
    assertThat(raised.path("rule").path("kind").asText()).isEqualTo("ABOVE");
    assertThat(raised.path("description").asText()).isEqualTo("at or above 80 °C");
    assertThat(lines.get(1)).isEqualTo("raised temperature");
    JsonNode cleared = JSON.readTree(lines.get(2));
    assertThat(cleared.path("state").asText()).isEqualTo("cleared");
    assertThat(cleared.path("endedMicros").asLong())
        .isGreaterThan(cleared.path("startMicros").asLong());
    assertThat(lines.get(3)).isEqualTo("cleared temperature");
  }

  @Test
  void aCommandThatFailsIsLoggedAndTheNextStillRuns() throws Exception {
    Path out = dir.resolve("ran");
    AlertCommand command = new AlertCommand("test -f '" + out + "' || { touch '" + out
        + "'; exit 3; }; cat > /dev/null; echo second >> '" + out + "'");
    try (AlertDispatch dispatch = new AlertDispatch().to(command)) {
      spike(store(AlertRule.above(80), dispatch), 95, 20);
      await().atMost(Duration.ofSeconds(20)).until(() -> Files.exists(out)
          && Files.readString(out).contains("second"));
    } finally {
      command.close();
    }
  }

  @Test
  void everyAlertIsAppendedAsAJsonLineThatReadsBack() throws Exception {
    Path file = dir.resolve("alerts.jsonl");
    Files.writeString(file, "{\"kept\":true}\n");
    try (AlertsFile out = new AlertsFile(file);
        AlertDispatch dispatch = new AlertDispatch().to(out)) {
      spike(store(AlertRule.outside(10, 30), dispatch), 20, 5, 20, 40);
      await().atMost(Duration.ofSeconds(10)).until(() -> dispatch.told() == 3);
    }
    List<String> lines = Files.readAllLines(file);
    assertThat(lines).hasSize(4);
    assertThat(lines.get(0)).as("appended, not replaced").isEqualTo("{\"kept\":true}");
    AlarmWatch.Alarm back = AlertJson.read(JSON.readTree(lines.get(3)));
    assertThat(back.rule()).isEqualTo(AlertRule.outside(10, 30));
    assertThat(back.value()).isEqualTo(40);
    assertThat(back.isOn()).isTrue();
    assertThat(AlertJson.read(JSON.readTree(lines.get(2))).isOn()).isFalse();
  }

  @Test
  void aFileThatCannotBeWrittenIsRefusedInOneLine() {
    assertThatThrownBy(() -> new AlertsFile(dir.resolve("no such folder/alerts.jsonl")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("cannot write the alerts to");
  }

  @Test
  void theLogMergesRaiseAndClearAndKeepsAcknowledgements() throws Exception {
    List<AlertLog.Entry> acknowledged = new ArrayList<>();
    AlertLog log = new AlertLog(acknowledged::add);
    try (AlertDispatch dispatch = new AlertDispatch().to(log)) {
      spike(store(AlertRule.above(80), dispatch), 95, 99, 20, 85);
      await().atMost(Duration.ofSeconds(10)).until(() -> dispatch.told() == 3);
    }
    List<AlertLog.Entry> entries = log.entries();
    assertThat(entries).hasSize(2);
    assertThat(entries.get(0).alert().isOn()).isFalse();
    assertThat(entries.get(0).alert().peak()).isEqualTo(99);
    assertThat(entries.get(1).alert().isOn()).isTrue();
    assertThat(log.unacknowledged()).isEqualTo(2);
    long before = log.version();
    assertThat(log.acknowledge(entries.get(0).key())).isTrue();
    assertThat(log.version()).isGreaterThan(before);
    assertThat(acknowledged).extracting(AlertLog.Entry::key).containsExactly(entries.get(0).key());
    assertThat(log.acknowledgeAll()).isEqualTo(1);
    assertThat(log.unacknowledged()).isZero();

    StringWriter csv = new StringWriter();
    AlertCsv.write(log.entries(), csv);
    String[] rows = csv.toString().split("\n");
    assertThat(rows[0])
        .isEqualTo("start,series,name,rule,value,peak,unit,cleared,run_ended,acknowledged");
    assertThat(rows[1]).contains(",temperature,Temperature,at or above 80 °C,95.0,99.0,°C,")
        .endsWith(",false,true");
    assertThat(rows[2]).contains(",85.0,85.0,°C,,false,true");
  }

  @Test
  void theLogKeepsItsNewestThousand() {
    AlertLog log = new AlertLog(e -> { });
    for (int i = 0; i < AlertLog.KEPT + 5; i++) {
      log.told(new AlarmWatch.Alarm(TEMP, AlertRule.above(1), i, 2, 2, Long.MIN_VALUE));
    }
    assertThat(log.entries()).hasSize(AlertLog.KEPT);
    assertThat(log.entries().get(0).alert().startMicros()).isEqualTo(5);
  }

  @Test
  void rulesAreWrittenOnTheCommandLineAsAPersonWouldSayThem() {
    assertThat(AlertRuleText.parse("temperature>80"))
        .isEqualTo(Map.entry("temperature", AlertRule.above(80)));
    assertThat(AlertRuleText.parse("binance/BTCUSDT < 90000.5"))
        .isEqualTo(Map.entry("binance/BTCUSDT", AlertRule.below(90_000.5)));
    assertThat(AlertRuleText.parse("plant/humidity outside 20..80 hysteresis 2 for 10s"))
        .isEqualTo(Map.entry("plant/humidity",
            AlertRule.outside(20, 80).withHysteresis(2).holdingFor(10)));
    assertThat(AlertRuleText.parse("BTCUSDT change 500 in 1m"))
        .isEqualTo(Map.entry("BTCUSDT", AlertRule.change(500, 60)));
    assertThat(AlertRuleText.parse("sensors/boiler:temp silent 1.5h"))
        .isEqualTo(Map.entry("sensors/boiler:temp", AlertRule.silence(5400)));
    assertThat(AlertRuleText.parse("x>=-1e3 for 500ms"))
        .isEqualTo(Map.entry("x", AlertRule.above(-1000).holdingFor(0.5)));
    assertThatThrownBy(() -> AlertRuleText.parse("temperature is hot"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("cannot read the rule");
    assertThatThrownBy(() -> AlertRuleText.parse("h outside 80..20"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("low level");
  }

  @Test
  void alertsThatComeFasterThanTheyAreToldAreCountedNotWaitedFor() throws Exception {
    java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    try (AlertDispatch dispatch = new AlertDispatch().to(a -> {
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    })) {
      AlarmWatch.Alarm a = new AlarmWatch.Alarm(TEMP, AlertRule.above(1), 0, 2, 2, 0);
      for (int i = 0; i < AlertDispatch.WAITING + 10; i++) {
        dispatch.alert(a, 0);
      }
      assertThat(dispatch.notTold()).isBetween(9L, 10L);
      release.countDown();
      await().atMost(Duration.ofSeconds(10))
          .until(() -> dispatch.told() + dispatch.notTold() == AlertDispatch.WAITING + 10);
    }
  }
}
