package org.livedash.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.livedash.model.ResumePoint;

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
    assertThat(e.websocketAfter(ResumePoint.LIVE)).hasToString("ws://h:1/feed?status=1");
    assertThat(e.websocketAfter(new ResumePoint(0, null)))
        .hasToString("ws://h:1/feed?after=0&status=1");
    assertThat(e.websocketAfter(new ResumePoint(9, "k2")))
        .hasToString("ws://h:1/feed?after=9&stream=k2&status=1");
    assertThat(e.updatesAfter(ResumePoint.LIVE, 10))
        .hasToString("http://h:1/api/updates?limit=10");
    assertThat(e.updatesAfter(new ResumePoint(5, "k2"), 10))
        .hasToString("http://h:1/api/updates?after=5&stream=k2&limit=10");
  }

  @Test
  void keepsAPathPrefixAndTheQueryOnEveryAddress() {
    FeedEndpoints e = FeedEndpoints.fromUrl("wss://proxy.example:443/livedash/feed?tenant=a");
    assertThat(e.websocket()).hasToString("wss://proxy.example:443/livedash/feed?tenant=a");
    assertThat(e.catalogue()).hasToString("https://proxy.example:443/livedash/api/series?tenant=a");
    assertThat(e.time()).hasToString("https://proxy.example:443/livedash/api/time?tenant=a");
    assertThat(e.updatesAfter(new ResumePoint(3, null), 7)).hasToString(
        "https://proxy.example:443/livedash/api/updates?tenant=a&after=3&limit=7");
    FeedEndpoints http = FeedEndpoints.fromUrl("http://h:8/livedash/");
    assertThat(http.websocket()).hasToString("ws://h:8/livedash/feed");
    assertThat(http.updates()).hasToString("http://h:8/livedash/api/updates");
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
    assertThat(e.updatesAfter(new ResumePoint(3, null), 7))
        .hasToString("http://other:2/poll?after=3&limit=7");
    assertThatThrownBy(() -> e.withUpdates("ws://x")).hasMessageContaining("http://");
  }

  @Test
  void aFeedInItsOwnShapeIsOpenedAtExactlyItsAddress() {
    assertThat(FeedEndpoints.exactly("wss://ws.finnhub.io?token=a%20b").websocket())
        .hasToString("wss://ws.finnhub.io/?token=a%20b");
    String binance = "wss://stream.binance.com:9443/stream?streams=a@trade/b@trade";
    assertThat(FeedEndpoints.exactly(binance).websocket()).hasToString(binance);
    assertThat(FeedEndpoints.exactly("wss://ws.kraken.com/v2").websocket())
        .hasToString("wss://ws.kraken.com/v2");
    assertThatThrownBy(() -> FeedEndpoints.exactly("https://example.org/x"))
        .hasMessageContaining("ws:// or wss://");
  }

  @org.junit.jupiter.api.Test
  void relaysOfOneFeedAreListedInOrderAndShareTheFirstOnesAddresses() {
    FeedEndpoints set = FeedEndpoints.fromUrls("ws://a:8080/feed, b:8081 ,");
    org.assertj.core.api.Assertions.assertThat(set.relays()).extracting(e -> e.websocket()
        .toString()).containsExactly("ws://a:8080/feed", "ws://b:8081/feed");
    org.assertj.core.api.Assertions.assertThat(set.websocket().toString())
        .isEqualTo("ws://a:8080/feed");
    FeedEndpoints one = FeedEndpoints.fromUrls("ws://a:8080/feed");
    org.assertj.core.api.Assertions.assertThat(one.relays()).containsExactly(one);
    org.assertj.core.api.Assertions.assertThatThrownBy(
        () -> FeedEndpoints.fromUrls("ws://a:1,ftp://b")).hasMessageContaining("ftp://b");
  }
}
