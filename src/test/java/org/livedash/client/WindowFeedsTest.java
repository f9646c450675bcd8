package org.livedash.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.livedash.model.ConnectionState;
import org.livedash.server.DemoFeedConfig;
import org.livedash.server.FeedServer;
import org.livedash.settings.SecretKeyring;
import org.livedash.ui.FeedList;

/** Feeds a window opens beside its first, on real servers: each its own, named, closed. */
class WindowFeedsTest {
  @Test
  void aServerAddedIsReadIntoAStoreOfItsOwnNamedByItsAddress() throws Exception {
    try (FeedServer server = new FeedServer(DemoFeedConfig.defaults().withRate(20)).start();
        WindowFeeds feeds = new WindowFeeds(LaunchOptions.defaults(), WindowFeeds.Recording.NONE,
            name -> null, SecretKeyring.none())) {
      FeedList.Feed one = feeds.add(server.url()).get(20, TimeUnit.SECONDS);
      FeedList.Feed two = feeds.add(server.url()).get(20, TimeUnit.SECONDS);
      int port = java.net.URI.create(server.url()).getPort();
      assertThat(one.name()).isEqualTo("local-" + port);
      assertThat(two.name()).as("the same server twice: two names").isEqualTo(one.name() + "-2");
      assertThat(one.store()).isNotSameAs(two.store());
      await().atMost(20, TimeUnit.SECONDS).until(() -> one.stats().totalUpdates(System.nanoTime())
          > 20 && two.stats().totalUpdates(System.nanoTime()) > 20);
      assertThat(one.control().status().state()).isEqualTo(ConnectionState.LIVE);
      assertThat(feeds.figures()).hasSize(2);
      await().atMost(10, TimeUnit.SECONDS).until(() -> server.pushClients() == 2);

      one.pause();
      await().atMost(10, TimeUnit.SECONDS)
          .until(() -> one.control().status().state() == ConnectionState.DOWN);
      assertThat(two.control().status().state()).as("a feed paused alone")
          .isEqualTo(ConnectionState.LIVE);
      one.resume();
      await().atMost(20, TimeUnit.SECONDS)
          .until(() -> one.control().status().state() == ConnectionState.LIVE);

      assertThat(feeds.named()).as("to open again next time")
          .containsExactly(server.url(), server.url());
      feeds.remove(one);
      assertThat(feeds.feeds()).containsExactly(two);
      assertThat(feeds.named()).containsExactly(server.url());
      await("the feed removed is closed").atMost(10, TimeUnit.SECONDS)
          .until(() -> server.pushClients() == 1);
    }
  }

  @Test
  void whatNamesNoFeedFailsWithOneLineAndIsNotListed() {
    try (WindowFeeds feeds = new WindowFeeds(LaunchOptions.defaults(),
        WindowFeeds.Recording.NONE, name -> null, SecretKeyring.none())) {
      assertThatThrownBy(() -> feeds.add("ftp://x").join())
          .isInstanceOf(CompletionException.class)
          .cause().isInstanceOf(IllegalArgumentException.class)
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").isNotBlank());
      assertThatThrownBy(() -> feeds.add("missing-profile.json").join())
          .hasMessageContaining("missing-profile.json");
      assertThat(feeds.feeds()).isEmpty();
    }
  }
}
