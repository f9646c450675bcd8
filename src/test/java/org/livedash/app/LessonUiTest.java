package org.livedash.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.Callable;
import javafx.scene.control.Labeled;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.livedash.model.FeedMode;
import org.livedash.ui.DashboardView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.livedash.testing.NeedsJavaFxText;
import org.livedash.client.AppContext;

/** The lesson in the window: four steps that move the feed, ending on the comparison. */
@NeedsJavaFxText
@ExtendWith(ApplicationExtension.class)
class LessonUiTest {
  private AppContext context;
  private DashboardView view;

  @Start
  void start(Stage stage) throws Exception {
    context = DashboardStage.demo(0.3);
    view = DashboardStage.show(stage, context);
  }

  @AfterEach
  void close() throws Exception {
    context.close();
  }

  private static String text(FxRobot robot, String query) throws Exception {
    Callable<String> read = () -> robot.lookup(query).queryAs(Labeled.class).getText();
    return WaitForAsyncUtils.asyncFx(read).get();
  }

  private FeedMode mode() {
    return context.supervisor().status().mode();
  }

  private long updates(FeedMode m) {
    return context.stats().of(m).snapshot(System.nanoTime()).updates();
  }

  private void next(FxRobot robot) {
    robot.interact(() -> robot.lookup("#lesson-next").queryButton().fire());
  }

  @Test
  void walksThroughPollingLongPollingTheHandshakeAndPush(FxRobot robot) throws Exception {
    robot.interact(view::openLesson);
    assertThat(text(robot, "#lesson-title")).isEqualTo("1. Polling once a second");
    await().atMost(Duration.ofSeconds(10)).until(() -> mode() == FeedMode.POLL
        && updates(FeedMode.POLL) > 2);
    next(robot);
    assertThat(text(robot, "#lesson-title")).startsWith("2. Long-polling");
    await().atMost(Duration.ofSeconds(10)).until(() -> mode() == FeedMode.LONGPOLL
        && updates(FeedMode.LONGPOLL) > 2);
    next(robot);
    assertThat(text(robot, "#lesson-title")).isEqualTo("3. The WebSocket handshake");
    await().atMost(Duration.ofSeconds(10)).until(() -> mode() == FeedMode.WS
        && text(robot, "#wire-accept-check").startsWith("✓"));
    next(robot);
    assertThat(text(robot, "#lesson-title")).startsWith("4. Push");
    long pushed = updates(FeedMode.WS);
    await().atMost(Duration.ofSeconds(10)).until(() -> updates(FeedMode.WS) > pushed + 2);
    // The dashboard's own toggle followed the lesson.
    assertThat(robot.lookup("#ws-mode").queryAs(javafx.scene.control.ToggleButton.class)
        .isSelected()).isTrue();
    next(robot);
    assertThat(text(robot, "#lesson-title")).isEqualTo("The comparison");
    int cells = WaitForAsyncUtils.asyncFx(() -> robot.lookup("#lesson-comparison")
        .queryAs(GridPane.class).getChildren().size()).get();
    // A heading and three measured modes, seven columns each.
    assertThat(cells).isEqualTo(4 * 7);
  }
}
