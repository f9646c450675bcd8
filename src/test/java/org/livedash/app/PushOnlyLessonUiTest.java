package org.livedash.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import org.livedash.model.Reason;
import java.time.Duration;
import java.util.List;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.livedash.feed.FeedEndpoints;
import org.livedash.feed.profile.Profile;
import org.livedash.model.FeedMode;
import org.livedash.model.ModeStats;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.livedash.testing.NeedsJavaFxText;
import org.livedash.client.FeedAccess;
import org.livedash.client.LaunchOptions;
import org.livedash.client.AppContext;

/**
 * The lesson started on a feed that can only push: it never measures push as polling. The
 * user is offered the demo feed for the lesson — declined, nothing moves; accepted, the lesson
 * polls the demo for real — and the user's feed comes back when the wire view closes.
 */
@NeedsJavaFxText
@ExtendWith(ApplicationExtension.class)
class PushOnlyLessonUiTest {
  private static final String TRADE = "{\"e\":\"trade\",\"s\":\"BTCUSDT\",\"p\":\"97000.5\","
      + "\"q\":\"0.01\",\"T\":" + System.currentTimeMillis() + "}";

  private AppContext context;
  private VenueServer venue;
  private Stage main;
  private org.livedash.ui.DashboardView view;

  @Start
  void start(Stage stage) throws Exception {
    main = stage;
    venue = new VenueServer(List.of(TRADE), 0);
    Profile profile = Profile.parse("""
        {"name": "Trades", "url": "%s/ws", "kind": "stock", "mapping": {"rules": [
          {"when": {"/e": "trade"}, "series": "{/s}", "values": {"price": "/p"},
           "time": {"field": "/T", "unit": "ms"}}]}}
        """.formatted(venue.origin()), Reason.of("verbatim", "test"));
    context = AppContext.start(new LaunchOptions(FeedEndpoints.fromUrl(profile.url()),
        FeedMode.WS, Duration.ofMillis(200), LaunchOptions.Theme.DARK, 0.3, null, null, false,
        false, FeedAccess.standard(), profile, null));
    view = DashboardStage.show(stage, context);
  }

  @AfterEach
  void close() throws Exception {
    context.close();
    venue.close();
  }

  private List<FeedMode> measuredModes() {
    return context.stats().segments().stream().map(ModeStats::mode).toList();
  }

  private void answer(FxRobot robot, String button) {
    await().atMost(Duration.ofSeconds(5)).until(() ->
        robot.lookup("#lesson-push-only").tryQuery().isPresent());
    robot.clickOn(button);
  }

  @Test
  void theLessonRunsOnTheDemoAndTheUsersFeedComesBack(FxRobot robot) throws Exception {
    await().atMost(Duration.ofSeconds(10)).until(() -> context.store().resumePoint().afterSeq() >= 0
        || context.stats().of(FeedMode.WS).snapshot(System.nanoTime()).updates() > 0);
    // As the bar's button does (on a narrow bar it is in the ⋯ menu); the question waits.
    javafx.application.Platform.runLater(view::openLesson);
    answer(robot, "Cancel");
    assertThat(context.speaksLiveDash()).as("declined: the feed stays").isFalse();
    assertThat(measuredModes()).as("nothing measured as polling").containsOnly(FeedMode.WS);

    javafx.application.Platform.runLater(view::openLesson);
    answer(robot, "Run it on the demo feed");
    await().atMost(Duration.ofSeconds(15)).until(() -> context.speaksLiveDash()
        && context.supervisor().status().mode() == FeedMode.POLL
        && context.stats().of(FeedMode.POLL).snapshot(System.nanoTime()).updates() > 2);
    assertThat(WaitForAsyncUtils.asyncFx(() -> robot.lookup("#lesson-title")
        .queryAs(Labeled.class).getText()).get()).isEqualTo("1. Polling once a second");

    robot.interact(() -> Window.getWindows().stream()
        .filter(w -> w != main && w.isShowing() && w instanceof Stage).toList()
        .forEach(Window::hide));
    await().atMost(Duration.ofSeconds(15)).until(() -> !context.speaksLiveDash()
        && context.profile() != null && context.profile().name().equals("Trades")
        && context.supervisor().status().mode() == FeedMode.WS);
    assertThat(venue.requests).as("the user's feed connected again").hasSize(2);
  }
}
