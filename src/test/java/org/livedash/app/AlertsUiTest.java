package org.livedash.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.livedash.alert.AlertLog;
import org.livedash.client.AppContext;
import org.livedash.model.AlertRule;
import org.livedash.settings.ViewLibrary;
import org.livedash.testing.NeedsJavaFxText;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A user sets an alert rule from a tile's menu: it is kept in the feed's view and judged at
 * once; the alert shows in the log under the bell, where the user acknowledges it.
 */
@NeedsJavaFxText
@ExtendWith(ApplicationExtension.class)
class AlertsUiTest {
  @TempDir
  static Path config;

  private AppContext context;

  @Start
  void start(Stage stage) throws Exception {
    context = DashboardStage.demo(20, new ViewLibrary(config));
    DashboardStage.show(stage, context);
  }

  @AfterEach
  void close() throws Exception {
    context.close();
  }

  @Test
  void aRuleSetFromATileRaisesAnAlertThatIsAcknowledgedInTheLog(FxRobot robot) {
    await().atMost(Duration.ofSeconds(10)).until(() ->
        robot.lookup("#tile-humidity").tryQuery().isPresent());
    robot.rightClickOn("#tile-humidity");
    robot.clickOn("#tile-alerts-humidity");
    robot.interact(() -> robot.lookup("#rules-kind").queryAs(ComboBox.class)
        .getSelectionModel().select(AlertRule.Kind.OUTSIDE));
    robot.interact(() -> {
      robot.lookup("#rules-low").queryAs(TextInputControl.class).setText("90");
      robot.lookup("#rules-high").queryAs(TextInputControl.class).setText("10");
    });
    robot.clickOn("#rules-add");
    assertThat(robot.lookup("#rules-error").queryLabeled().getText())
        .isEqualTo("the low level of the band must be under its high level");
    robot.interact(() -> {
      robot.lookup("#rules-low").queryAs(TextInputControl.class).setText("-5");
      robot.lookup("#rules-high").queryAs(TextInputControl.class).setText("1");
    });
    // Typed but not added: Apply adds it.
    robot.clickOn("#rules-apply");

    await().atMost(Duration.ofSeconds(10)).until(() -> new ViewLibrary(config)
        .view(AppContext.DEMO_VIEW).alerts().containsKey("humidity"));
    assertThat(new ViewLibrary(config).view(AppContext.DEMO_VIEW).alerts().get("humidity"))
        .containsExactly(AlertRule.outside(-5, 1));
    AlertLog log = context.alerts().log();
    await().atMost(Duration.ofSeconds(10)).until(() -> log.entries().stream()
        .anyMatch(e -> e.alert().rule().equals(AlertRule.outside(-5, 1))));

    robot.clickOn("#alerts-toggle");
    TableView<?> table = robot.lookup("#alert-table").queryAs(TableView.class);
    await().atMost(Duration.ofSeconds(5)).until(() -> !table.getItems().isEmpty());
    // The bell says how many wait (more may come from the demo's own alarm levels).
    await().atMost(Duration.ofSeconds(5)).until(() -> Long.toString(log.unacknowledged())
        .equals(robot.lookup("#alerts-toggle").queryLabeled().getText()));
    // What the log holds as the user clicks (the demo may raise another alarm just after).
    List<AlertLog.Key> keys = log.entries().stream().map(AlertLog.Entry::key).toList();
    robot.clickOn("#alert-acknowledge-all");
    assertThat(log.entries().stream().filter(e -> keys.contains(e.key())).toList())
        .hasSize(keys.size()).allMatch(AlertLog.Entry::acknowledged);
    await().atMost(Duration.ofSeconds(5)).until(() -> table.getItems().stream()
        .map(AlertLog.Entry.class::cast).filter(e -> keys.contains(e.key()))
        .allMatch(AlertLog.Entry::acknowledged));
  }
}
