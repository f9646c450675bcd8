package org.livedash.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import org.livedash.model.Reason;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.TreeTableRow;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.livedash.feed.FeedEndpoints;
import org.livedash.feed.mapping.MappingSpec;
import org.livedash.feed.profile.Profile;
import org.livedash.model.FeedMode;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.livedash.testing.NeedsJavaFxText;
import org.livedash.settings.ProfileLibrary;
import org.livedash.client.FeedAccess;
import org.livedash.client.LaunchOptions;
import org.livedash.client.AppContext;

/**
 * A new user connects to a venue in a shape LiveDash has no preset for (Bybit v5 public
 * trades: an acknowledgement, then batches for three symbols) with no mapping written: the
 * message browser opens by itself, and one click on the price plots every symbol.
 */
@NeedsJavaFxText
@ExtendWith(ApplicationExtension.class)
class MessageBrowserUiTest {
  private static final String ACK =
      "{\"success\":true,\"ret_msg\":\"\",\"conn_id\":\"c1\",\"op\":\"subscribe\"}";

  @TempDir
  static Path config;

  private AppContext context;
  private VenueServer venue;

  private static String trades(String symbol, double price, long time) {
    return "{\"topic\":\"publicTrade." + symbol + "\",\"type\":\"snapshot\",\"ts\":" + time
        + ",\"data\":[{\"T\":" + (time - 1) + ",\"s\":\"" + symbol + "\",\"S\":\"Buy\","
        + "\"v\":\"0.010\",\"p\":\"" + price + "\",\"L\":\"PlusTick\",\"i\":\"x" + time
        + "\",\"BT\":false}]}";
  }

  private static final long T0 = System.currentTimeMillis();

  private static final List<String> FIRST = List.of(ACK, trades("BTCUSDT", 96641.44, T0),
      trades("ETHUSDT", 3612.5, T0 + 1), trades("SOLUSDT", 231.17, T0 + 2));

  @Start
  void start(Stage stage) throws Exception {
    venue = new VenueServer(FIRST, 1);
    Profile profile = Profile.parse("""
        {"name": "Bybit spot", "url": "%s/v5/public/spot", "kind": "stock",
         "subscribe": ["{\\"op\\":\\"subscribe\\",\\"args\\":[\\"publicTrade.BTCUSDT\\"]}"]}
        """.formatted(venue.origin()), Reason.of("verbatim", "test"));
    context = AppContext.start(new LaunchOptions(FeedEndpoints.fromUrl(profile.url()),
        FeedMode.WS, Duration.ofMillis(200), LaunchOptions.Theme.DARK, 5, null, null, false,
        false, FeedAccess.standard(), profile, null));
    DashboardStage.show(stage, context).setShelves(new ProfileLibrary(config),
        new org.livedash.ui.KeptPreferences(),
        context.backgroundExecutor());
  }

  @AfterEach
  void close() throws Exception {
    context.close();
    venue.close();
  }

  /** The browser's row showing field {@code shown}, once it is there. */
  @SuppressWarnings("unchecked")
  private static TreeTableRow<Object> row(FxRobot robot, String shown) {
    await().atMost(Duration.ofSeconds(10)).until(() -> WaitForAsyncUtils.asyncFx(() ->
        robot.lookup(".tree-table-row-cell").queryAll().stream().anyMatch(n ->
            ((TreeTableRow<?>) n).getItem() != null && n.lookup(".tree-table-cell") != null
            && shown.equals(((javafx.scene.control.Labeled) n.lookup(".tree-table-cell"))
            .getText()))).get());
    return (TreeTableRow<Object>) robot.lookup(".tree-table-row-cell").queryAll().stream()
        .filter(n -> ((TreeTableRow<?>) n).getItem() != null && shown.equals(
            ((javafx.scene.control.Labeled) n.lookup(".tree-table-cell")).getText()))
        .findFirst().orElseThrow();
  }

  private Set<String> series() {
    Set<String> ids = new java.util.TreeSet<>();
    context.store().read(r -> {
      for (int i = 0; i < r.seriesCount(); i++) {
        ids.add(r.meta(i).id());
      }
    });
    return ids;
  }

  @Test
  void oneClickOnAPricePlotsEverySymbolAndTheProfileKeepsTheRule(FxRobot robot)
      throws Exception {
    await().atMost(Duration.ofSeconds(10)).until(() ->
        robot.lookup("#messages-toggle").queryAs(ToggleButton.class).isSelected());
    assertThat(series()).as("nothing is mapped yet").isEmpty();
    robot.clickOn(row(robot, "data[] › p"));
    await().atMost(Duration.ofSeconds(5)).until(() -> context.profile().mapping() != null);
    MappingSpec.Rule rule = context.profile().mapping().rules().get(0);
    assertThat(rule.each()).isEqualTo("/data");
    assertThat(rule.series()).isEqualTo("{/s}");
    assertThat(context.profile().mapping().control()).extracting(MappingSpec.Signal::when)
        .containsExactly(java.util.Map.of("/op", "subscribe"));

    venue.send(trades("BTCUSDT", 96650.5, T0 + 10));
    venue.send(trades("ETHUSDT", 3613.25, T0 + 11));
    venue.send(trades("SOLUSDT", 231.2, T0 + 12));
    await().atMost(Duration.ofSeconds(10)).until(() ->
        series().equals(Set.of("BTCUSDT", "ETHUSDT", "SOLUSDT")));
    context.store().read(r -> {
      assertThat(r.ring(r.indexOf("ETHUSDT")).valueAt(0)).isEqualTo(3613.25);
      assertThat(r.ring(r.indexOf("ETHUSDT")).volumeAt(0)).as("the trade's size, its volume")
          .isEqualTo(0.01);
    });
    assertThat(rule.volume()).isEqualTo("/v");
    for (String symbol : List.of("BTCUSDT", "ETHUSDT", "SOLUSDT")) {
      await().atMost(Duration.ofSeconds(5)).until(() -> robot.lookup("#tile-" + symbol)
          .tryQuery().map(n -> n.getPseudoClassStates().stream()
              .anyMatch(p -> p.getPseudoClassName().equals("plotted"))).orElse(false));
    }

    // A second click on the same kind of message: the size beside the price, named by value.
    robot.clickOn(row(robot, "data[] › v"));
    await().atMost(Duration.ofSeconds(5)).until(() ->
        context.profile().mapping().rules().get(0).values().size() == 2);
    venue.send(trades("BTCUSDT", 96660.0, T0 + 20));
    await().atMost(Duration.ofSeconds(10)).until(() -> series().containsAll(
        Set.of("BTCUSDT:p", "BTCUSDT:v")));
    await().atMost(Duration.ofSeconds(5)).until(() -> !series().contains("BTCUSDT"));
    assertThat(series()).as("the series the rule no longer gives are let go")
        .doesNotContain("ETHUSDT", "SOLUSDT");

    robot.clickOn("#browser-save");
    await().atMost(Duration.ofSeconds(5)).until(() ->
        !new ProfileLibrary(config).saved().isEmpty());
    Profile kept = new ProfileLibrary(config).saved().get(0);
    assertThat(kept.mapping().rules().get(0).values()).containsOnlyKeys("p", "v");
    assertThat(kept.toJson()).doesNotContain("liveDash", "embeddedDemo");
  }
}
