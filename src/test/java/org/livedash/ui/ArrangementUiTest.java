package org.livedash.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.livedash.model.FeedMode;
import org.livedash.model.FeedStats;
import org.livedash.model.SeriesKind;
import org.livedash.model.SeriesMeta;
import org.livedash.model.SeriesStore;
import org.livedash.testing.NeedsJavaFxText;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * How the dashboard is arranged: the X–Y pane (shown from the menu, each Y reading paired with
 * the X reading nearest it), the notes marked on the time axis, both kept in the window's
 * layout, and a chart maximised and given back.
 */
@NeedsJavaFxText
@ExtendWith(ApplicationExtension.class)
class ArrangementUiTest {
  private static final long NOW = System.currentTimeMillis() * 1000;
  private final SeriesStore store = new SeriesStore(1_000);
  private DashboardView view;

  @Start
  void start(Stage stage) {
    store.setCatalogue(List.of(
        SeriesMeta.of("temp", "Temperature", "°C", SeriesKind.SENSOR, 0, 40),
        SeriesMeta.of("power", "Power", "kW", SeriesKind.SENSOR, 0, 100)));
    store.write(w -> {
      long seq = 0;
      for (int i = 0; i < 40; i++) {
        long t = NOW - (40 - i) * 100_000L;
        w.offer("temp", ++seq, t, 20 + i * 0.1);
        // Power comes 30 ms after each temperature: near enough to pair.
        w.offer("power", ++seq, t + 30_000, 50 + i);
      }
      // Ten more temperatures with no power within a second of them: no pairs.
      for (int i = 0; i < 10; i++) {
        w.offer("temp", ++seq, NOW + 2_000_000 + i * 100_000L, 30);
      }
    });
    DashboardViewModel vm = new DashboardViewModel(new DashboardViewModelTest.FakeControl(),
        new FeedStats(), FeedMode.WS, Duration.ofSeconds(1), System::nanoTime);
    view = new DashboardView(vm, store, ZoneOffset.UTC, true, dark -> { }, "1.2.3");
    stage.setScene(new Scene(view, 1280, 900));
    stage.show();
    view.start();
  }

  @Test
  void theMenuShowsThePaneAndOnlyReadingsCloseInTimeArePaired(FxRobot robot) {
    assertThat(view.xyPanel().getScene()).as("not among the panes until shown").isNull();
    robot.clickOn("#more-menu");
    robot.clickOn("#show-xy");
    assertThat(robot.lookup("#xy-panel").query().isVisible()).isTrue();
    assertThat(view.layout("x").panes().ids()).as("below the others")
        .containsExactly("sensors", "markets", "xy");
    robot.interact(() -> view.xyPanel().plot("power", "temp"));
    await().atMost(5, TimeUnit.SECONDS).until(() -> view.xyPanel().chart().pairs() == 40);
    assertThat(view.layout("x").xy()).isEqualTo(new org.livedash.model.Layout.Xy("power",
        "temp"));
  }

  @Test
  void aChartMaximisedTakesTheRoomOfTheTilesAndTheOtherChartAndGivesItBack(FxRobot robot) {
    javafx.scene.Node tiles = robot.lookup("#tile-scroll").tryQuery().orElseThrow();
    double before = view.sensorChart().getHeight();
    robot.clickOn("#sensors-options");
    robot.clickOn("#sensors-maximise");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(tiles.isVisible()).isFalse();
    assertThat(view.marketChart().getScene()).as("the other chart steps aside").isNull();
    assertThat(view.sensorChart().getHeight()).as("the tiles' room too").isGreaterThan(before);
    robot.clickOn("#sensors-options");
    robot.clickOn("#sensors-maximise");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(tiles.isVisible()).isTrue();
    assertThat(view.marketChart().getScene()).as("a feed of sensors only: its one chart")
        .isNull();
    assertThat(view.sensorChart().getHeight()).as("its room as before")
        .isCloseTo(before, org.assertj.core.data.Offset.offset(1.0));
    assertThat(view.xyPanel().getScene()).as("hidden before, still").isNull();
  }

  @Test
  void aNoteMarkedWithNIsDrawnOnTheChartsAndKeptInTheLayout(FxRobot robot) {
    robot.clickOn(view.sensorChart().chart());
    long before = view.chartRedraws();
    robot.type(javafx.scene.input.KeyCode.N);
    robot.clickOn("#note-text").write("valve opened");
    robot.clickOn(robot.lookup(".dialog-pane .button").queryAll().stream()
        .filter(b -> b instanceof javafx.scene.control.Button x && "Add".equals(x.getText()))
        .findFirst().orElseThrow());
    assertThat(view.notes().all()).extracting(org.livedash.model.Layout.Annotation::text)
        .containsExactly("valve opened");
    await().atMost(5, TimeUnit.SECONDS).until(() -> view.chartRedraws() > before);
    assertThat(view.layout("x").annotations()).hasSize(1);
  }
}
