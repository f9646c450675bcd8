package org.livedash.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
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

/** The chart drawn headless (Monocle), from a store the test fills. */
@NeedsJavaFxText
@ExtendWith(ApplicationExtension.class)
class LiveChartTest {
  private static final long T0 = 1_700_000_000_000_000L;
  private final SeriesStore store = new SeriesStore(200_000);
  private final Crosshair crosshair = new Crosshair();
  private LiveChart chart;
  private long seq;

  @Start
  void start(Stage stage) {
    fillBase = T0;
    store.setCatalogue(List.of(
        new SeriesMeta("a", "A", "u", SeriesKind.SENSOR, 0, 100, Double.NaN, 70, Double.NaN, 90),
        SeriesMeta.of("b", "B", "u", SeriesKind.SENSOR, 0, 100)));
    chart = new LiveChart(ZoneOffset.UTC, crosshair);
    chart.setSeries(List.of("a", "b"), List.of(Color.web("#4C9AFF"), Color.web("#F5A623")));
    stage.setScene(new Scene(new StackPane(chart), 900, 320));
    stage.show();
  }

  /** A noisy random walk with spikes and a four-second hole, {@code n} points over a minute. */
  private void fill(int n) {
    Random random = new Random(42);
    double a = 50;
    double b = 30;
    long base = fillBase;
    // The next fill continues in time: a series' time never goes back within a stream.
    fillBase += 60_000_000L;
    for (int i = 0; i < n; i++) {
      long t = base + i * 60_000_000L / n;
      if (t > base + 30_000_000L && t < base + 34_000_000L) {
        continue;
      }
      a += random.nextGaussian() + (random.nextInt(500) == 0 ? 30 : 0);
      b += random.nextGaussian() * 0.3;
      double va = a;
      double vb = b;
      store.write(w -> {
        w.offer("a", ++seq, t, va);
        w.offer("b", ++seq, t, vb);
      });
    }
  }

  private long fillBase = T0;

  private <T> T fx(Callable<T> action) throws Exception {
    return WaitForAsyncUtils.asyncFx(action).get();
  }

  private long frame() throws Exception {
    return fx(() -> {
      store.read(chart::prepare);
      chart.render();
      return chart.redraws();
    });
  }

  private WritableImage snapshot() throws Exception {
    return fx(() -> chart.canvas().snapshot(null, null));
  }

  /**
   * M4 covers exactly the pixels that drawing every sample covers: "identical" means every pixel
   * of the two snapshots has the same colour, to the last bit of every channel (a line is drawn
   * column by column, and a column's four M4 points span what all its samples span).
   */
  @Test
  void decimatedDrawingCoversExactlyThePixelsOfDrawingEveryPoint() throws Exception {
    fill(50_000);
    frame();
    WritableImage decimated = snapshot();
    fx(() -> {
      chart.setDecimated(false);
      return null;
    });
    frame();
    WritableImage everyPoint = snapshot();
    assertThat(differingPixels(decimated, everyPoint, 0)).isZero();
    // And the drawing is not trivially empty: the lines cover many pixels.
    assertThat(nonBackgroundPixels(decimated)).isGreaterThan(2_000);
  }

  /** One frame of the dashboard's: new data waits for a beat. */
  private long frame(boolean beat) throws Exception {
    return fx(() -> {
      store.read(r -> chart.prepare(r, beat));
      chart.render();
      return chart.redraws();
    });
  }

  @Test
  void newDataIsDrawnOnBeatsAndNoSoonerThanAPixelColumnsTime() throws Exception {
    java.util.concurrent.atomic.AtomicLong nanos = new java.util.concurrent.atomic.AtomicLong();
    fx(() -> {
      chart.edge().nanoClock = nanos::get;
      return null;
    });
    fill(1_000);
    long drawn = frame(true);
    fill(10);
    assertThat(frame(false)).as("new data off the beat waits").isEqualTo(drawn);
    nanos.addAndGet(LiveChart.MIN_DATA_REDRAW_NANOS);
    assertThat(frame(true)).as("a minute over some 800 px: a column is over 70 ms")
        .isEqualTo(drawn);
    nanos.addAndGet(100_000_000L);
    long next = frame(true);
    assertThat(next).as("on the beat, once a column's time has passed").isEqualTo(drawn + 1);
    fill(10);
    nanos.addAndGet(1_000_000_000L);
    assertThat(frame(true)).as("nothing more: nothing waits").isEqualTo(next + 1);
    assertThat(frame(true)).isEqualTo(next + 1);
  }

  @Test
  void whenTheFeedFallsSilentTheTimeAxisMovesOnWithTheClock() throws Exception {
    java.util.concurrent.atomic.AtomicLong nanos = new java.util.concurrent.atomic.AtomicLong();
    fx(() -> {
      chart.edge().nanoClock = nanos::get;
      return null;
    });
    fill(1_000);
    frame();
    long end = chart.visibleRange()[1];
    nanos.addAndGet(LiveEdge.STILL_AFTER_NANOS);
    frame();
    assertThat(chart.visibleRange()[1]).as("still within the grace").isEqualTo(end);
    nanos.addAndGet(10_000_000_000L);
    long redraws = frame();
    assertThat(chart.visibleRange()[1]).as("ten seconds later").isEqualTo(end + 10_000_000L);
    assertThat(frame()).as("no redraw while the clock stands").isEqualTo(redraws);
    // New data takes the edge back to the newest sample.
    fill(10);
    frame();
    assertThat(chart.visibleRange()[1]).isLessThanOrEqualTo(fillBase);
  }

  @Test
  void anEmptyChartRedrawsEveryTenSecondsNotAtEveryPixelOfTime() throws Exception {
    java.util.concurrent.atomic.AtomicLong micros = new java.util.concurrent.atomic.AtomicLong(
        T0 + 200_000L);
    fx(() -> {
      chart.edge().wallMicros = micros::get;
      return null;
    });
    frame();
    long redraws = frame();
    // A minute across 900 px is a pixel every 67 ms: a hundred and fifty pass in ten seconds.
    for (int i = 0; i < 97; i++) {
      micros.addAndGet(100_000L);
      assertThat(frame()).as("%d ms on", (i + 1) * 100).isEqualTo(redraws);
    }
    micros.addAndGet(100_000L);
    assertThat(frame()).as("ten seconds on").isEqualTo(redraws + 1);
  }

  @Test
  void seriesInDifferentUnitsGetLanesOfTheirOwn() throws Exception {
    store.setCatalogue(List.of(SeriesMeta.of("a", "A", "°C", SeriesKind.SENSOR, 0, 100),
        SeriesMeta.of("b", "B", "kW", SeriesKind.SENSOR, 0, 100)));
    fill(2_000);
    frame();
    WritableImage image = snapshot();
    double middle = image.getHeight() / 2;
    int[] aRows = rowsOf(image, Color.web("#4C9AFF"));
    int[] bRows = rowsOf(image, Color.web("#F5A623"));
    assertThat(aRows[1]).as("°C drawn in the upper lane").isLessThan((int) middle);
    assertThat(bRows[0]).as("kW drawn in the lower lane").isGreaterThan((int) middle);
    // Each lane is scaled to its own series: B's narrow range still spans a good part of its
    // lane (on one axis with A it takes 19 px).
    assertThat(bRows[1] - bRows[0]).isGreaterThan(45);
  }

  /** The first and last row holding a pixel of this colour (within a small tolerance). */
  private static int[] rowsOf(WritableImage image, Color color) {
    PixelReader r = image.getPixelReader();
    int first = Integer.MAX_VALUE;
    int last = -1;
    // Below the legend, whose colour swatches would count otherwise.
    for (int y = (int) ChartRenderer.TOP; y < (int) image.getHeight(); y++) {
      for (int x = 70; x < (int) image.getWidth() - 20; x++) {
        Color c = r.getColor(x, y);
        if (Math.abs(c.getRed() - color.getRed()) < 0.04
            && Math.abs(c.getGreen() - color.getGreen()) < 0.04
            && Math.abs(c.getBlue() - color.getBlue()) < 0.04) {
          first = Math.min(first, y);
          last = Math.max(last, y);
        }
      }
    }
    return new int[] {first, last};
  }

  @Test
  void anIdleFeedCausesNoRedraws() throws Exception {
    fx(() -> {
      chart.edge().nanoClock = () -> 0L;
      return null;
    });
    fill(1_000);
    long first = frame();
    for (int i = 0; i < 20; i++) {
      frame();
    }
    assertThat(frame()).isEqualTo(first);
    fill(10);
    assertThat(frame()).isEqualTo(first + 1);
  }

  @Test
  void aFeedRestartIsDrawnAsAMarkerAndALineBreak() throws Exception {
    store.write(w -> w.announce("s1", 0, T0));
    fill(200);
    frame();
    WritableImage before = snapshot();
    long first = frame();
    // The server began a new stream half way through the minute shown.
    store.write(w -> w.announce("s2", 0, T0 + 45_000_000L));
    assertThat(frame()).isEqualTo(first + 1);
    WritableImage after = snapshot();
    assertThat(differingPixels(before, after, 2)).isGreaterThan(50);
  }

  @Test
  void handsOverTheSourceTimesOfSamplesDrawnForTheFirstTime() throws Exception {
    fill(100);
    frame();
    fx(() -> {
      chart.drainNewlyDrawn(t -> { });
      return null;
    });
    store.write(w -> {
      w.offer("a", ++seq, T0 + 61_000_000L, 1);
      w.offer("b", ++seq, T0 + 62_000_000L, 2);
    });
    frame();
    List<Long> drawn = new java.util.ArrayList<>();
    fx(() -> {
      chart.drainNewlyDrawn(drawn::add);
      return null;
    });
    assertThat(drawn).containsExactlyInAnyOrder(T0 + 61_000_000L, T0 + 62_000_000L);
  }

  @Test
  void pauseFreezesTheViewWhileDataKeepsArriving(FxRobot robot) throws Exception {
    fill(1_000);
    frame();
    fx(() -> {
      chart.pause();
      return null;
    });
    long paused = frame();
    long[] range = fx(chart::visibleRange);
    long before = store.resumePoint().afterSeq();
    store.write(w -> w.offer("a", ++seq, T0 + 90_000_000L, 1));
    assertThat(frame()).isEqualTo(paused);
    assertThat(store.resumePoint().afterSeq()).isGreaterThan(before);
    fx(() -> {
      chart.backToLive();
      return null;
    });
    frame();
    assertThat(fx(chart::visibleRange)[1]).isGreaterThan(range[1]);
  }

  @Test
  void wheelZoomLeavesLiveAndDoubleClickReturns(FxRobot robot) throws Exception {
    fill(1_000);
    frame();
    robot.moveTo(chart).scroll(2);
    assertThat(chart.liveProperty().get()).isFalse();
    frame();
    long[] zoomed = fx(chart::visibleRange);
    assertThat(zoomed[1] - zoomed[0]).isLessThan(60_000_000L);
    robot.doubleClickOn(chart, MouseButton.PRIMARY);
    assertThat(chart.liveProperty().get()).isTrue();
  }

  @Test
  void theCrosshairFollowsTheMouseAndShowsInTheChart(FxRobot robot) throws Exception {
    fill(1_000);
    frame();
    robot.moveTo(chart);
    assertThat(crosshair.isShown()).isTrue();
    frame();
    assertThat(fx(() -> chart.state().crosshairMicros)).isEqualTo(crosshair.time());
    robot.moveBy(0, 400);
    assertThat(crosshair.isShown()).isFalse();
  }

  @Test
  void anInteractionTakenAwayIsGoneAndOneGivenSeesTheChartsView(FxRobot robot)
      throws Exception {
    fill(1_000);
    frame();
    List<Long> clickedAt = new ArrayList<>();
    ChartPlugin marker = new ChartPlugin() {
      private ChartView view;
      private final javafx.event.EventHandler<javafx.scene.input.MouseEvent> click =
          e -> clickedAt.add(view.timeAt(e.getX()));

      @Override
      public void attach(ChartView v) {
        view = v;
        v.canvas().addEventHandler(javafx.scene.input.MouseEvent.MOUSE_CLICKED, click);
      }

      @Override
      public void detach() {
        view.canvas().removeEventHandler(javafx.scene.input.MouseEvent.MOUSE_CLICKED, click);
      }
    };
    fx(() -> {
      chart.plugins().removeIf(p -> p instanceof Zoomer);
      chart.plugins().add(marker);
      return null;
    });
    robot.moveTo(chart).scroll(2);
    assertThat(chart.liveProperty().get()).as("no zoomer: the wheel does nothing").isTrue();
    robot.clickOn(chart, MouseButton.PRIMARY);
    long[] range = fx(chart::visibleRange);
    assertThat(clickedAt).hasSize(1);
    assertThat(clickedAt.get(0)).isBetween(range[0], range[1]);
    fx(() -> chart.plugins().remove(marker));
    robot.clickOn(chart, MouseButton.PRIMARY);
    assertThat(clickedAt).as("taken away: it hears nothing").hasSize(1);
  }

  /**
   * Pixels that are lit in one image and not the other, or whose colours differ by more than
   * {@code maxChannelDelta} levels in a channel.
   */
  private static int differingPixels(WritableImage a, WritableImage b, int maxChannelDelta) {
    PixelReader ra = a.getPixelReader();
    PixelReader rb = b.getPixelReader();
    int background = ra.getArgb(1, 1);
    int diff = 0;
    for (int y = 0; y < (int) a.getHeight(); y++) {
      for (int x = 0; x < (int) a.getWidth(); x++) {
        int pa = ra.getArgb(x, y);
        int pb = rb.getArgb(x, y);
        int delta = 0;
        for (int shift = 0; shift < 32; shift += 8) {
          delta = Math.max(delta, Math.abs(((pa >>> shift) & 0xff) - ((pb >>> shift) & 0xff)));
        }
        boolean lit = pa != background;
        if (lit != (pb != background) || delta > maxChannelDelta) {
          diff++;
        }
      }
    }
    return diff;
  }

  private static int nonBackgroundPixels(WritableImage image) {
    PixelReader r = image.getPixelReader();
    int background = r.getArgb(1, 1);
    int n = 0;
    for (int y = 0; y < (int) image.getHeight(); y++) {
      for (int x = 0; x < (int) image.getWidth(); x++) {
        if (r.getArgb(x, y) != background) {
          n++;
        }
      }
    }
    return n;
  }
}
