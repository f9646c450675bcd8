package org.livedash.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.livedash.model.SeriesKind;
import org.livedash.model.SeriesMeta;
import org.livedash.model.SeriesStore;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.livedash.testing.NeedsJavaFxText;

/**
 * The scale follows the data, not the thresholds (unless asked); every threshold in view is
 * labelled once, off the data and off the other labels, legible in both themes; a box zooms
 * the values as well as the time.
 */
@NeedsJavaFxText
@ExtendWith(ApplicationExtension.class)
class ChartThresholdsTest {
  private static final long T0 = 1_700_000_000_000_000L;
  private static final Color LINE = Color.web("#4C9AFF");
  private final SeriesStore store = new SeriesStore(10_000);
  private LiveChart chart;

  @Start
  void start(Stage stage) {
    // Humidity around 45 %RH, warned at 60 and alarmed at 70, as the demo's.
    store.setCatalogue(List.of(new SeriesMeta("h", "Humidity", "%RH", SeriesKind.SENSOR, 20, 80,
        30, 60, 25, 70, 1)));
    chart = new LiveChart(ZoneOffset.UTC, new Crosshair());
    chart.setSeries(List.of("h"), List.of(LINE));
    stage.setScene(new Scene(new StackPane(chart), 900, 320));
    stage.show();
    long seq = 0;
    for (int i = 0; i < 600; i++) {
      long t = T0 + i * 100_000L;
      double v = 45 + 3 * Math.sin(i / 20.0);
      long s = ++seq;
      store.write(w -> w.offer("h", s, t, v));
    }
  }

  private <T> T fx(Callable<T> action) throws Exception {
    return WaitForAsyncUtils.asyncFx(action).get();
  }

  private WritableImage draw() throws Exception {
    return fx(() -> {
      store.read(chart::prepare);
      chart.render();
      return chart.canvas().snapshot(null, null);
    });
  }

  @Test
  void theScaleFollowsTheDataAndKeepsTheThresholdsInViewOnlyWhenAsked() throws Exception {
    draw();
    NiceScale data = chart.renderer().layout().scaleOf("%RH");
    assertThat(data.max()).isLessThan(60);
    assertThat(data.min()).isGreaterThan(30);
    assertThat(chart.renderer().thresholdLabels()).isEmpty();
    fx(() -> {
      chart.setThresholdsInScale(true);
      return null;
    });
    draw();
    NiceScale all = chart.renderer().layout().scaleOf("%RH");
    assertThat(all.min()).isLessThanOrEqualTo(25);
    assertThat(all.max()).isGreaterThanOrEqualTo(70);
    assertThat(chart.renderer().thresholdLabels()).hasSize(4);
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void everyLabelIsOnItsOwnGroundOffTheDataAndLegibleInEitherTheme(boolean dark)
      throws Exception {
    ChartPalette palette = dark ? ChartPalette.darkTheme() : ChartPalette.lightTheme();
    fx(() -> {
      chart.setPalette(palette);
      chart.setThresholdsInScale(true);
      return null;
    });
    WritableImage image = draw();
    List<ThresholdLabels.Box> boxes = chart.renderer().thresholdLabels();
    assertThat(boxes).hasSize(4);
    PixelReader px = image.getPixelReader();
    for (ThresholdLabels.Box b : boxes) {
      assertThat(boxes.stream().filter(o -> o != b).noneMatch(b::overlaps)).isTrue();
      int textPixels = 0;
      double darkest = luminance(palette.background());
      double lightest = darkest;
      for (int y = (int) Math.ceil(b.y()); y < (int) (b.y() + b.h()); y++) {
        for (int x = (int) Math.ceil(b.x()); x < (int) (b.x() + b.w()); x++) {
          Color c = px.getColor(x, y);
          assertThat(near(c, LINE)).as("data under the label at %d,%d", x, y).isFalse();
          if (!near(c, palette.background())) {
            textPixels++;
            darkest = Math.min(darkest, luminance(c));
            lightest = Math.max(lightest, luminance(c));
          }
        }
      }
      assertThat(textPixels).as("the label's text").isGreaterThan(40);
      // The text's strongest pixels against the ground: at least 3:1 (WCAG for such labels).
      double contrast = (Math.max(lightest, darkest) + 0.05) / (Math.min(lightest, darkest) + 0.05);
      assertThat(contrast).as("contrast").isGreaterThanOrEqualTo(3);
    }
  }

  @Test
  void aBoxDraggedOverTheChartZoomsItsValuesAndBackToLiveUndoesIt(FxRobot robot)
      throws Exception {
    draw();
    NiceScale before = chart.renderer().layout().scaleOf("%RH");
    Point2D origin = chart.canvas().localToScreen(0, 0);
    double top = chart.canvas().getHeight() * 0.35;
    double bottom = chart.canvas().getHeight() * 0.55;
    robot.drag(origin.add(300, top), MouseButton.SECONDARY).dropTo(origin.add(600, bottom));
    WaitForAsyncUtils.waitForFxEvents();
    draw();
    NiceScale zoomed = chart.renderer().layout().scaleOf("%RH");
    assertThat(zoomed.max() - zoomed.min()).isLessThan((before.max() - before.min()) * 0.6);
    assertThat(zoomed.min()).isGreaterThanOrEqualTo(before.min());
    fx(() -> {
      chart.backToLive();
      return null;
    });
    draw();
    assertThat(chart.renderer().layout().scaleOf("%RH").max()).isEqualTo(before.max());
  }

  private static boolean near(Color a, Color b) {
    return Math.abs(a.getRed() - b.getRed()) < 0.06 && Math.abs(a.getGreen() - b.getGreen()) < 0.06
        && Math.abs(a.getBlue() - b.getBlue()) < 0.06;
  }

  private static double luminance(Color c) {
    return 0.2126 * lin(c.getRed()) + 0.7152 * lin(c.getGreen()) + 0.0722 * lin(c.getBlue());
  }

  private static double lin(double ch) {
    return ch <= 0.03928 ? ch / 12.92 : Math.pow((ch + 0.055) / 1.055, 2.4);
  }
}
