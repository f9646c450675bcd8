package org.livedash.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.livedash.model.FeedView;
import org.livedash.model.SeriesMeta;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.livedash.testing.NeedsJavaFxText;
import org.livedash.settings.ViewLibrary;
import org.livedash.client.AppContext;

/**
 * A user renames a series, gives it their own alarm level from the tile's menu, and puts
 * another series on the chart: the readings are judged by the new level at once, and the next
 * run finds the feed as it was left.
 */
@NeedsJavaFxText
@ExtendWith(ApplicationExtension.class)
class SeriesSettingsUiTest {
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

  private SeriesMeta meta(String id) {
    SeriesMeta[] m = new SeriesMeta[1];
    context.store().read(r -> m[0] = r.indexOf(id) < 0 ? null : r.meta(r.indexOf(id)));
    return m[0];
  }

  private long alarmsOf(String id) {
    long[] n = new long[1];
    context.store().read(r -> n[0] = r.alarms().counts().getOrDefault(id, 0L));
    return n[0];
  }

  @Test
  void aSeriesRenamedAndGivenAnAlarmLevelIsJudgedByItAndKept(FxRobot robot) {
    await().atMost(Duration.ofSeconds(10)).until(() ->
        robot.lookup("#tile-humidity").tryQuery().isPresent());
    robot.rightClickOn("#tile-humidity");
    robot.clickOn("Name, unit and thresholds…");
    robot.interact(() -> {
      robot.lookup("#series-name").queryAs(TextInputControl.class).setText("Hall humidity");
      robot.lookup("#series-warn-high").queryAs(TextInputControl.class).setText("");
      robot.lookup("#series-alarm-high").queryAs(TextInputControl.class).setText("abc");
    });
    robot.clickOn("#series-apply");
    assertThat(robot.lookup("#series-error").queryLabeled().getText())
        .isEqualTo("\"abc\" is not a number for alarm above; leave it blank for none");
    robot.interact(() -> robot.lookup("#series-alarm-high").queryAs(TextInputControl.class)
        .setText("-1"));
    robot.clickOn("#series-apply");

    await().atMost(Duration.ofSeconds(10)).until(() -> meta("humidity") != null
        && meta("humidity").name().equals("Hall humidity"));
    assertThat(meta("humidity").alarmHigh()).isEqualTo(-1.0);
    assertThat(meta("humidity").warnHigh()).isNaN();
    await().atMost(Duration.ofSeconds(10)).until(() -> alarmsOf("humidity") > 0);

    robot.clickOn("#tile-pressure");
    await().atMost(Duration.ofSeconds(5)).until(() -> {
      FeedView kept = new ViewLibrary(config).view(AppContext.DEMO_VIEW);
      return kept.sensorChart() != null && kept.sensorChart().contains("pressure");
    });
    FeedView kept = new ViewLibrary(config).view(AppContext.DEMO_VIEW);
    assertThat(kept.series().get("humidity").name()).isEqualTo("Hall humidity");
    assertThat(kept.series().get("humidity").thresholds().alarmHigh()).isEqualTo(-1.0);
    assertThat(kept.windowSeconds()).isEqualTo(60);
  }
}
