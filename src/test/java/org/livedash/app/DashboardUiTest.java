package org.livedash.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.Callable;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.livedash.model.FeedMode;
import org.livedash.model.StatsSnapshot;
import org.livedash.ui.DashboardView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.livedash.testing.NeedsJavaFxText;
import org.livedash.client.AppContext;

/** The real dashboard on the embedded feed, driven as a user would, headless (Monocle). */
@NeedsJavaFxText
@ExtendWith(ApplicationExtension.class)
class DashboardUiTest {
  private AppContext context;
  private DashboardView view;

  @Start
  void start(Stage stage) throws Exception {
    context = DashboardStage.demo(50);
    view = DashboardStage.show(stage, context);
  }

  @AfterEach
  void close() throws Exception {
    context.close();
  }

  private StatsSnapshot stats(FeedMode mode) {
    return context.stats().of(mode).snapshot(System.nanoTime());
  }

  private static String text(FxRobot robot, String query) throws Exception {
    Callable<String> read = () -> robot.lookup(query).queryAs(Labeled.class).getText();
    return WaitForAsyncUtils.asyncFx(read).get();
  }

  @Test
  void theToggleSwitchesToPollingAndBackWhileDataKeepsFlowing(FxRobot robot) throws Exception {
    await().atMost(Duration.ofSeconds(10)).until(() -> text(robot, "#status-text").equals("Live")
        && stats(FeedMode.WS).updates() > 100);

    robot.clickOn("#poll-mode");
    await().atMost(Duration.ofSeconds(10)).until(() -> stats(FeedMode.POLL).updates() > 100);
    await().until(() -> text(robot, "#stats-now-title").contains("HTTP polling")
        && text(robot, "#stats-before-title").contains("WebSocket push"));
    assertThat(stats(FeedMode.POLL).requests()).isPositive();

    robot.clickOn("#ws-mode");
    long before = stats(FeedMode.WS).updates();
    await().atMost(Duration.ofSeconds(10)).until(() -> stats(FeedMode.WS).updates() > before + 100);
    await().until(() -> !text(robot, "#stats-headline").isEmpty());

    for (FeedMode m : FeedMode.values()) {
      assertThat(stats(m).gaps()).as("missed updates in %s", m).isZero();
      assertThat(stats(m).duplicates()).as("repeated updates in %s", m).isZero();
    }
  }

  @Test
  void tilesShowLiveValuesAndChartsDraw(FxRobot robot) throws Exception {
    await().atMost(Duration.ofSeconds(10)).until(() -> {
      Label value = robot.lookup("#tile-temperature .tile-value").queryAs(Label.class);
      return value != null && WaitForAsyncUtils.asyncFx(value::getText).get().matches("[0-9.]+");
    });
    await().until(() -> view.chartRedraws() > 5);
  }

  @Test
  void disconnectShowsDownAndStopsTheData(FxRobot robot) throws Exception {
    await().atMost(Duration.ofSeconds(10)).until(() -> text(robot, "#status-text").equals("Live"));
    robot.clickOn("#connect-button");
    await().until(() -> text(robot, "#status-text").equals("Disconnected"));
    long seq = context.store().resumePoint().afterSeq();
    // The demo feed issues 500 updates a second: none may arrive while disconnected.
    await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2))
        .until(() -> context.store().resumePoint().afterSeq() == seq);
    robot.clickOn("#connect-button");
    await().atMost(Duration.ofSeconds(10)).until(() -> text(robot, "#status-text").equals("Live")
        && context.store().resumePoint().afterSeq() > seq);
  }
}
