package org.livedash.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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

/**
 * The window at a small laptop's size, a common laptop's and a desktop's: every control is
 * inside the window and visible, nothing needs scrolling, and every text cut short carries its
 * whole text as a tooltip.
 */
@NeedsJavaFxText
@ExtendWith(ApplicationExtension.class)
class ResponsiveLayoutTest {
  private static final long T0 = 1_700_000_000_000_000L;
  private final SeriesStore store = new SeriesStore(10_000);
  private Stage stage;
  private DashboardView view;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    List<SeriesMeta> catalogue = new ArrayList<>();
    String[] sensors = {"Temperature", "Humidity", "Pressure", "Vibration", "CO₂", "Power"};
    String[] stocks = {"Acme Corp", "Globex", "Initech", "Umbrella", "Stark Industries",
        "Wayne Enterprises"};
    for (int i = 0; i < 6; i++) {
      catalogue.add(SeriesMeta.of("s" + i, sensors[i], "unit", SeriesKind.SENSOR, 0, 100));
      catalogue.add(SeriesMeta.of("K" + i, stocks[i], "USD", SeriesKind.STOCK, 0, 500));
    }
    store.setCatalogue(catalogue);
    store.write(w -> {
      long seq = 0;
      for (int t = 1; t <= 50; t++) {
        for (SeriesMeta m : catalogue) {
          w.offer(m.id(), ++seq, T0 + t * 100_000L, 10 + t, 5);
        }
      }
    });
    DashboardViewModel vm = new DashboardViewModel(new DashboardViewModelTest.FakeControl(),
        new FeedStats(), FeedMode.WS, Duration.ofSeconds(1), System::nanoTime);
    view = new DashboardView(vm, store, ZoneOffset.UTC, true, dark -> {}, "1.2.3");
    javafx.application.Application.setUserAgentStylesheet(
        new atlantafx.base.theme.PrimerDark().getUserAgentStylesheet());
    stage.setScene(scene(800, 600));
    stage.show();
    view.start();
  }

  @ParameterizedTest(name = "{0}×{1}")
  @CsvSource({"1024, 640", "1366, 768", "1480, 940", "1920, 1080"})
  void everyControlIsInsideTheWindowAndVisible(int width, int height, FxRobot robot)
      throws Exception {
    resize(robot, width, height);
    assertFits(width, height);
    assertThat(view.statsShown()).as("stats docked when there is room")
        .isEqualTo(width >= DashboardView.DOCK_WIDTH);

    // The stats panel, docked or as a drawer, fits too when it is open.
    if (!view.statsShown()) {
      robot.clickOn("#stats-toggle");
      WaitForAsyncUtils.waitForFxEvents();
      assertThat(view.statsShown()).isTrue();
      assertFits(width, height);
      robot.interact(view::toggleStats);
      assertThat(view.statsShown()).isFalse();
    }
  }

  @Test
  void onAShortWindowTheChartsTakeTurnsEachWithAPlotTallEnoughToRead(FxRobot robot)
      throws Exception {
    resize(robot, 1024, 640);
    assertThat(view.sensorChart().isVisible()).isTrue();
    assertThat(view.marketChart().isVisible()).as("in turn").isFalse();
    assertThat(view.sensorChart().chart().getHeight() - 30 - 26)
        .as("the plot's height").isGreaterThanOrEqualTo(120);
    robot.clickOn("#show-markets");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(view.marketChart().isVisible()).isTrue();
    assertThat(view.sensorChart().isVisible()).isFalse();
    assertThat(view.marketChart().chart().getHeight() - 30 - 26)
        .isGreaterThanOrEqualTo(120);
    // A sensor's tile brings its chart back.
    robot.clickOn("#tile-s1");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(view.sensorChart().isVisible()).isTrue();
    assertFits(1024, 640);
    resize(robot, 1366, 768);
    assertThat(view.sensorChart().isVisible()).isTrue();
    assertThat(view.marketChart().isVisible()).as("both on a taller window").isTrue();
    assertThat(robot.lookup("#show-markets").tryQuery()).isEmpty();
  }

  private void resize(FxRobot robot, int width, int height) {
    robot.interact(() -> {
      view.getScene().setRoot(new javafx.scene.layout.Pane());
      stage.setScene(scene(width, height));
      stage.sizeToScene();
    });
    WaitForAsyncUtils.waitForFxEvents();
    robot.interact(() -> view.getScene().getRoot().layout());
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(view.getWidth()).isEqualTo(width);
    assertThat(view.getHeight()).isEqualTo(height);
  }

  private Scene scene(int width, int height) {
    Scene scene = new Scene(view, width, height);
    scene.getStylesheets().add(getClass().getResource("/assets/css/livedash.css")
        .toExternalForm());
    return scene;
  }

  private void assertFits(int width, int height) throws Exception {
    assertThat(WaitForAsyncUtils.asyncFx(() -> LayoutCheck.problems(view, width, height)).get())
        .as("what is wrong in the %d×%d window", width, height).isEmpty();
    ScrollPane center = (ScrollPane) view.lookup("#center-scroll");
    assertThat(center.getContent().getLayoutBounds().getHeight())
        .as("the centre needs no scrolling")
        .isLessThanOrEqualTo(center.getViewportBounds().getHeight() + 0.5);
    for (ChartPanel chart : List.of(view.sensorChart(), view.marketChart())) {
      if (chart.isVisible()) {
        assertThat(chart.chart().getHeight()).as(chart.title()).isGreaterThanOrEqualTo(100);
      }
    }
    assertThat(view.sensorChart().isVisible() || view.marketChart().isVisible()).isTrue();
  }
}
