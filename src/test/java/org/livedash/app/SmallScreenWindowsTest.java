package org.livedash.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.livedash.model.FeedMode;
import org.livedash.ui.DashboardView;
import org.livedash.ui.LayoutCheck;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.livedash.testing.NeedsJavaFxText;
import org.livedash.client.AppContext;

/**
 * The wire view and the lesson on a 1024×640 screen, as a classroom's projector gives them:
 * everything inside the window, no text drawn over another, no button cut, frames to read.
 */
@NeedsJavaFxText
@ExtendWith(ApplicationExtension.class)
class SmallScreenWindowsTest {
  private static final int WIDTH = 1024;
  private static final int HEIGHT = 640;
  private AppContext context;
  private DashboardView view;

  @Start
  void start(Stage stage) throws Exception {
    context = DashboardStage.demo(0.3);
    view = DashboardStage.show(stage, context);
    stage.setWidth(WIDTH);
    stage.setHeight(HEIGHT);
  }

  @AfterEach
  void close() throws Exception {
    context.close();
  }

  /** The wire window, resized to the small screen and laid out. */
  private Parent wireWindow(FxRobot robot) throws Exception {
    await().atMost(Duration.ofSeconds(10)).until(() -> robot.lookup("#wire-root").tryQuery()
        .isPresent());
    robot.interact(() -> {
      Window w = robot.lookup("#wire-root").query().getScene().getWindow();
      w.setWidth(WIDTH);
      w.setHeight(HEIGHT);
    });
    WaitForAsyncUtils.waitForFxEvents();
    Parent root = robot.lookup("#wire-root").queryAs(Parent.class);
    robot.interact(root::layout);
    WaitForAsyncUtils.waitForFxEvents();
    return root;
  }

  @SuppressWarnings("unchecked")
  private static double rowsShown(FxRobot robot) throws Exception {
    return WaitForAsyncUtils.asyncFx(() -> {
      TableView<?> t = robot.lookup("#wire-table").queryAs(TableView.class);
      javafx.scene.Node header = t.lookup(".column-header-background");
      double headerHeight = header == null ? 0 : header.getLayoutBounds().getHeight();
      return (t.getHeight() - headerHeight) / t.getFixedCellSize();
    }).get();
  }

  private static List<String> problems(FxRobot robot, Parent root) throws Exception {
    return WaitForAsyncUtils.asyncFx(() -> LayoutCheck.problems(root,
        root.getScene().getWidth(), root.getScene().getHeight())).get();
  }

  @Test
  void theWireViewFitsWithFramesToRead(FxRobot robot) throws Exception {
    await().atMost(Duration.ofSeconds(10)).until(() -> context.stats().of(FeedMode.WS)
        .snapshot(System.nanoTime()).updates() > 10);
    robot.interact(() -> robot.lookup("#wire-button").queryButton().fire());
    Parent root = wireWindow(robot);
    await().atMost(Duration.ofSeconds(10)).until(() -> robot.lookup("#wire-accept-check")
        .tryQuery().isPresent());
    assertThat(root.getScene().getHeight()).isLessThanOrEqualTo(HEIGHT);
    assertThat(problems(robot, root)).isEmpty();
    assertThat(rowsShown(robot)).as("frame rows in sight").isGreaterThanOrEqualTo(5);
  }

  @Test
  void theLessonFitsWithItsButtonsWholeAndFramesToRead(FxRobot robot) throws Exception {
    robot.interact(view::openLesson);
    Parent root = wireWindow(robot);
    await().atMost(Duration.ofSeconds(10)).until(() -> context.supervisor().status().mode()
        == FeedMode.POLL);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(problems(robot, root)).isEmpty();
    assertThat(rowsShown(robot)).as("frame rows in sight").isGreaterThanOrEqualTo(3);
    String pause = WaitForAsyncUtils.asyncFx(() -> robot.lookup("#wire-pause")
        .queryAs(Labeled.class).getText()).get();
    assertThat(pause).doesNotContain("…");
  }
}
