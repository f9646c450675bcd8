package org.livedash.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.livedash.feed.profile.Profile;
import org.livedash.feed.profile.ProfilePresets;
import org.livedash.model.FeedMode;
import org.livedash.model.FeedStats;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.livedash.testing.NeedsJavaFxText;

/** The feeds dialog lists each feed once: a preset used as it is shows among the recent ones. */
@NeedsJavaFxText
@ExtendWith(ApplicationExtension.class)
class ConnectDialogTest {
  private Stage stage;

  /** A shelf with the presets, and the demo and an edited Binance among the recent ones. */
  static final class Shelf implements ProfileShelf {
    final List<Profile> recent = new ArrayList<>();

    @Override
    public List<Profile> presets() {
      return ProfilePresets.all();
    }

    @Override
    public List<Profile> saved() {
      return List.of();
    }

    @Override
    public List<Profile> recent() {
      return recent;
    }

    @Override
    public void save(Profile profile) {}

    @Override
    public void delete(Profile profile) {}

    @Override
    public void remember(Profile profile) {}
  }

  @Start
  void start(Stage stage) {
    this.stage = stage;
    stage.setScene(new Scene(new StackPane(), 400, 300));
    stage.show();
  }

  @Test
  void aPresetUsedAsItIsIsListedOnceAndAnEditedOneBesideItsPreset(FxRobot robot) {
    Shelf shelf = new Shelf();
    Profile demo = ProfilePresets.all().stream().filter(Profile::isEmbeddedDemo).findFirst()
        .orElseThrow();
    Profile binance = ProfilePresets.named("Binance trades");
    shelf.recent.add(demo);
    shelf.recent.add(binance.withUrl(binance.url() + "x"));
    DashboardViewModel vm = new DashboardViewModel(new DashboardViewModelTest.FakeControl(),
        new FeedStats(), FeedMode.WS, Duration.ofSeconds(1), System::nanoTime);
    robot.interact(() -> Platform.runLater(() -> ConnectDialog.show(stage, shelf, vm,
        Runnable::run)));
    WaitForAsyncUtils.waitForFxEvents();
    ListView<?> list = robot.lookup("#profile-list").queryAs(ListView.class);
    List<String> names = list.getItems().stream()
        .map(c -> ((ConnectDialog.Choice) c).source() + ":"
            + ((ConnectDialog.Choice) c).profile().name()).toList();
    assertThat(names).filteredOn(n -> n.endsWith(":" + demo.name()))
        .containsExactly("recent:" + demo.name());
    assertThat(names).filteredOn(n -> n.endsWith(":Binance trades"))
        .containsExactly("recent:Binance trades", "preset:Binance trades");
    robot.type(KeyCode.ESCAPE);
  }

  @Test
  void aBrokerPastedWithAUserIsAskedForItsPassword(FxRobot robot) {
    DashboardViewModel vm = new DashboardViewModel(new DashboardViewModelTest.FakeControl(),
        new FeedStats(), FeedMode.WS, Duration.ofSeconds(1), System::nanoTime);
    robot.interact(() -> Platform.runLater(() -> ConnectDialog.show(stage, new Shelf(), vm,
        Runnable::run)));
    WaitForAsyncUtils.waitForFxEvents();
    robot.interact(() -> robot.lookup("#connect-url").queryAs(
        javafx.scene.control.TextField.class).setText("mqtt://dashboard@broker.plant:1883"));
    assertThat(robot.lookup("#secret-password").tryQuery()).isPresent();
    robot.interact(() -> robot.lookup("#connect-url").queryAs(
        javafx.scene.control.TextField.class).setText("mqtt://broker.plant:1883"));
    assertThat(robot.lookup("#secret-password").tryQuery()).as("anonymous: nothing to ask")
        .isEmpty();
    robot.type(KeyCode.ESCAPE);
  }
}
