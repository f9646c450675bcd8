package org.livedash.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.livedash.derive.Derivations;
import org.livedash.model.FeedMode;
import org.livedash.model.FeedStats;
import org.livedash.model.SeriesKind;
import org.livedash.model.SeriesMeta;
import org.livedash.model.SeriesStore;
import org.livedash.testing.NeedsJavaFxText;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A derived series defined in the window: a tile of its own, plotted, removed. */
@NeedsJavaFxText
@ExtendWith(ApplicationExtension.class)
class DerivedSeriesUiTest {
  private static final long NOW = System.currentTimeMillis() * 1000;
  private final SeriesStore store = new SeriesStore(1_000);
  private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor();
  private final Derivations derived = new Derivations(thread);
  private DashboardView view;

  @Start
  void start(Stage stage) {
    store.setCatalogue(List.of(
        SeriesMeta.of("BTC-USD", "BTC-USD", "USD", SeriesKind.STOCK, 0, 1e6),
        SeriesMeta.of("BTCUSDT", "BTCUSDT", "USD", SeriesKind.STOCK, 0, 1e6)));
    store.write(w -> {
      for (int i = 0; i < 50; i++) {
        long t = NOW - (50 - i) * 100_000L;
        w.offer("BTC-USD", 2L * i + 1, t, 100_010 + i);
        w.offer("BTCUSDT", 2L * i + 2, t, 100_000 + i);
      }
    });
    DashboardViewModel vm = new DashboardViewModel(new DashboardViewModelTest.FakeControl(),
        new FeedStats(), FeedMode.WS, Duration.ofSeconds(1), System::nanoTime);
    view = new DashboardView(vm, store, ZoneOffset.UTC, true, dark -> { }, "1.2.3");
    view.showDerived(derived.start(20));
    stage.setScene(new Scene(view, 1280, 800));
    stage.show();
    view.start();
  }

  @AfterEach
  void stop() {
    derived.close();
    thread.shutdownNow();
  }

  @Test
  void aSpreadDefinedInTheDialogIsATileAndIsPlottedOnItsChart(FxRobot robot) {
    robot.clickOn("#more-menu");
    robot.clickOn("#open-derived");
    robot.clickOn("#derived-name").write("spread");
    robot.clickOn("#derived-formula").write("BTC-USD - BTCUSDT");
    robot.clickOn("#derived-add");
    await().atMost(5, TimeUnit.SECONDS).until(() -> tile(robot, "spread") != null);
    await().atMost(5, TimeUnit.SECONDS)
        .until(() -> view.marketChart().chart().seriesIds().contains("spread"));
    await().atMost(5, TimeUnit.SECONDS).until(() -> robot.from(tile(robot, "spread"))
        .lookup(".tile-value").queryAll().stream()
        .anyMatch(n -> n instanceof Label l && l.getText().startsWith("10")));
    robot.clickOn("#derived-close");
    robot.rightClickOn(tile(robot, "spread"));
    robot.clickOn("#tile-alerts-spread");
    assertThat(robot.lookup("#notice-text").queryAs(Label.class).getText())
        .as("rules it would not judge are refused in words, never taken silently")
        .contains("derived");
    robot.clickOn("#more-menu");
    robot.clickOn("#open-derived");
    robot.clickOn("#derived-remove-spread");
    await().atMost(5, TimeUnit.SECONDS).until(() -> tile(robot, "spread") == null);
  }

  @Test
  void aFormulaThatDoesNotReadIsSaidAndNothingIsDefined(FxRobot robot) {
    robot.clickOn("#more-menu");
    robot.clickOn("#open-derived");
    robot.clickOn("#derived-name").write("oops");
    robot.clickOn("#derived-formula").write("BTC-USD - coinbase/ETH");
    robot.clickOn("#derived-add");
    Label problem = robot.lookup("#derived-problem").queryAs(Label.class);
    assertThat(problem.getText()).contains("coinbase").contains("ETH");
    assertThat(derived.defined()).isEmpty();
  }

  private static Node tile(FxRobot robot, String id) {
    return robot.lookup(n -> ("tile-" + id).equals(n.getId())).tryQuery().orElse(null);
  }
}
