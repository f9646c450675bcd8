package org.livedash.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.livedash.model.Reason;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.livedash.ui.chart.ChartPicture;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.livedash.model.FeedMode;
import org.livedash.model.FeedStats;
import org.livedash.model.SeriesKind;
import org.livedash.model.SeriesMeta;
import org.livedash.model.SeriesStore;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.livedash.testing.NeedsJavaFxText;

/** The dashboard on a store the test fills, without a network. */
@NeedsJavaFxText
@ExtendWith(ApplicationExtension.class)
class DashboardViewTest {
  private static final long T0 = 1_700_000_000_000_000L;
  private final SeriesStore store = new SeriesStore(10_000);
  private DashboardView view;
  private final DashboardViewModelTest.FakeControl control =
      new DashboardViewModelTest.FakeControl();

  @Start
  void start(Stage stage) {
    store.setCatalogue(List.of(
        new SeriesMeta("temp", "Temperature", "°C", SeriesKind.SENSOR, 0, 40, Double.NaN, 27,
            Double.NaN, 30),
        SeriesMeta.of("hum", "Humidity", "%RH", SeriesKind.SENSOR, 0, 100),
        SeriesMeta.of("ACME", "Acme", "USD", SeriesKind.STOCK, 100, 200)));
    store.write(w -> {
      for (int i = 1; i <= 300; i++) {
        long t = T0 + i * 100_000L;
        w.offer("temp", 3L * i - 2, t, 20 + Math.sin(i / 10.0));
        w.offer("hum", 3L * i - 1, t, 40 + Math.cos(i / 10.0));
        w.offer("ACME", 3L * i, t, 150 + i / 100.0, 100);
      }
    });
    DashboardViewModel vm = new DashboardViewModel(control,
        new FeedStats(), FeedMode.WS, Duration.ofSeconds(1), System::nanoTime);
    view = new DashboardView(vm, store, ZoneOffset.UTC, true, dark -> {}, "1.2.3");
    stage.setScene(new Scene(view, 1280, 800));
    stage.show();
    view.start();
  }

  @Test
  void theScrolledChartsAndFiguresAreNotCachedAsOneBitmap(FxRobot robot) {
    WaitForAsyncUtils.waitForFxEvents();
    // JavaFX's scroll pane caches its viewport: a chart's beat would re-render all of it.
    java.util.Set<javafx.scene.Node> viewports = robot.lookup(".viewport").queryAll();
    assertThat(viewports).as("the dashboard's viewport, and the statistics' when shown")
        .isNotEmpty();
    assertThat(viewports).noneMatch(javafx.scene.Node::isCache);
  }

  @Test
  void clickingATileAddsItsSeriesToTheChart(FxRobot robot) {
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(view.sensorChart().chart().seriesIds()).containsExactly("temp");
    robot.clickOn("#tile-hum");
    assertThat(view.sensorChart().chart().seriesIds()).containsExactly("temp", "hum");
    robot.clickOn("#tile-temp");
    assertThat(view.sensorChart().chart().seriesIds()).containsExactly("hum");
  }

  @Test
  void exportsTheVisibleRangeAsCsvAndTheChartAsPng(@TempDir Path dir) throws Exception {
    WaitForAsyncUtils.waitForFxEvents();
    Path csv = dir.resolve("sensors.csv");
    Path png = dir.resolve("sensors.png");
    WaitForAsyncUtils.asyncFx(() -> view.exports().csvTo(view.sensorChart(), csv, false)).get()
        .get(10, TimeUnit.SECONDS);
    Path sharp = dir.resolve("sensors-2x.png");
    Path wide = dir.resolve("sensors-wide.png");
    WaitForAsyncUtils.asyncFx(() -> view.exports().pngTo(view.sensorChart(), png,
        new ChartPicture.Options("", (int) view.sensorChart().chart().getWidth(),
            (int) view.sensorChart().chart().getHeight(), 1))).get().get(10, TimeUnit.SECONDS);
    WaitForAsyncUtils.asyncFx(() -> view.exports().pngTo(view.sensorChart(), sharp,
        new ChartPicture.Options("Sensors · demo", (int) view.sensorChart().chart().getWidth(),
            (int) view.sensorChart().chart().getHeight(), 2))).get().get(10, TimeUnit.SECONDS);
    WaitForAsyncUtils.asyncFx(() -> view.exports().pngTo(view.sensorChart(), wide,
        new ChartPicture.Options("Sensors", 1600, 500, 1))).get().get(10, TimeUnit.SECONDS);
    List<String> lines = Files.readAllLines(csv);
    assertThat(lines.get(0)).isEqualTo("time,Temperature (°C)");
    assertThat(lines).hasSize(301);
    assertThat(lines.get(1)).startsWith("2023-11-14T22:13:20.100000+00:00,");
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isGreaterThan(400);
    assertThat(image.getHeight()).isGreaterThan(100);
    // The plot alone: the panel's toolbar is not in the picture.
    assertThat((double) image.getHeight()).isEqualTo(view.sensorChart().chart().getHeight());
    // Twice as sharp, with a title band above the plot; or drawn afresh at a size of its own.
    BufferedImage twice = ImageIO.read(sharp.toFile());
    assertThat(twice.getWidth()).isEqualTo(2 * image.getWidth());
    assertThat(twice.getHeight()).isEqualTo(2 * (image.getHeight() + 34));
    BufferedImage own = ImageIO.read(wide.toFile());
    assertThat(own.getWidth()).isEqualTo(1600);
    assertThat(own.getHeight()).isEqualTo(534);
    // The title is drawn: its band is not all background.
    int background = own.getRGB(2, 2);
    long titlePixels = java.util.stream.IntStream.range(0, 400).filter(x ->
        java.util.stream.IntStream.range(4, 30).anyMatch(y -> own.getRGB(x, y) != background))
        .count();
    assertThat(titlePixels).isGreaterThan(20);
  }

  @Test
  void theSettingsKeepHowTheWindowRecordsAndTellWhetherAlertsReachTheDesktop(FxRobot robot) {
    KeptPreferences preferences = new KeptPreferences();
    robot.interact(() -> view.setShelves(new ConnectDialogTest.Shelf(), preferences,
        Runnable::run));
    robot.clickOn("#more-menu");
    robot.clickOn("Settings…");
    assertThat(robot.lookup("#settings-record").queryAs(javafx.scene.control.CheckBox.class)
        .isSelected()).isTrue();
    assertThat(robot.lookup("#settings-notifications").queryAs(javafx.scene.control.Label.class)
        .getText()).startsWith("Alerts raised while the window is not in front");
    robot.clickOn("#settings-record");
    // Typed, not yet taken with Enter: saved all the same.
    javafx.scene.control.TextField hours = robot.lookup("#settings-keep-hours .text-field")
        .queryAs(javafx.scene.control.TextField.class);
    robot.interact(() -> hours.setText("abc"));
    robot.clickOn("#settings-save");
    assertThat(robot.lookup("#settings-error").queryAs(javafx.scene.control.Label.class)
        .getText()).isEqualTo("Hours and gigabytes are numbers");
    assertThat(preferences.kept).isEmpty();
    robot.interact(() -> hours.setText("48"));
    robot.clickOn("#settings-save");
    assertThat(preferences.kept).containsExactly(new Preferences.Recording(false, 48, 10));
  }

  @Test
  void theSettingsSayWhyAlertsCannotReachTheDesktopHere(FxRobot robot) {
    control.desktopProblem = org.livedash.model.Reason.of("alerts.notifierElsewhere");
    robot.interact(() -> view.setShelves(new ConnectDialogTest.Shelf(),
        new KeptPreferences(), Runnable::run));
    robot.clickOn("#more-menu");
    robot.clickOn("Settings…");
    assertThat(robot.lookup("#settings-notifications").queryAs(javafx.scene.control.Label.class)
        .getText()).startsWith("Desktop notifications are not available here");
    robot.press(javafx.scene.input.KeyCode.ESCAPE).release(javafx.scene.input.KeyCode.ESCAPE);
  }

  @Test
  void aboutSaysWhichVersionThisIs(FxRobot robot) {
    // At 1280 px the secondary buttons are in the "more" menu.
    robot.clickOn("#more-menu");
    robot.clickOn("About LiveDash");
    javafx.scene.control.DialogPane pane =
        robot.lookup("#about-dialog").queryAs(javafx.scene.control.DialogPane.class);
    assertThat(pane.getHeaderText()).isEqualTo("LiveDash 1.2.3");
    robot.clickOn(pane.getButtonTypes().stream().map(pane::lookupButton)
        .filter(b -> ((javafx.scene.control.Button) b).getText().equals("OK")).findFirst()
        .orElseThrow());
  }

  @Test
  void aReadingInTheAlarmBandTurnsItsTileRedAndIsAnnounced(FxRobot robot) throws Exception {
    WaitForAsyncUtils.waitForFxEvents();
    store.write(w -> w.offer("temp", 10_000, T0 + 60_000_000L, 33.5));
    org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(5)).until(() ->
        robot.lookup("#tile-temp").query().getStyleClass().contains("alarm"));
    String notice = WaitForAsyncUtils.asyncFx(() ->
        robot.lookup("#notice-text").queryAs(javafx.scene.control.Label.class).getText()).get();
    assertThat(notice).contains("Temperature alarm").contains("33.50 °C");
  }

  @Test
  void aSpikeBetweenTwoFramesIsStillAnnouncedAndThenMarkedAsPast(FxRobot robot)
      throws Exception {
    WaitForAsyncUtils.waitForFxEvents();
    // Into the alarm band and out again before any frame sees it.
    store.write(w -> {
      w.offer("temp", 10_000, T0 + 60_000_000L, 34.0);
      w.offer("temp", 10_001, T0 + 60_100_000L, 21.0);
    });
    org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(5)).until(() ->
        WaitForAsyncUtils.asyncFx(() -> robot.lookup("#notice-text")
            .queryAs(javafx.scene.control.Label.class).getText()).get()
            .startsWith("Past: Temperature alarm"));
    String notice = WaitForAsyncUtils.asyncFx(() ->
        robot.lookup("#notice-text").queryAs(javafx.scene.control.Label.class).getText()).get();
    assertThat(notice).contains("22:14:20–22:14:20").contains("peak 34.00 °C");
    assertThat(robot.lookup("#tile-temp").query().getStyleClass()).doesNotContain("alarm");
  }

  @Test
  void duringAnOutageTheTilesDimAndSayHowOldTheirValuesAre(FxRobot robot) throws Exception {
    WaitForAsyncUtils.waitForFxEvents();
    javafx.scene.Node tile = robot.lookup("#tile-hum").query();
    assertThat(tile.getPseudoClassStates().toString()).doesNotContain("stale");
    control.status = new org.livedash.model.ConnectionStatus(
        org.livedash.model.ConnectionState.RECONNECTING, FeedMode.WS, said("connection refused"),
        System.nanoTime() + 5_000_000_000L, 0, 2);
    org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(5)).until(() ->
        tile.getPseudoClassStates().toString().contains("stale"));
    String age = WaitForAsyncUtils.asyncFx(() -> robot.from(tile).lookup(".tile-age")
        .queryAs(javafx.scene.control.Label.class).getText()).get();
    // The samples are from 2023: years old, in plain words.
    assertThat(age).endsWith(" old").contains(" h ");
  }

  @Test
  void aBadPollIntervalIsRefusedVisiblyAndTheOldOneKept(FxRobot robot) throws Exception {
    robot.clickOn("#poll-mode");
    javafx.scene.control.Spinner<?> spinner = robot.lookup("#poll-interval")
        .queryAs(javafx.scene.control.Spinner.class);
    robot.doubleClickOn(spinner.getEditor()).eraseText(8).write("abc").type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(spinner.getValue()).isEqualTo(1000);
    assertThat(spinner.getEditor().getPseudoClassStates().toString()).contains("danger");
    assertThat(spinner.getTooltip().getText()).contains("is not a poll interval");

    robot.doubleClickOn(spinner.getEditor()).eraseText(8).write("10").type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(spinner.getValue()).isEqualTo(50);
    assertThat(spinner.getEditor().getPseudoClassStates().toString()).doesNotContain("danger");
    assertThat(spinner.getTooltip().getText()).contains("raised to the minimum, 50 ms");
  }

  @Test
  void candlesCanBeShownForTheMarketChart(FxRobot robot) {
    robot.clickOn("#markets-candles");
    assertThat(view.marketChart().chart().style())
        .isEqualTo(org.livedash.ui.chart.LiveChart.Style.CANDLES);
  }

  /** A status detail as it is, in no language. */
  private static Reason said(String words) {
    return Reason.of("verbatim", words);
  }
}
