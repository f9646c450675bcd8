package org.livedash.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.livedash.client.AppContext;
import org.livedash.testing.NeedsJavaFxText;
import org.livedash.ui.DashboardView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A window whose feed has gone quiet rests: its frames run a few times a second, not every
 * pulse, and still tell the truth (the status, the ages); new data or the user's hand wakes it.
 */
@NeedsJavaFxText
@ExtendWith(ApplicationExtension.class)
class RestingWindowUiTest {
  private AppContext context;
  private DashboardView view;

  @Start
  void start(Stage stage) throws Exception {
    context = DashboardStage.demo(20);
    view = DashboardStage.show(stage, context);
  }

  @AfterEach
  void close() throws Exception {
    context.close();
  }

  private String status(FxRobot robot) {
    return robot.lookup("#status-text").queryLabeled().getText();
  }

  @Test
  void aQuietWindowRestsAndWakesForDataAndForTheUser(FxRobot robot) {
    await().atMost(Duration.ofSeconds(10)).until(() -> "Live".equals(status(robot)));
    assertThat(view.isResting()).as("data flows: every pulse").isFalse();
    robot.clickOn("#connect-button");
    await().atMost(Duration.ofSeconds(5)).until(() -> "Disconnected".equals(status(robot)));
    await().atMost(Duration.ofSeconds(10)).until(view::isResting);

    robot.moveTo("#sensor-chart");
    await().atMost(Duration.ofSeconds(2)).until(() -> !view.isResting());
    await().atMost(Duration.ofSeconds(10)).until(view::isResting);

    long redraws = view.chartRedraws();
    robot.interact(() -> robot.lookup("#connect-button").queryButton().fire());
    await().atMost(Duration.ofSeconds(10)).until(() -> "Live".equals(status(robot))
        && !view.isResting() && view.chartRedraws() > redraws);
  }
}
