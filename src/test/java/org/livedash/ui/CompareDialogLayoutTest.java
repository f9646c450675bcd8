package org.livedash.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Alert;
import javafx.scene.control.Labeled;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.livedash.model.WireCount;
import org.livedash.report.ModeResult;
import org.livedash.report.ReportHeader;
import org.livedash.report.ReportPlots;
import org.livedash.i18n.Texts;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.livedash.testing.NeedsJavaFxText;

/**
 * The comparison's dialog on a 1024×640 screen: inside it, its buttons whole, its plots shown at
 * a size whose labels can be read.
 */
@NeedsJavaFxText
@ExtendWith(ApplicationExtension.class)
class CompareDialogLayoutTest {
  private Stage owner;

  @Start
  void start(Stage stage) {
    owner = stage;
    stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.Pane(), 1024, 640));
    stage.show();
  }

  private static ModeResult result(String label, long intervalMillis, long latencyMicros) {
    Histogram h = new Histogram(3_600_000_000L, 3);
    for (int i = 1; i <= 200; i++) {
      h.recordValue(latencyMicros * i / 100);
    }
    return new ModeResult(label, intervalMillis, 10, 200, 0, 0, 0, 16_000, 400, 10, 2, h, 1.0,
        50, new WireCount(15_000, 400, 15_000, 400, 14_000, 200, 0, 200, 10_000_000_000L, 300));
  }

  @Test
  void fitsASmallScreenWithPlotsToRead(FxRobot robot) throws Exception {
    ReportHeader header = new ReportHeader(ZonedDateTime.of(2026, 12, 3, 10, 0, 0, 0,
        ZoneOffset.UTC), "ws://127.0.0.1:8080/feed", "polling every 1000 ms");
    Alert[] shown = new Alert[1];
    robot.interact(() -> shown[0] = CompareDialog.show(owner, List.of(
        result("WebSocket push", 0, 800), result("HTTP polling every 1000 ms", 1000, 500_000),
        result("HTTP long-polling", 0, 1_100)), header, new Rectangle2D(0, 0, 1024, 640)));
    javafx.scene.control.DialogPane pane = shown[0].getDialogPane();
    await().atMost(Duration.ofSeconds(20)).until(() -> WaitForAsyncUtils.asyncFx(() ->
        ((Labeled) pane.lookup("#compare-status")).getText()).get()
        .equals(Texts.get("compare.saveHint")));
    WaitForAsyncUtils.waitForFxEvents();
    double width = pane.getScene().getWidth();
    double height = pane.getScene().getHeight();
    assertThat(width).isLessThanOrEqualTo(1024);
    assertThat(height).isLessThanOrEqualTo(640);
    assertThat(WaitForAsyncUtils.asyncFx(() -> LayoutCheck.problems(pane, width, height)).get())
        .isEmpty();
    for (String id : List.of("#compare-cdf", "#compare-bytes")) {
      ImageView plot = (ImageView) pane.lookup(id);
      assertThat(plot.getImage()).isNotNull();
      // Labels drawn at 11 px or more stay at 10 px or more on screen.
      assertThat(plot.getBoundsInParent().getWidth() / ReportPlots.WIDTH).as(id)
          .isGreaterThanOrEqualTo(0.91);
    }
    robot.interact(shown[0]::close);
  }
}
