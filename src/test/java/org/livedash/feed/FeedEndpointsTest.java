package org.livedash.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FeedEndpointsTest {

  @Test
  void derivesEveryEndpointFromAWebSocketUrl() {
    FeedEndpoints e = FeedEndpoints.fromUrl("ws://example.org:9000/feed");
    assertThat(e.websocket()).hasToString("ws://example.org:9000/feed");
    assertThat(e.updates()).hasToString("http://example.org:9000/api/updates");
    assertThat(e.catalogue()).hasToString("http://example.org:9000/api/series");
  }

  @Test
  void acceptsHttpAndBareHostPort() {
    assertThat(FeedEndpoints.fromUrl("https://h:1").websocket()).hasToString("wss://h:1/feed");
    assertThat(FeedEndpoints.fromUrl("h:2").updates()).hasToString("http://h:2/api/updates");
  }

  @Test
  void asksForTheLiveFeedOrAResumePoint() {
    FeedEndpoints e = FeedEndpoints.fromUrl("ws://h:1/feed");
    assertThat(e.websocketAfter(-1)).hasToString("ws://h:1/feed");
    assertThat(e.websocketAfter(0)).hasToString("ws://h:1/feed?after=0");
    assertThat(e.updatesAfter(-1, 10)).hasToString("http://h:1/api/updates?limit=10");
    assertThat(e.updatesAfter(5, 10)).hasToString("http://h:1/api/updates?after=5&limit=10");
  }

  @Test
  void explainsUnusableUrlsInOneLine() {
    assertThatThrownBy(() -> FeedEndpoints.fromUrl("ftp://h/x"))
        .hasMessageContaining("must start with ws://");
    assertThatThrownBy(() -> FeedEndpoints.fromUrl(" ")).hasMessageContaining("empty");
    assertThatThrownBy(() -> FeedEndpoints.fromUrl("ws://bad host/"))
        .hasMessageContaining("not a valid URL");
    assertThatThrownBy(() -> FeedEndpoints.fromUrl("ws:///feed")).hasMessageContaining("no host");
  }

  @Test
  void takesAnExplicitPollingUrl() {
    FeedEndpoints e = FeedEndpoints.fromUrl("ws://h:1/feed").withUpdates("http://other:2/poll");
    assertThat(e.updatesAfter(3, 7)).hasToString("http://other:2/poll?after=3&limit=7");
    assertThatThrownBy(() -> e.withUpdates("ws://x")).hasMessageContaining("http://");
  }
}
