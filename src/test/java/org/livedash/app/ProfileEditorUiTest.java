package org.livedash.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.livedash.feed.mapping.MappingPreview;
import org.livedash.feed.profile.Profile;
import org.livedash.model.FeedMode;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.livedash.testing.NeedsJavaFxText;
import org.livedash.settings.ProfileLibrary;
import org.livedash.client.AppContext;

/**
 * A user makes a profile in the editor for a feed that does not speak the LiveDash protocol —
 * takes its first messages as samples, lets LiveDash infer the mapping, checks the preview —
 * connects with it and sees its data; the profile is on disk for the next start.
 */
@NeedsJavaFxText
@ExtendWith(ApplicationExtension.class)
class ProfileEditorUiTest {
  private static final List<String> PLANT = List.of(
      "{\"kind\":\"reading\",\"sensor\":\"boiler-1\",\"celsius\":\"81.25\","
          + "\"at\":\"2026-12-01T08:00:00.123456Z\"}",
      "{\"kind\":\"reading\",\"sensor\":\"boiler-2\",\"celsius\":\"79.5\","
          + "\"at\":\"2026-12-01T08:00:00.200000Z\"}",
      "{\"kind\":\"reading\",\"sensor\":\"boiler-1\",\"celsius\":\"81.375\","
          + "\"at\":\"2026-12-01T08:00:01.123456Z\"}",
      "{\"kind\":\"status\",\"uptime\":20}");

  @TempDir
  static Path config;

  private AppContext context;
  private VenueServer plant;

  @Start
  void start(Stage stage) throws Exception {
    plant = new VenueServer(PLANT, 0);
    context = DashboardStage.demo(5);
    DashboardStage.show(stage, context).setShelves(new ProfileLibrary(config),
        new org.livedash.ui.KeptPreferences(),
        context.backgroundExecutor());
  }

  @AfterEach
  void close() throws Exception {
    context.close();
    plant.close();
  }

  private static void type(FxRobot robot, String id, String text) {
    // Set at once: typing a whole address key by key is slow and tests nothing more.
    robot.interact(() -> robot.lookup(id).queryAs(TextInputControl.class).setText(text));
  }

  @SuppressWarnings("unchecked")
  private static List<MappingPreview.Row> preview(FxRobot robot) throws Exception {
    return WaitForAsyncUtils.asyncFx(() -> List.copyOf(
        robot.lookup("#editor-preview").queryAs(TableView.class).getItems())).get();
  }

  @Test
  void anAddressPastedThatIsNoLiveDashServerOpensTheEditorOnItAndALiveDashOneConnects(
      FxRobot robot) throws Exception {
    robot.clickOn("#feeds-button");
    type(robot, "#connect-url", plant.origin() + "/plant");
    robot.clickOn("#dialog-connect");
    await().atMost(Duration.ofSeconds(10)).until(() ->
        robot.lookup("#profile-editor").tryQuery().isPresent());
    javafx.scene.control.DialogPane editor =
        robot.lookup("#profile-editor").queryAs(javafx.scene.control.DialogPane.class);
    assertThat(editor.getHeaderText())
        .startsWith("This server does not speak the LiveDash protocol (")
        .contains("127.0.0.1:" + plant.origin().replaceAll(".*:", "") + "/api/series answered"
            + " HTTP 404");
    assertThat(robot.lookup("#editor-url").queryAs(TextInputControl.class).getText())
        .isEqualTo(plant.origin() + "/plant");
    assertThat(plant.requests).as("asked for its catalogue, never connected to as LiveDash")
        .doesNotContain("/plant");
    robot.interact(() -> ((javafx.stage.Stage) editor.getScene().getWindow()).close());
    context.store().read(r -> assertThat(r.indexOf("temperature")).as("the demo goes on")
        .isNotNegative());

    // The window's own server, pasted: a LiveDash server, connected to as one.
    String demo = context.endpoints().websocket().toString();
    type(robot, "#connect-url", demo);
    robot.clickOn("#dialog-connect");
    await().atMost(Duration.ofSeconds(10)).until(() ->
        robot.lookup("#connect-dialog").tryQuery().isEmpty());
    assertThat(robot.lookup("#profile-editor").tryQuery()).isEmpty();
    await().atMost(Duration.ofSeconds(10)).until(() -> context.supervisor().isRunning()
        && context.supervisor().endpoints().websocket().toString().equals(demo));
  }

  @Test
  void anAddressTypedInTheBarThatIsNoLiveDashServerStopsAndOpensTheEditorOnIt(FxRobot robot)
      throws Exception {
    type(robot, "#url-field", plant.origin() + "/plant");
    robot.clickOn("#url-field").type(javafx.scene.input.KeyCode.ENTER);
    await().atMost(Duration.ofSeconds(10)).until(() ->
        robot.lookup("#profile-editor").tryQuery().isPresent());
    javafx.scene.control.DialogPane editor =
        robot.lookup("#profile-editor").queryAs(javafx.scene.control.DialogPane.class);
    assertThat(editor.getHeaderText())
        .startsWith("This server does not speak the LiveDash protocol (");
    assertThat(robot.lookup("#editor-url").queryAs(TextInputControl.class).getText())
        .isEqualTo(plant.origin() + "/plant");
    await().atMost(Duration.ofSeconds(5)).until(() -> !context.supervisor().isRunning());
    assertThat(plant.requests).as("never connected to as a LiveDash feed").doesNotContain("/plant");
    robot.interact(() -> ((javafx.stage.Stage) editor.getScene().getWindow()).close());
    robot.interact(() -> robot.lookup("#connect-dialog").tryQuery().ifPresent(
        p -> ((javafx.stage.Stage) p.getScene().getWindow()).close()));
  }

  @Test
  void aProfileMadeInTheEditorConnectsToAForeignFeedAndIsKept(FxRobot robot) throws Exception {
    robot.clickOn("#feeds-button");
    robot.clickOn("#connect-new");
    type(robot, "#editor-name", "Boiler room");
    type(robot, "#editor-url", plant.origin() + "/plant");
    robot.interact(() -> robot.lookup("#editor-symbols").queryAs(TextInputControl.class)
        .clear());
    robot.clickOn("#editor-sample-live");
    await().atMost(Duration.ofSeconds(10)).until(() -> WaitForAsyncUtils.asyncFx(() ->
        robot.lookup("#editor-sample").queryAs(TextInputControl.class).getText()).get()
        .equals(String.join("\n", PLANT)));
    robot.interact(() -> robot.lookup("#editor-kind")
        .queryAs(javafx.scene.control.ChoiceBox.class).setValue("sensor"));
    robot.clickOn("#editor-infer");
    await().atMost(Duration.ofSeconds(5)).until(() -> preview(robot).size() == 3);
    String problems = WaitForAsyncUtils.asyncFx(() -> robot.lookup("#editor-problems")
        .queryAs(javafx.scene.control.Label.class).getText()).get();
    assertThat(problems).as("the status message is told apart by its kind")
        .startsWith("no rule matches {\"kind\":\"status\"");
    assertThat(preview(robot)).extracting(MappingPreview.Row::series)
        .containsExactly("boiler-1", "boiler-2", "boiler-1");
    assertThat(preview(robot).get(0).value()).isEqualTo("81.25");
    assertThat(preview(robot).get(0).time()).isEqualTo("2026-12-01T08:00:00.123456Z");
    robot.clickOn("#editor-save-connect");

    await().atMost(Duration.ofSeconds(10)).until(() -> {
      int[] size = {0};
      context.store().read(r -> size[0] = r.indexOf("boiler-1") < 0 ? 0
          : r.ring(r.indexOf("boiler-1")).size());
      return size[0] == 2;
    });
    context.store().read(r -> {
      assertThat(r.ring(r.indexOf("boiler-1")).valueAt(1)).isEqualTo(81.375);
      assertThat(r.ring(r.indexOf("boiler-1")).timeAt(0)).isEqualTo(1_796_112_000_123_456L);
      assertThat(r.indexOf("temperature")).as("the demo feed's series are gone").isNegative();
    });
    await().atMost(Duration.ofSeconds(5)).until(() ->
        robot.lookup("#tile-boiler-1").tryQuery().isPresent());
    await().atMost(Duration.ofSeconds(5)).until(() -> WaitForAsyncUtils.asyncFx(() ->
        robot.lookup("#url-field").queryAs(TextInputControl.class).getText()).get()
        .equals(plant.origin() + "/plant"));
    assertThat(context.stats().of(FeedMode.WS).snapshot(System.nanoTime()).updates())
        .as("the figures start over with the new feed: its three readings only").isEqualTo(3);
    context.store().read(r -> assertThat(r.alarms().total()).isZero());
    assertThat(context.mappingTally().unmatchedMessages()).isEqualTo(1);
    await().atMost(Duration.ofSeconds(5)).until(() -> WaitForAsyncUtils.asyncFx(() ->
        robot.lookup("#feed-description").queryLabeled().getText()).get()
        .equals("Boiler room at 127.0.0.1:" + plant.origin().replaceAll(".*:", "")
            + " · 1 message matched no rule"));
    assertThat(context.mappingTally().rejectedValues()).isZero();
    assertThat(plant.requests).contains("/plant");
    await().atMost(Duration.ofSeconds(5)).until(() -> WaitForAsyncUtils.asyncFx(() ->
        robot.lookup("#compare-explain").queryLabeled().getText()).get()
        .startsWith("This feed is pushed only"));
    assertThat(robot.lookup("#compare-button").queryButton().isDisabled())
        .as("nothing to compare a pushed-only feed with").isTrue();
    context.store().read(r -> assertThat(r.meta(r.indexOf("boiler-1")).kind())
        .isEqualTo(org.livedash.model.SeriesKind.SENSOR));

    // The next start finds the profile saved, and the connection among the recent ones.
    ProfileLibrary again = new ProfileLibrary(config);
    assertThat(again.saved()).extracting(Profile::name).containsExactly("Boiler room");
    assertThat(again.saved().get(0).url()).isEqualTo(plant.origin() + "/plant");
    await().atMost(Duration.ofSeconds(5)).until(() -> !again.recent().isEmpty()
        && again.recent().get(0).name().equals("Boiler room"));
  }
}
