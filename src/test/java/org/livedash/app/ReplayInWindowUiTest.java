package org.livedash.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.livedash.client.AppContext;
import org.livedash.client.FeedAccess;
import org.livedash.client.LaunchOptions;
import org.livedash.client.SupervisorControl;
import org.livedash.model.FeedMode;
import org.livedash.model.SeriesKind;
import org.livedash.model.SeriesMeta;
import org.livedash.model.SeriesStore;
import org.livedash.record.FeedRecorder;
import org.livedash.record.McapReader;
import org.livedash.testing.NeedsJavaFxText;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A recording opened in a window that records its live feed: it plays under the replay bar in
 * place of the live feed (and is not recorded over), is held and played on, is moved with the
 * slider (the charts start afresh where it plays from), and the Live button brings the live feed
 * back.
 */
@NeedsJavaFxText
@ExtendWith(ApplicationExtension.class)
class ReplayInWindowUiTest {
  /** Two minutes, an hour ago: a reading of a furnace every 100 ms. */
  private static final long START = (System.currentTimeMillis() - 3_600_000L) * 1000;
  private static final long MINUTES_2 = 120_000_000L;
  @TempDir
  static Path dir;

  private AppContext context;
  private Path live;

  @Start
  void start(Stage stage) throws Exception {
    live = dir.resolve("live-" + System.nanoTime() + ".mcap");
    context = AppContext.start(new LaunchOptions(null, FeedMode.WS, Duration.ofMillis(200),
        LaunchOptions.Theme.DARK, 20, null, null, false, false, FeedAccess.standard(), null,
        null).recordingTo(live));
    DashboardStage.show(stage, context);
  }

  @AfterEach
  void close() throws Exception {
    if (context != null) {
      context.close();
    }
  }

  private static Path recording() throws Exception {
    Path file = dir.resolve("furnace.mcap");
    if (Files.exists(file)) {
      return file;
    }
    SeriesStore store = new SeriesStore(10_000, () -> START + MINUTES_2 + 1);
    store.setCatalogue(List.of(
        SeriesMeta.of("furnace", "Furnace", "°C", SeriesKind.SENSOR, 0, 1500)));
    FeedRecorder recorder = FeedRecorder.start(file, "test", System::nanoTime);
    store.tap(recorder);
    for (long s = 0; s <= 1200; s++) {
      long seq = s + 1;
      store.write(w -> w.offer("furnace", seq, START + (seq - 1) * 100_000, 900 + seq % 50));
    }
    recorder.close();
    return file;
  }

  /** The first time the store holds of {@code id}, or -1 while it holds none. */
  private long firstTime(String id) {
    long[] first = {-1};
    context.store().read(r -> {
      int i = r.indexOf(id);
      if (i >= 0 && r.ring(i).size() > 0) {
        first[0] = r.ring(i).timeAt(0);
      }
    });
    return first[0];
  }

  private static long edgeOf(org.livedash.ui.chart.LiveChart chart) throws Exception {
    return org.testfx.util.WaitForAsyncUtils.asyncFx(() -> chart.visibleRange()[1]).get();
  }

  @Test
  void aRecordingPlaysUnderTheReplayBarIsHeldMovedAndLeftForTheLiveFeed(FxRobot robot)
      throws Exception {
    await().atMost(Duration.ofSeconds(10)).until(() -> firstTime("humidity") > 0);
    long liveFirst = firstTime("humidity");
    var liveServer = context.endpoints();
    Node bar = robot.lookup("#replay-bar").query();
    assertThat(bar.isVisible()).as("no bar while live").isFalse();
    // A file that is not a recording: said in one line, and the live feed goes on.
    Path bad = Files.writeString(dir.resolve("notes.mcap"), "not a recording");
    SupervisorControl control = new SupervisorControl(context);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> control.replay(bad).get())
        .hasMessageContaining("not an MCAP recording");
    long liveVersion = context.store().version();
    await().atMost(Duration.ofSeconds(5)).until(() -> context.store().version() > liveVersion);
    assertThat(context.replays().current()).isNull();
    // What the file chooser does with the file chosen.
    control.replay(recording()).get();
    await().atMost(Duration.ofSeconds(10)).until(() -> bar.isVisible()
        && firstTime("furnace") == START);
    assertThat(firstTime("humidity")).as("the live feed's series are gone").isEqualTo(-1);
    assertThat(robot.lookup("#replay-name").queryAs(Label.class).getText())
        .isEqualTo("furnace.mcap");

    robot.clickOn("#replay-pause");
    await().atMost(Duration.ofSeconds(5)).until(() -> context.replays().current().paused());
    long held = context.replays().current().nowMicros();
    await().atMost(Duration.ofSeconds(5)).until(() -> robot.lookup("#replay-time")
        .queryAs(Label.class).getText().endsWith(org.livedash.i18n.Texts.get("replay.held")));
    assertThat(context.replays().current().nowMicros()).isEqualTo(held);
    // Held, the charts' edge stands too (it moves by the recording's clock, not this machine's).
    org.livedash.ui.chart.LiveChart chart = robot.lookup(".live-chart")
        .queryAs(org.livedash.ui.chart.LiveChart.class);
    long edge = edgeOf(chart);
    await().during(Duration.ofMillis(2_500)).atMost(Duration.ofSeconds(5))
        .until(() -> edgeOf(chart) == edge);
    robot.clickOn("#replay-pause");
    await().atMost(Duration.ofSeconds(5)).until(() -> !context.replays().current().paused());

    // A click on the slider's track past its middle: the playback starts there.
    var before = context.replays().current();
    Node slider = robot.lookup("#replay-position").query();
    var bounds = slider.localToScreen(slider.getBoundsInLocal());
    robot.clickOn(bounds.getMinX() + bounds.getWidth() * 0.75, bounds.getCenterY());
    await().atMost(Duration.ofSeconds(10)).until(() -> context.replays().current() != before
        && firstTime("furnace") >= START + MINUTES_2 / 2);

    robot.clickOn("#replay-live");
    await().atMost(Duration.ofSeconds(10)).until(() -> context.replays().current() == null
        && !bar.isVisible() && firstTime("humidity") > 0);
    assertThat(firstTime("furnace")).isEqualTo(-1);
    // The live feed went on beside the recording: the same server, its history whole.
    assertThat(context.endpoints()).isEqualTo(liveServer);
    assertThat(firstTime("humidity")).isLessThanOrEqualTo(liveFirst);
    context.close();
    context = null;
    // The live recording kept the live feed, before and after, and none of the recording played.
    boolean humidity = false;
    try (InputStream in = Files.newInputStream(live); McapReader reader = new McapReader(in)) {
      for (McapReader.Message m = reader.next(); m != null; m = reader.next()) {
        assertThat(m.channel().topic()).isNotEqualTo("/furnace");
        humidity |= m.channel().topic().equals("/humidity");
      }
    }
    assertThat(humidity).isTrue();
  }
}
