package org.livedash.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.livedash.i18n.Texts;
import org.livedash.ui.DashboardView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.livedash.testing.NeedsJavaFxText;
import org.livedash.client.AppContext;

/** The dashboard built in Spanish, and the bar's switch asking for another language. */
@NeedsJavaFxText
@ExtendWith(ApplicationExtension.class)
class SpanishUiTest {
  private AppContext context;
  private final AtomicReference<Locale> asked = new AtomicReference<>();
  private DashboardView view;
  private Stage stage;

  @Start
  void start(Stage stage) throws Exception {
    this.stage = stage;
    Texts.use(Locale.forLanguageTag("es"));
    context = DashboardStage.demo(5);
    view = DashboardStage.show(stage, context);
    view.setOnLanguage(asked::set);
  }

  @AfterEach
  void close() throws Exception {
    Texts.use(Locale.ENGLISH);
    context.close();
  }

  private static String text(FxRobot robot, String query) throws Exception {
    Callable<String> read = () -> robot.lookup(query).queryAs(Labeled.class).getText();
    return WaitForAsyncUtils.asyncFx(read).get();
  }

  @Test
  void everyVisibleTextOfTheWindowIsSpanish(FxRobot robot) throws Exception {
    await().atMost(Duration.ofSeconds(10)).until(() -> text(robot, "#status-text")
        .equals("En directo"));
    assertThat(text(robot, "#connect-button")).isEqualTo("Desconectar");
    assertThat(text(robot, "#poll-mode")).isEqualTo("consulta");
    assertThat(text(robot, "#stats-now-title")).startsWith("Ahora");
    robot.interact(() -> ((javafx.scene.control.MenuButton) robot.lookup("#language-menu")
        .query()).getItems().get(0).fire());
    assertThat(asked.get()).isEqualTo(Locale.ENGLISH);
  }

  /** Spanish runs longer than English: at a laptop's size nothing is cut or drawn over. */
  @org.junit.jupiter.params.ParameterizedTest(name = "{0}×{1}")
  @org.junit.jupiter.params.provider.CsvSource({"1366, 768", "1920, 1080"})
  void theSpanishWindowFitsWithTheStatsOpen(int width, int height, FxRobot robot)
      throws Exception {
    await().atMost(Duration.ofSeconds(10)).until(() -> text(robot, "#status-text")
        .equals("En directo"));
    robot.interact(() -> {
      stage.setWidth(width);
      stage.setHeight(height);
    });
    WaitForAsyncUtils.waitForFxEvents();
    // Docked from 1340 px wide: both columns of the stats in sight.
    assertThat(robot.lookup("#stats-before-title").tryQuery()).isPresent();
    // The demo names its sensors in Spanish (protocol 1.4, names).
    assertThat(text(robot, "#tile-vibration .tile-name")).startsWith("Vibración");
    javafx.scene.Scene scene = view.getScene();
    assertThat(WaitForAsyncUtils.asyncFx(() -> org.livedash.ui.LayoutCheck.problems(
        scene.getRoot(), scene.getWidth(), scene.getHeight())).get()).isEmpty();
  }
}
