package org.livedash.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
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

/** The keyboard drives the common actions, and never while a text field wants the keys. */
@NeedsJavaFxText
@ExtendWith(ApplicationExtension.class)
class ShortcutsTest {
  private final SeriesStore store = new SeriesStore(1_000);
  private final DashboardViewModelTest.FakeControl control =
      new DashboardViewModelTest.FakeControl();
  private DashboardViewModel vm;
  private DashboardView view;

  @Start
  void start(Stage stage) {
    store.setCatalogue(List.of(SeriesMeta.of("t", "Temperature", "°C", SeriesKind.SENSOR, 0, 40),
        SeriesMeta.of("ACME", "Acme", "USD", SeriesKind.STOCK, 100, 200)));
    store.write(w -> {
      for (int i = 1; i <= 100; i++) {
        w.offer("t", 2L * i - 1, 1_700_000_000_000_000L + i * 100_000L, 20);
        w.offer("ACME", 2L * i, 1_700_000_000_000_000L + i * 100_000L, 150);
      }
    });
    vm = new DashboardViewModel(control, new FeedStats(), FeedMode.WS, Duration.ofSeconds(1),
        System::nanoTime);
    view = new DashboardView(vm, store, ZoneOffset.UTC, true, dark -> {}, "1.2.3");
    stage.setScene(new Scene(view, 1440, 900));
    stage.show();
    view.start();
  }

  @Test
  void f1ShowsTheHelpAndEscapeClosesIt(FxRobot robot) {
    robot.type(KeyCode.F1);
    assertThat(view.helpShown()).isTrue();
    assertThat(robot.lookup("#help-overlay").queryAs(javafx.scene.layout.StackPane.class)
        .lookupAll(".help-keys")).hasSizeGreaterThan(10);
    robot.type(KeyCode.ESCAPE);
    assertThat(view.helpShown()).isFalse();
  }

  @Test
  void digitsPickTheTimeWindowAndSpacePausesBothCharts(FxRobot robot) {
    robot.type(KeyCode.DIGIT3);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(view.sensorChart().chart().window()).isEqualTo(Duration.ofMinutes(5));
    assertThat(view.marketChart().chart().window()).isEqualTo(Duration.ofMinutes(5));
    ToggleButton fiveMinutes = robot.from(view.sensorChart()).lookup("5 min")
        .queryAs(ToggleButton.class);
    assertThat(fiveMinutes.isSelected()).isTrue();

    robot.type(KeyCode.SPACE);
    assertThat(view.sensorChart().chart().pausedProperty().get()).isTrue();
    assertThat(view.marketChart().chart().pausedProperty().get()).isTrue();
    robot.type(KeyCode.L);
    assertThat(view.sensorChart().chart().liveProperty().get()).isTrue();
    assertThat(view.sensorChart().chart().window()).isEqualTo(Duration.ofMinutes(5));
  }

  @Test
  void ctrlKeysSwitchTheModeAndF5Disconnects(FxRobot robot) {
    robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
    assertThat(vm.modeProperty().get()).isEqualTo(FeedMode.POLL);
    robot.type(KeyCode.F5);
    assertThat(control.calls).contains("disconnect");
  }

  @Test
  void typingInTheAddressFieldIsNotTakenForShortcuts(FxRobot robot) {
    robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
    robot.write("3 s");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(vm.urlProperty().get()).isEqualTo("3 s");
    assertThat(view.sensorChart().chart().window()).isEqualTo(Duration.ofMinutes(1));
    assertThat(view.statsShown()).isTrue();
  }

  @Test
  void typingInThePollIntervalIsNotTakenForShortcuts(FxRobot robot) {
    robot.interact(() -> vm.modeProperty().set(FeedMode.POLL));
    javafx.scene.control.Spinner<?> interval = robot.lookup("#poll-interval")
        .queryAs(javafx.scene.control.Spinner.class);
    robot.clickOn(interval.getEditor());
    robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
    robot.write("500");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(interval.getEditor().getText()).isEqualTo("500");
    assertThat(view.sensorChart().chart().window()).isEqualTo(Duration.ofMinutes(1));
    assertThat(view.marketChart().chart().window()).isEqualTo(Duration.ofMinutes(1));
  }

  @Test
  void aFocusedChartPansAndZoomsWithTheKeys(FxRobot robot) {
    robot.clickOn("#sensors-canvas");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(view.getScene().getFocusOwner()).isSameAs(view.sensorChart().chart());
    long[] before = view.sensorChart().chart().visibleRange();
    robot.type(KeyCode.LEFT);
    WaitForAsyncUtils.waitForFxEvents();
    robot.interact(() -> store.read(view.sensorChart().chart()::prepare));
    long[] after = view.sensorChart().chart().visibleRange();
    assertThat(after[1]).isLessThan(before[1]);
    assertThat(view.sensorChart().chart().liveProperty().get()).isFalse();
    robot.type(KeyCode.MINUS);
    robot.interact(() -> store.read(view.sensorChart().chart()::prepare));
    long[] zoomed = view.sensorChart().chart().visibleRange();
    assertThat(zoomed[1] - zoomed[0]).isGreaterThan(after[1] - after[0]);
  }

  @Test
  void linkedChartsFollowEachOthersZoomAndPan(FxRobot robot) {
    robot.interact(() -> view.sensorChart().linkItem().setSelected(true));
    assertThat(view.marketChart().linkItem().isSelected()).as("one setting for both").isTrue();
    robot.clickOn("#sensors-canvas");
    robot.type(KeyCode.MINUS).type(KeyCode.LEFT);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(view.marketChart().chart().window()).isEqualTo(view.sensorChart().chart().window())
        .isNotEqualTo(Duration.ofMinutes(1));
    assertThat(view.marketChart().chart().liveProperty().get()).isFalse();
    robot.interact(() -> view.sensorChart().linkItem().setSelected(false));
    robot.type(KeyCode.HOME);
    // Home is a shortcut for both charts; unlinked, a zoom on one stays on that one.
    robot.clickOn("#sensors-canvas").type(KeyCode.MINUS);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(view.marketChart().chart().window()).isEqualTo(Duration.ofMinutes(1));
  }
}
