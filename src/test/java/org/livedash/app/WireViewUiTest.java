package org.livedash.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.Callable;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.livedash.model.FeedMode;
import org.livedash.model.WireEvent;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.livedash.testing.NeedsJavaFxText;
import org.livedash.client.AppContext;

/**
 * The wire view in the real dashboard on the embedded feed: the handshake with its accept key
 * checked, frames as they come, the companion in the other style, and nothing kept once closed.
 */
@NeedsJavaFxText
@ExtendWith(ApplicationExtension.class)
class WireViewUiTest {
  private AppContext context;

  @Start
  void start(Stage stage) throws Exception {
    context = DashboardStage.demo(5);
    DashboardStage.show(stage, context);
  }

  @AfterEach
  void close() throws Exception {
    context.close();
  }

  private static String text(FxRobot robot, String query) throws Exception {
    Callable<String> read = () -> {
      Labeled l = robot.lookup(query).queryAs(Labeled.class);
      return l == null ? "" : l.getText();
    };
    return WaitForAsyncUtils.asyncFx(read).get();
  }

  @SuppressWarnings("unchecked")
  private static int rows(FxRobot robot, Class<? extends WireEvent> type) throws Exception {
    Callable<Integer> read = () -> {
      TableView<WireEvent> t = robot.lookup("#wire-table").queryAs(TableView.class);
      return t == null ? 0 : (int) t.getItems().stream().filter(type::isInstance).count();
    };
    return WaitForAsyncUtils.asyncFx(read).get();
  }

  private long companionEvents() {
    return context.wireLog().since(0).events().stream()
        .filter(e -> e.lane() == WireEvent.Lane.COMPANION).count();
  }

  @Test
  void showsTheRealHandshakeFramesAndPollsBesideThemUntilClosed(FxRobot robot)
      throws Exception {
    await().atMost(Duration.ofSeconds(10)).until(() -> context.stats().of(FeedMode.WS)
        .snapshot(System.nanoTime()).updates() > 10);
    assertThat(context.wireLog().isOpen()).isFalse();
    // The W key's action; on a narrow window the button itself is in the "more" menu.
    robot.interact(() -> robot.lookup("#wire-button").queryButton().fire());

    await().atMost(Duration.ofSeconds(10)).until(() ->
        text(robot, "#wire-accept-check").startsWith("✓"));
    assertThat(context.wireLog().isOpen()).isTrue();
    await().atMost(Duration.ofSeconds(10)).until(() -> rows(robot, WireEvent.Frame.class) > 3);
    // Beside push, the companion polls the same feed once a second.
    await().atMost(Duration.ofSeconds(10)).until(() -> context.companion().mode() == FeedMode.POLL
        && rows(robot, WireEvent.Exchange.class) > 1);

    // The feed switched to polling: the companion becomes push, the pane shows its handshake.
    // Pressed in place: the wire window may cover the dashboard's button.
    robot.interact(() -> robot.lookup("#poll-mode").queryAs(ToggleButton.class).fire());
    await().atMost(Duration.ofSeconds(10)).until(() -> context.companion().mode() == FeedMode.WS);
    await().atMost(Duration.ofSeconds(10)).until(() ->
        text(robot, "#wire-accept-check").startsWith("✓") && companionEvents() > 0);

    // Escape closes it.
    robot.interact(() -> robot.lookup("#wire-root").query().getScene().getWindow()
        .requestFocus());
    robot.interact(() -> javafx.event.Event.fireEvent(robot.lookup("#wire-root").query(),
        new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED, "", "",
            javafx.scene.input.KeyCode.ESCAPE, false, false, false, false)));
    await().atMost(Duration.ofSeconds(5)).until(() -> !context.wireLog().isOpen()
        && context.companion().mode() == null);
    assertThat(context.wireLog().since(0).events()).isEmpty();
  }
}
