package org.livedash.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.livedash.model.FeedMode;
import org.livedash.model.FeedStats;
import org.livedash.model.Layout;
import org.livedash.model.PaneTree;
import org.livedash.model.SeriesKind;
import org.livedash.model.SeriesMeta;
import org.livedash.model.SeriesStore;
import org.livedash.testing.NeedsJavaFxText;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.robot.Motion;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Panes the user arranges: split right and below into a chart, a table of last values or a big
 * number; tiles dragged onto them; resized, closed; kept in the layout and given back.
 */
@NeedsJavaFxText
@ExtendWith(ApplicationExtension.class)
class PanesUiTest {
  private static final long NOW = System.currentTimeMillis() * 1000;
  private final SeriesStore store = new SeriesStore(1_000);
  private DashboardView view;
  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    store.setCatalogue(List.of(
        SeriesMeta.of("temp", "Temperature", "°C", SeriesKind.SENSOR, 0, 40),
        SeriesMeta.of("power", "Power", "kW", SeriesKind.SENSOR, 0, 100),
        SeriesMeta.of("ACME", "Acme Corp", "USD", SeriesKind.STOCK, Double.NaN, Double.NaN)));
    store.write(w -> {
      long seq = 0;
      for (int i = 0; i < 40; i++) {
        long t = NOW - (40 - i) * 100_000L;
        w.offer("temp", ++seq, t, 20 + i * 0.1);
        w.offer("power", ++seq, t, 50 + i);
        w.offer("ACME", ++seq, t, 180 + i * 0.25);
      }
    });
    view = dashboard();
    stage.setScene(new Scene(view, 1400, 900));
    stage.show();
    view.start();
  }

  private DashboardView dashboard() {
    DashboardViewModel vm = new DashboardViewModel(new DashboardViewModelTest.FakeControl(),
        new FeedStats(), FeedMode.WS, Duration.ofSeconds(1), System::nanoTime);
    return new DashboardView(vm, store, ZoneOffset.UTC, true, dark -> { }, "1.2.3");
  }

  private static void split(FxRobot robot, String pane, String how, String kind) {
    robot.clickOn("#" + pane + "-options");
    // Hovered, the submenu opens; along its row into it, then down to the kind.
    robot.moveTo("#" + pane + "-split-" + how, Motion.DIRECT);
    robot.moveTo("#" + pane + "-split-" + how + "-" + kind, Motion.HORIZONTAL_FIRST);
    robot.clickOn();
    WaitForAsyncUtils.waitForFxEvents();
  }

  private static Bounds onScreen(Node n) {
    return n.localToScene(n.getBoundsInLocal());
  }

  @Test
  void aTableSplitRightTakesTilesDraggedOntoItAndADragIsNoClick(FxRobot robot) {
    split(robot, "sensors", PaneTree.COLUMNS, Layout.Chart.TABLE);
    Node table = robot.lookup("#table-1").query();
    Bounds chart = onScreen(view.sensorChart());
    assertThat(onScreen(table).getMinX()).as("to the right of the chart")
        .isGreaterThan(chart.getMaxX() - 1);
    assertThat(onScreen(table).getMinY()).isCloseTo(chart.getMinY(),
        org.assertj.core.data.Offset.offset(1.0));

    robot.drag("#tile-power").dropTo("#table-1");
    robot.drag("#tile-ACME").dropTo("#table-1");
    await().atMost(5, TimeUnit.SECONDS).until(() -> robot.lookup("#table-1-value-ACME")
        .tryQuery().map(n -> ((Label) n).getText()).orElse("").equals("189.75"));
    assertThat(((Label) robot.lookup("#table-1-value-power").query()).getText())
        .isEqualTo("89");
    assertThat(view.sensorChart().isPlotted("power")).as("dragged, not clicked").isFalse();
    assertThat(view.layout("x").charts()).contains(new Layout.Chart("table-1",
        List.of("power", "ACME"), null, null, null, Layout.Chart.TABLE, null));
  }

  @Test
  void aBigNumberShowsTheLastTileDroppedOnItAndAChartPaneChartsAnySeries(FxRobot robot) {
    split(robot, "markets", PaneTree.ROWS, Layout.Chart.NUMBER);
    robot.drag("#tile-temp").dropTo("#number-1");
    robot.drag("#tile-power").dropTo("#number-1");
    await().atMost(5, TimeUnit.SECONDS).until(() -> ((Label) robot.lookup("#number-1-value")
        .query()).getText().equals("89"));

    split(robot, "sensors", PaneTree.COLUMNS, Layout.Chart.TIME);
    ChartPanel mine = (ChartPanel) robot.lookup("#chart-1").query();
    robot.drag("#tile-temp").dropTo("#chart-1");
    robot.drag("#tile-ACME").dropTo("#chart-1");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(mine.plotted()).as("a sensor and a price on one chart of the user's")
        .containsExactly("temp", "ACME");
    await().atMost(5, TimeUnit.SECONDS).until(() -> mine.chart().showsData());

    split(robot, "number-1", PaneTree.COLUMNS, ArrangedPanes.XY);
    assertThat(view.xyPanel().isVisible()).as("the X–Y plot split from a pane's menu").isTrue();
    assertThat(view.layout("x").panes().ids())
        .containsExactly("sensors", "chart-1", "markets", "number-1", "xy");
    robot.clickOn("#xy-options");
    robot.clickOn("#xy-maximise");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(view.sensorChart().getScene()).as("the X–Y plot maximised").isNull();
    robot.clickOn("#xy-options");
    robot.clickOn("#xy-close");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(view.xyPanel().getScene()).isNull();
    assertThat(view.sensorChart().getScene()).as("the others back").isNotNull();
    assertThat(view.layout("x").xy()).as("closed: no X–Y in the layout").isNull();

    robot.drag("#tile-ACME").dropTo("#sensor-chart");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(view.sensorChart().isPlotted("ACME")).isFalse();
    assertThat(((Label) robot.lookup("#notice-text").query()).getText())
        .as("refused in words, with the way to do it").contains("Acme Corp").contains("Sensors");
  }

  @Test
  void aPaneClosedGivesItsRoomBackAndTheArrangementGoesWithTheLayout(FxRobot robot) {
    split(robot, "sensors", PaneTree.COLUMNS, Layout.Chart.TABLE);
    split(robot, "markets", PaneTree.COLUMNS, Layout.Chart.TIME);
    robot.drag("#tile-temp").dropTo("#table-1");
    robot.drag("#tile-power").dropTo("#chart-1");
    // The user drags the first split's divider: its sizes go with the layout.
    SplitPane rows = robot.lookup(".pane-area > .split-pane").query();
    robot.interact(() -> ((SplitPane) rows.getItems().get(0)).setDividerPositions(0.7));
    Layout taken = view.layout("arranged");
    assertThat(taken.panes().ids()).containsExactly("sensors", "table-1", "markets", "chart-1");
    assertThat(taken.panes().panes().get(0).shares().get(0))
        .isCloseTo(0.7, org.assertj.core.data.Offset.offset(0.02));

    double wide = view.marketChart().getWidth();
    robot.clickOn("#chart-1-options");
    robot.clickOn("#chart-1-close");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#chart-1").tryQuery()).isEmpty();
    assertThat(view.marketChart().getWidth()).as("its room back").isGreaterThan(wide * 1.5);

    DashboardView other = dashboard();
    robot.interact(() -> {
      stage.setScene(new Scene(other, 1400, 900));
      other.start();
      other.showLayout(taken);
    });
    await().atMost(5, TimeUnit.SECONDS).until(() -> robot.lookup("#chart-1").tryQuery()
        .map(n -> ((ChartPanel) n).plotted().equals(List.of("power"))).orElse(false));
    assertThat(other.layout("again").panes().ids())
        .containsExactly("sensors", "table-1", "markets", "chart-1");
    assertThat(other.layout("again").charts()).contains(new Layout.Chart("table-1",
        List.of("temp"), null, null, null, Layout.Chart.TABLE, null));
    await().atMost(5, TimeUnit.SECONDS).until(() -> robot.lookup("#table-1-value-temp")
        .tryQuery().map(n -> ((Label) n).getText()).orElse("").equals("23.9"));
  }
}
