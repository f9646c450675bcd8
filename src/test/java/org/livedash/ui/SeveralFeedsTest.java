package org.livedash.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.livedash.model.ConnectionState;
import org.livedash.model.ConnectionStatus;
import org.livedash.model.FeedMode;
import org.livedash.model.FeedStats;
import org.livedash.model.Reason;
import org.livedash.model.SeriesKind;
import org.livedash.model.SeriesMeta;
import org.livedash.model.SeriesStore;
import org.livedash.testing.NeedsJavaFxText;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Several feeds in one window: each feed's tiles named by it, dimmed alone, removed whole. */
@NeedsJavaFxText
@ExtendWith(ApplicationExtension.class)
class SeveralFeedsTest {
  private static final long NOW = System.currentTimeMillis() * 1000;
  private final SeriesStore first = new SeriesStore(1_000);
  private final Listed feeds = new Listed();
  private final DashboardViewModelTest.FakeControl firstControl =
      new DashboardViewModelTest.FakeControl();
  private final DashboardViewModelTest.FakeControl plantControl =
      new DashboardViewModelTest.FakeControl();
  private DashboardView view;

  @Start
  void start(Stage stage) {
    first.setCatalogue(List.of(SeriesMeta.of("temp", "Temperature", "°C", SeriesKind.SENSOR,
        0, 40)));
    first.write(w -> w.offer("temp", 1, NOW - 1_000_000, 20));
    SeriesStore plant = new SeriesStore(1_000);
    plant.setCatalogue(List.of(
        SeriesMeta.of("temp", "Temperature", "°C", SeriesKind.SENSOR, 0, 40),
        SeriesMeta.of("BTC", "Bitcoin", "USD", SeriesKind.STOCK, 0, 100_000)));
    plant.write(w -> {
      w.offer("temp", 1, NOW - 1_000_000, 21);
      w.offer("BTC", 2, NOW - 1_000_000, 60_000);
    });
    long live = System.nanoTime();
    firstControl.status = new ConnectionStatus(ConnectionState.LIVE, FeedMode.WS,
        Reason.of("verbatim", "ok"), 0, live, 0);
    // The feed beside it is down: only its tiles may be dimmed.
    plantControl.status = new ConnectionStatus(ConnectionState.RECONNECTING, FeedMode.WS,
        Reason.of("verbatim", "connection refused"), live + 5_000_000_000L, live, 2);
    feeds.list.add(new Listed.Feed("plant", plantControl, plant));
    feeds.known.addAll(feeds.list);
    DashboardViewModel vm = new DashboardViewModel(firstControl, new FeedStats(), FeedMode.WS,
        Duration.ofSeconds(1), System::nanoTime);
    view = new DashboardView(vm, first, ZoneOffset.UTC, true, dark -> { }, "1.2.3");
    view.showFeedsBeside(feeds);
    stage.setScene(new Scene(view, 1280, 800));
    stage.show();
    view.start();
  }

  @Test
  void eachFeedsSeriesAreShownNamedByItsFeedAndOnlyTheDownFeedIsDimmed(FxRobot robot) {
    await().atMost(5, TimeUnit.SECONDS).until(() -> tile(robot, "plant/temp") != null);
    assertThat(tile(robot, "temp")).isNotNull();
    assertThat(tile(robot, "plant/BTC")).isNotNull();
    assertThat(robot.lookup("#feed-plant").tryQuery()).as("the feed's chip").isPresent();
    await().atMost(5, TimeUnit.SECONDS).until(() -> stale(tile(robot, "plant/temp")));
    assertThat(stale(tile(robot, "plant/BTC"))).isTrue();
    assertThat(stale(tile(robot, "temp"))).as("the first feed is live").isFalse();
  }

  @Test
  void aTileOfAFeedBesidePlotsItsSeriesOnTheChartOfItsKind(FxRobot robot) {
    await().atMost(5, TimeUnit.SECONDS).until(() -> tile(robot, "plant/temp") != null);
    robot.clickOn(tile(robot, "plant/temp"));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(view.sensorChart().chart().seriesIds()).contains("temp", "plant/temp");
    await().atMost(5, TimeUnit.SECONDS).until(() -> view.sensorChart().chart().showsData());
  }

  @Test
  void removingAFeedTakesItsTilesAndChipAway(FxRobot robot) {
    await().atMost(5, TimeUnit.SECONDS).until(() -> tile(robot, "plant/temp") != null);
    Node chip = robot.lookup("#feed-plant").query();
    robot.clickOn(robot.from(chip).lookup(".button").queryAll().stream()
        .reduce((a, b) -> b).orElseThrow());
    await().atMost(5, TimeUnit.SECONDS).until(() -> tile(robot, "plant/temp") == null);
    assertThat(feeds.list).isEmpty();
    assertThat(tile(robot, "temp")).isNotNull();
    assertThat(robot.lookup("#feed-strip").query().isVisible()).as("no feed beside: hidden")
        .isFalse();
  }

  @Test
  void aValueOfTheDownFeedOnABigNumberIsDimmedWithItsAgeAsItsTileIs(FxRobot robot) {
    await().atMost(5, TimeUnit.SECONDS).until(() -> tile(robot, "plant/temp") != null);
    robot.clickOn("#sensors-options");
    robot.moveTo("#sensors-split-columns", org.testfx.robot.Motion.DIRECT);
    robot.moveTo("#sensors-split-columns-number", org.testfx.robot.Motion.HORIZONTAL_FIRST);
    robot.clickOn();
    robot.drag(tile(robot, "plant/temp")).dropTo("#number-1");
    await().atMost(5, TimeUnit.SECONDS).until(() -> ((javafx.scene.control.Label) robot
        .lookup("#number-1-age").query()).getText().endsWith(
            org.livedash.i18n.Texts.get("tile.age", "").strip()));
    assertThat(robot.lookup("#number-1-value").query().getOpacity()).isLessThan(1);
    // The first feed's value: dimmed exactly when its tile is.
    robot.drag(tile(robot, "temp")).dropTo("#number-1");
    await().atMost(5, TimeUnit.SECONDS).until(() -> ((javafx.scene.control.Label) robot
        .lookup("#number-1-age").query()).getText().isEmpty() == !stale(tile(robot, "temp"))
        && robot.lookup("#number-1-value").query().getOpacity() < 1
            == stale(tile(robot, "temp")));
  }

  @Test
  void thePushVsPollingPanelSpeaksOfTheFeedChosen(FxRobot robot) {
    Listed.Feed plant = (Listed.Feed) feeds.list.get(0);
    plant.stats.enter(FeedMode.WS, System.nanoTime(), NOW);
    plant.stats.currentSegment().orElseThrow().recordGap(37);
    if (!view.statsShown()) {
      robot.interact(view::toggleStats);
    }
    await().atMost(5, TimeUnit.SECONDS).until(() -> robot.lookup("#stats-feed").tryQuery()
        .map(Node::isVisible).orElse(false));
    assertThat(gaps(robot)).as("the first feed's figures").isNotEqualTo("37");
    choose(robot, "plant");
    await().atMost(5, TimeUnit.SECONDS).until(() -> "37".equals(gaps(robot)));
    choose(robot, org.livedash.i18n.Texts.get("stats.feed.first"));
    await().atMost(5, TimeUnit.SECONDS).until(() -> !"37".equals(gaps(robot)));
  }

  /** Picks {@code feed} in the panel's list (not the chip of the same name). */
  private void choose(FxRobot robot, String feed) {
    robot.clickOn("#stats-feed");
    robot.clickOn(robot.lookup((Node n) -> n instanceof javafx.scene.control.Labeled l
        && feed.equals(l.getText()) && n.getScene() != view.getScene()).<Node>query());
  }

  private static String gaps(FxRobot robot) {
    return robot.lookup("#stats-now-gaps").tryQuery()
        .map(n -> ((javafx.scene.control.Label) n).getText()).orElse(null);
  }

  @Test
  void pausingAFeedDisconnectsItAndResumingConnectsIt(FxRobot robot) {
    await().atMost(5, TimeUnit.SECONDS).until(() -> tile(robot, "plant/temp") != null);
    Node chip = robot.lookup("#feed-plant").query();
    Node pause = robot.from(chip).lookup(".button").queryAll().iterator().next();
    robot.clickOn(pause);
    await().atMost(5, TimeUnit.SECONDS).until(() -> feeds.list.get(0).paused());
    robot.clickOn(pause);
    await().atMost(5, TimeUnit.SECONDS).until(() -> !feeds.list.get(0).paused());
    assertThat(((Listed.Feed) feeds.list.get(0)).calls).containsExactly("pause", "resume");
  }

  @Test
  void aLayoutTakenFromTheWindowGivesTheSameFeedsAndChartsBack(FxRobot robot) {
    await().atMost(5, TimeUnit.SECONDS).until(() -> tile(robot, "plant/temp") != null);
    robot.clickOn(tile(robot, "plant/temp"));
    WaitForAsyncUtils.waitForFxEvents();
    org.livedash.model.Layout layout = view.layout("plant");
    assertThat(layout.feeds()).as("the first feed's address is no layout's here: kept as it is")
        .containsExactly("", "ws://plant:1/feed");
    assertThat(layout.charts().get(0).series()).containsExactly("temp", "plant/temp");
    robot.clickOn(tile(robot, "plant/temp"));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(view.sensorChart().chart().seriesIds()).containsExactly("temp");
    robot.interact(() -> view.showLayout(layout));
    assertThat(feeds.asked).as("the feed beside opened again, the one there closed")
        .containsExactly("ws://plant:1/feed");
    await().atMost(5, TimeUnit.SECONDS).until(() -> view.sensorChart().chart().seriesIds()
        .equals(List.of("temp", "plant/temp")) && tile(robot, "plant/temp") != null);
  }

  private static Node tile(FxRobot robot, String id) {
    return robot.lookup(n -> ("tile-" + id).equals(n.getId())).tryQuery().orElse(null);
  }

  private static boolean stale(Node tile) {
    return tile != null && tile.getPseudoClassStates().stream()
        .anyMatch(p -> p.getPseudoClassName().equals("stale"));
  }

  /** Feeds the test lists itself, each on a store it fills. */
  private static final class Listed implements FeedList {
    final List<FeedList.Feed> list = new CopyOnWriteArrayList<>();
    final List<String> asked = new CopyOnWriteArrayList<>();
    final List<FeedList.Feed> known = new CopyOnWriteArrayList<>();

    @Override
    public List<FeedList.Feed> feeds() {
      return List.copyOf(list);
    }

    @Override
    public CompletableFuture<FeedList.Feed> add(String what) {
      asked.add(what);
      // A feed this list had is opened again, as the window's own list opens an address.
      for (FeedList.Feed f : known) {
        if (what.equals("ws://" + f.name() + ":1/feed")) {
          list.add(f);
          return CompletableFuture.completedFuture(f);
        }
      }
      return CompletableFuture.failedFuture(new IllegalArgumentException("not here"));
    }

    @Override
    public List<String> named() {
      return list.stream().map(f -> "ws://" + f.name() + ":1/feed").toList();
    }

    @Override
    public void remove(FeedList.Feed feed) {
      list.remove(feed);
    }

    /** One feed: a fake connection, a real store. */
    static final class Feed implements FeedList.Feed {
      final String name;
      final FeedControl control;
      final SeriesStore store;
      final FeedStats stats = new FeedStats();
      final List<String> calls = new CopyOnWriteArrayList<>();
      volatile boolean paused;

      Feed(String name, FeedControl control, SeriesStore store) {
        this.name = name;
        this.control = control;
        this.store = store;
      }

      @Override
      public String name() {
        return name;
      }

      @Override
      public FeedControl control() {
        return control;
      }

      @Override
      public FeedStats stats() {
        return stats;
      }

      @Override
      public SeriesStore store() {
        return store;
      }

      @Override
      public void pause() {
        calls.add("pause");
        paused = true;
      }

      @Override
      public void resume() {
        calls.add("resume");
        paused = false;
      }

      @Override
      public boolean paused() {
        return paused;
      }
    }
  }
}
