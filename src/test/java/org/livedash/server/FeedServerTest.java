package org.livedash.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.livedash.feed.CatalogueCodec;
import org.livedash.feed.DecodedFrame;
import org.livedash.feed.FeedCodec;
import org.livedash.model.SeriesKind;

class FeedServerTest {
  private FeedServer server;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() throws Exception {
    server = new FeedServer(DemoFeedConfig.defaults().withRate(50)).start();
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
        .build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void servesACatalogueOfSixSensorsAndSixStocks() throws Exception {
    HttpResponse<String> r = get("/api/series");
    assertThat(r.statusCode()).isEqualTo(200);
    var catalogue = new CatalogueCodec().decode(r.body());
    assertThat(catalogue).filteredOn(m -> m.kind() == SeriesKind.SENSOR).hasSize(6);
    assertThat(catalogue).filteredOn(m -> m.kind() == SeriesKind.STOCK).hasSize(6);
    assertThat(catalogue).filteredOn(m -> m.kind() == SeriesKind.SENSOR)
        .allMatch(m -> m.hasThresholds());
  }

  @Test
  void pollingReturnsConsecutiveUpdatesFromHistory() throws Exception {
    await().until(() -> server.lastSeq() > 10);
    DecodedFrame f = new FeedCodec().decode(get("/api/updates?after=0&limit=10").body());
    assertThat(f.updates()).hasSize(10);
    for (int i = 0; i < 10; i++) {
      assertThat(f.updates().get(i).seq()).isEqualTo(i + 1);
    }
    assertThat(f.more()).isTrue();
  }

  @Test
  void pollingWithoutAPositionSaysWhereTheFeedStands() throws Exception {
    await().until(() -> server.lastSeq() > 0);
    DecodedFrame f = new FeedCodec().decode(get("/api/updates").body());
    assertThat(f.updates()).isEmpty();
    assertThat(f.last()).isPositive();
  }

  @Test
  void answersBadRequestsWithAJsonError() throws Exception {
    HttpResponse<String> bad = get("/api/updates?after=abc");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(new FeedCodec().decode(bad.body()).errorMessage()).contains("whole number");
    assertThat(get("/nothing").statusCode()).isEqualTo(404);
  }

  private HttpResponse<String> get(String path, String ifNoneMatch) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
        .header("If-None-Match", ifNoneMatch).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void answersNotModifiedWhenTheClientHasEverything() throws Exception {
    try (FeedServer idle = new FeedServer(DemoFeedConfig.defaults().withRate(1e-9))
        .start()) {
      HttpClient client = HttpClient.newHttpClient();
      URI uri = URI.create("http://127.0.0.1:" + idle.port() + "/api/updates?after=0");
      HttpResponse<String> first = client.send(HttpRequest.newBuilder(uri).build(),
          HttpResponse.BodyHandlers.ofString());
      String etag = first.headers().firstValue("ETag").orElseThrow();
      long last = new FeedCodec().decode(first.body()).last();
      URI next = URI.create("http://127.0.0.1:" + idle.port() + "/api/updates?after=" + last);
      HttpResponse<String> again = client.send(HttpRequest.newBuilder(next)
          .header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(again.statusCode()).isEqualTo(304);
      assertThat(again.body()).isEmpty();
    }
  }

  @Test
  void aChangedFeedAnswersInFullDespiteAnOldTag() throws Exception {
    await().until(() -> server.lastSeq() > 0);
    HttpResponse<String> r = get("/api/updates?after=0", "\"0\"");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(new FeedCodec().decode(r.body()).updates()).isNotEmpty();
  }

  @Test
  void longPollIsHeldUntilDataArrives() throws Exception {
    await().until(() -> server.lastSeq() > 0);
    long last = new FeedCodec().decode(get("/api/updates").body()).last();
    long start = System.nanoTime();
    HttpResponse<String> r = get("/api/updates?after=" + server.lastSeq() + "&wait=10");
    double seconds = (System.nanoTime() - start) / 1e9;
    DecodedFrame f = new FeedCodec().decode(r.body());
    assertThat(f.updates()).isNotEmpty();
    assertThat(f.updates().get(0).seq()).isGreaterThan(last);
    assertThat(seconds).isLessThan(5);
  }

  @Test
  void longPollAnswersEmptyWhenItsTimeIsUp() throws Exception {
    // Idle for sure: each series starts with a random part of one update due, so at 0.001/s one
    // of the twelve could still cross it within the second (about one run in a hundred).
    try (FeedServer idle = new FeedServer(DemoFeedConfig.defaults().withRate(1e-9))
        .start()) {
      HttpClient client = HttpClient.newHttpClient();
      long last = idle.lastSeq();
      URI uri = URI.create("http://127.0.0.1:" + idle.port() + "/api/updates?after=" + last
          + "&wait=1");
      long start = System.nanoTime();
      HttpResponse<String> r = client.send(HttpRequest.newBuilder(uri).build(),
          HttpResponse.BodyHandlers.ofString());
      double seconds = (System.nanoTime() - start) / 1e9;
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(new FeedCodec().decode(r.body()).updates()).isEmpty();
      assertThat(seconds).isGreaterThanOrEqualTo(0.9);
    }
  }

  @Test
  void refusesARateAboveTheFeedLimit() {
    assertThatThrownBy(() -> new FeedServer(DemoFeedConfig.defaults().withRate(10_000)))
        .hasMessageContaining("at most 100000");
  }

  @Test
  void namesItsStreamInEveryPollingAnswerAndItsEntityTag() throws Exception {
    await().until(() -> server.lastSeq() > 0);
    HttpResponse<String> r = get("/api/updates?after=0&limit=5");
    assertThat(new FeedCodec().decode(r.body()).stream()).isEqualTo(server.streamId());
    assertThat(r.headers().firstValue("ETag").orElseThrow()).startsWith("\"" + server.streamId()
        + ":");
    assertThat(get("/api/health").body()).contains(server.streamId());
  }

  @Test
  void tellsAPollingClientWhatItsConnectionCarriedAndCountsItPerMode() throws Exception {
    HttpResponse<String> first = get("/api/updates?after=0&limit=5");
    HttpResponse<String> second = get("/api/updates?after=0&limit=5");
    String a = first.headers().firstValue("LiveDash-Wire").orElseThrow();
    String b = second.headers().firstValue("LiveDash-Wire").orElseThrow();
    // One keep-alive connection: the second report has grown by the first exchange.
    assertThat(a).matches("conn=\\d+; in=\\d+; out=0");
    long conn = Long.parseLong(a.replaceAll("conn=(\\d+);.*", "$1"));
    assertThat(b).startsWith("conn=" + conn + ";");
    long out = Long.parseLong(b.replaceAll(".*out=(\\d+)", "$1"));
    assertThat(out).isGreaterThan(first.body().length());
    assertThat(get("/api/health").body()).contains("\"poll\":{\"connections\":1");
  }

  @Test
  void aClientOfAnotherStreamGetsThisOneFromTheStartOfItsHistory() throws Exception {
    await().until(() -> server.lastSeq() > 20);
    long last = server.lastSeq();
    DecodedFrame other = new FeedCodec().decode(
        get("/api/updates?after=" + (last - 5) + "&stream=gone&limit=3").body());
    assertThat(other.stream()).isEqualTo(server.streamId());
    assertThat(other.updates()).extracting(u -> u.seq()).containsExactly(1L, 2L, 3L);
    DecodedFrame same = new FeedCodec().decode(get("/api/updates?after=" + (last - 5)
        + "&stream=" + server.streamId() + "&limit=3").body());
    assertThat(same.updates().get(0).seq()).isEqualTo(last - 4);
    // A protocol 1.0 client names no stream and is taken at its word.
    DecodedFrame old = new FeedCodec().decode(
        get("/api/updates?after=" + (last - 5) + "&limit=3").body());
    assertThat(old.updates().get(0).seq()).isEqualTo(last - 4);
  }

  @Test
  void aStreamEachStartSoARestartIsAlwaysSeen() throws Exception {
    try (FeedServer other = new FeedServer(DemoFeedConfig.defaults()).start()) {
      assertThat(other.streamId()).isNotEqualTo(server.streamId()).isNotBlank();
    }
  }

  @Test
  void validatesHugeNumbersWithoutOverflow() throws Exception {
    await().until(() -> server.lastSeq() > 0);
    DecodedFrame far = new FeedCodec().decode(
        get("/api/updates?after=" + Long.MAX_VALUE).body());
    assertThat(far.updates()).isEmpty();
    assertThat(far.hasGap()).isFalse();
    assertThat(get("/api/updates?after=0&limit=4294967297").statusCode()).isEqualTo(400);
    assertThat(get("/api/updates?after=99999999999999999999").statusCode()).isEqualTo(400);
    assertThat(get("/api/updates?after=-1").statusCode()).isEqualTo(400);
    assertThat(get("/api/updates?after=0&wait=9223372036854775807").statusCode())
        .isEqualTo(400);
  }
}
