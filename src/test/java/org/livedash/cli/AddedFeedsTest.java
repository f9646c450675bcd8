package org.livedash.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.livedash.feed.FeedEndpoints;
import org.livedash.server.DemoFeedConfig;
import org.livedash.server.FeedServer;

/** {@code --add-feed}: more feeds beside the first in one headless run, each with its figures. */
class AddedFeedsTest {
  @TempDir
  Path dir;

  @Test
  void twoServersAreReadAtOnceAndTheReportHasEachOnesFigures() throws Exception {
    try (FeedServer slow = new FeedServer(DemoFeedConfig.defaults().withRate(4)).start();
        FeedServer fast = new FeedServer(DemoFeedConfig.defaults().withRate(40)).start()) {
      Path stats = dir.resolve("stats.json");
      MappingCommandTest.Run run = MappingCommandTest.run("--headless", "--url", slow.url(),
          "--add-feed", fast.url(), "--exit-after", "3", "--stats-out", stats.toString());
      assertThat(run.code()).as(run.err()).isZero();
      String fastView = "url:" + FeedEndpoints.fromUrl(fast.url()).websocket();
      assertThat(run.out()).contains("feed " + fastView + ":");
      JsonNode json = new ObjectMapper().readTree(Files.readString(stats));
      JsonNode feeds = json.get("feeds");
      assertThat(feeds).hasSize(2);
      assertThat(feeds.get(0).get("feed").asText())
          .isEqualTo("url:" + FeedEndpoints.fromUrl(slow.url()).websocket());
      assertThat(feeds.get(1).get("feed").asText()).isEqualTo(fastView);
      assertThat(json.get("updates").asLong()).as("the top level is the first feed's")
          .isEqualTo(feeds.get(0).get("updates").asLong()).isPositive();
      assertThat(feeds.get(1).get("updates").asLong()).as("each its own figures, ten times the"
          + " rate").isGreaterThan(3 * feeds.get(0).get("updates").asLong());
      assertThat(feeds.get(1).get("gaps").asLong()).isZero();
    }
  }

  @Test
  void anAddedFeedThatIsNotLiveSaysWhyAndTheFirstGoesOn() throws Exception {
    int closed;
    try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
      closed = s.getLocalPort();
    }
    try (FeedServer first = new FeedServer(DemoFeedConfig.defaults().withRate(10)).start()) {
      Path stats = dir.resolve("stats.json");
      MappingCommandTest.Run run = MappingCommandTest.run("--headless", "--url", first.url(),
          "--add-feed", "ws://127.0.0.1:" + closed + "/feed", "--exit-after", "2",
          "--stats-out", stats.toString());
      assertThat(run.code()).as(run.err()).isZero();
      String added = run.out().substring(run.out().indexOf("feed url:ws://127.0.0.1:" + closed));
      assertThat(added).as("the added feed's own block says why it is not live")
          .containsPattern("(reconnecting|connecting).*connection refused");
      JsonNode json = new ObjectMapper().readTree(Files.readString(stats));
      assertThat(json.get("updates").asLong()).isPositive();
      assertThat(json.at("/feeds/1/updates").asLong()).isZero();
    }
  }

  @Test
  void aLayoutOpensItsFeedsTheFirstInPlaceOfTheDemo() throws Exception {
    try (FeedServer first = new FeedServer(DemoFeedConfig.defaults().withRate(10)).start();
        FeedServer second = new FeedServer(DemoFeedConfig.defaults().withRate(10)).start()) {
      Path layout = dir.resolve("two.json");
      org.livedash.settings.LayoutFile.write(layout, org.livedash.model.Layout.of("two",
          List.of(first.url(), second.url()), List.of(), List.of(), java.util.Map.of(),
          List.of(), null));
      Path stats = dir.resolve("stats.json");
      MappingCommandTest.Run run = MappingCommandTest.run("--headless", "--layout",
          layout.toString(), "--exit-after", "3", "--stats-out", stats.toString());
      assertThat(run.code()).as(run.err()).isZero();
      JsonNode feeds = new ObjectMapper().readTree(Files.readString(stats)).get("feeds");
      assertThat(feeds).hasSize(2);
      assertThat(feeds.get(0).get("feed").asText()).as("the layout's first, not the demo")
          .isEqualTo("url:" + FeedEndpoints.fromUrl(first.url()).websocket());
      assertThat(feeds.get(1).get("updates").asLong()).isPositive();
      MappingCommandTest.Run both = MappingCommandTest.run("--headless", "--layout",
          layout.toString(), "--url", first.url());
      assertThat(both.code()).isEqualTo(Main.EXIT_USAGE);
      assertThat(both.err().strip().lines()).hasSize(1);
      MappingCommandTest.Run none = MappingCommandTest.run("--layout",
          dir.resolve("none.json").toString());
      assertThat(none.code()).isEqualTo(Main.EXIT_USAGE);
      assertThat(none.err()).contains("No layout at");
    }
  }

  @Test
  void aFeedThatIsNoAddressIsOneLine() {
    MappingCommandTest.Run bad = MappingCommandTest.run("--headless", "--add-feed", "ftp://x");
    assertThat(bad.code()).isEqualTo(Main.EXIT_USAGE);
    assertThat(bad.err().strip().lines()).hasSize(1);
    assertThat(bad.err()).contains("--add-feed ftp://x: ");
    MappingCommandTest.Run missing = MappingCommandTest.run("--headless", "--add-feed",
        dir.resolve("plant.json").toString());
    assertThat(missing.code()).isEqualTo(Main.EXIT_USAGE);
    assertThat(missing.err()).as("a profile file, missing: not taken for an address")
        .contains("cannot be read").doesNotContain("has no host");
  }
}
