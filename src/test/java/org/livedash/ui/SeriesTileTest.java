package org.livedash.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.livedash.model.SeriesKind;
import org.livedash.model.SeriesMeta;
import org.livedash.model.SeriesRing;
import org.livedash.model.ThresholdState;
import org.livedash.ui.chart.SeriesDecimals;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.livedash.testing.NeedsJavaFxText;

/**
 * A tile too narrow for its series' name keeps what tells it from its neighbours — the end of
 * the name, "… temperature" beside "… humidity" — and a warning badge never takes the name's
 * room; the whole name is in its tooltip.
 */
@NeedsJavaFxText
@ExtendWith(ApplicationExtension.class)
class SeriesTileTest {
  private SeriesTile temperature;
  private SeriesTile voltage;
  private SeriesTile pressure;
  private SeriesTile spread;
  private SeriesTile price;

  @Start
  void start(Stage stage) {
    SeriesDecimals decimals = new SeriesDecimals();
    temperature = new SeriesTile(new SeriesMeta("hall_sensor_livingroom:temperature",
        "hall_sensor_livingroom temperature", "°C", SeriesKind.SENSOR, 0, 40, Double.NaN, 27,
        Double.NaN, 30), Color.STEELBLUE, decimals);
    voltage = new SeriesTile(SeriesMeta.of("ruuvi/gw-7f3a/C3:4B:1A:2D:5E:6F:voltage",
        "ruuvi/gw-7f3a/C3:4B:1A:2D:5E:6F voltage", "", SeriesKind.SENSOR, 200, 250)
        .withGuessedUnit("V"), Color.ORANGE, decimals);
    pressure = new SeriesTile(SeriesMeta.of("pressure", "Pressure", "hPa", SeriesKind.SENSOR,
        990, 1030).withDecimals(1), Color.GREEN, decimals);
    pressure.setPrefWidth(140);
    pressure.setMaxWidth(140);
    spread = new SeriesTile(SeriesMeta.of("spread", "spread", "USD", SeriesKind.STOCK, 0, 1)
        .withDecimals(2), Color.PINK, decimals);
    price = new SeriesTile(SeriesMeta.of("ACME", "ACME", "USD", SeriesKind.STOCK, 0, 1)
        .withDecimals(2), Color.PINK, decimals);
    HBox row = new HBox(8, temperature, voltage, pressure, spread, price);
    temperature.setPrefWidth(170);
    temperature.setMaxWidth(170);
    voltage.setPrefWidth(170);
    voltage.setMaxWidth(170);
    stage.setScene(new Scene(row, 1000, 160));
    stage.show();
  }

  /** The name as shown, its lines joined by a space. */
  private static String shown(SeriesTile tile) {
    return tile.lookupAll(".tile-name").stream()
        .map(n -> ((Text) n.lookup(".text")).getText())
        .collect(java.util.stream.Collectors.joining(" "));
  }

  @Test
  void aNameTooLongKeepsItsEndAndAWarningDoesNotCutIt(FxRobot robot) {
    SeriesRing ring = new SeriesRing(10, false);
    ring.append(1, 28.5, Double.NaN, false);
    robot.interact(() -> temperature.update(ring, 21, ThresholdState.WARN));
    WaitForAsyncUtils.waitForFxEvents();
    // The device above the field, each whole or cut where it tells least: the device at its
    // start, the field at its end.
    assertThat(shown(temperature)).isEqualTo("hall_sensor_livingroom temperature");
    assertThat(shown(voltage)).endsWith("2D:5E:6F voltage").doesNotStartWith("ruuvi");
    Label name = (Label) temperature.lookup(".tile-name");
    assertThat(name.getTooltip().getText()).isEqualTo("hall_sensor_livingroom temperature");
  }

  @Test
  void aGuessedUnitLooksLikeOneAndSaysSoAndAStatedOneDoesNot() {
    Label guessed = (Label) voltage.lookup(".tile-unit");
    assertThat(guessed.getText()).isEqualTo("V");
    assertThat(guessed.getStyleClass()).contains("guessed");
    assertThat(guessed.getTooltip().getText()).contains("guessed").contains("V");
    Label stated = (Label) temperature.lookup(".tile-unit");
    assertThat(stated.getStyleClass()).doesNotContain("guessed");
    // A stated unit never says it is a guess; its tooltip is the unit, for a tile too tight
    // to show it.
    assertThat(stated.getTooltip().getText()).isEqualTo(stated.getText())
        .doesNotContain("guess");
  }

  @Test
  void aReadingIsNeverCutShortInANarrowTile(FxRobot robot) {
    SeriesRing ring = new SeriesRing(10, false);
    ring.append(1, 1013.8, Double.NaN, false);
    robot.interact(() -> pressure.update(ring, 1013.8, ThresholdState.ALARM));
    WaitForAsyncUtils.waitForFxEvents();
    Label value = (Label) pressure.lookup(".tile-value");
    assertThat(((Text) value.lookup(".text")).getText()).isEqualTo("1,013.8");
    assertThat(value.getPseudoClassStates().toString()).contains("tight");
    assertThat(((Label) pressure.lookup(".tile-badge")).getText()).isEqualTo("ALARM");
  }

  @Test
  void aChangeTooLongForItsTileKeepsTheNumberWholeAndTheWordsInItsTooltip(FxRobot robot) {
    SeriesRing ring = new SeriesRing(10, false);
    ring.append(1, 1013.8, Double.NaN, false);
    robot.interact(() -> pressure.update(ring, 3.8, ThresholdState.NORMAL));
    SeriesRing small = new SeriesRing(10, false);
    small.append(1, 21.5, Double.NaN, false);
    robot.interact(() -> temperature.update(small, 21, ThresholdState.NORMAL));
    WaitForAsyncUtils.waitForFxEvents();
    Label narrow = (Label) pressure.lookup(".tile-change");
    assertThat(((Text) narrow.lookup(".text")).getText()).isEqualTo("▲ +1,010.0");
    assertThat(narrow.getTooltip().getText()).isEqualTo("▲ +1,010.0 since start");
    Label wide = (Label) temperature.lookup(".tile-change");
    assertThat(((Text) wide.lookup(".text")).getText()).isEqualTo("▲ +0.5 since start");
  }

  @Test
  void aPriceChangeIsInPercentButASpreadThatCrossesZeroIsNot(FxRobot robot) {
    SeriesRing up = new SeriesRing(10, false);
    up.append(1, 110, Double.NaN, false);
    robot.interact(() -> price.update(up, 100, ThresholdState.NORMAL));
    SeriesRing crossed = new SeriesRing(10, false);
    crossed.append(1, 0.5, Double.NaN, false);
    robot.interact(() -> spread.update(crossed, -1.05, ThresholdState.NORMAL));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(((Label) price.lookup(".tile-change")).getTooltip().getText())
        .contains("+10.00%");
    assertThat(((Label) spread.lookup(".tile-change")).getTooltip().getText())
        .as("no percentage of a base below zero").doesNotContain("%").contains("since start");
  }
}
