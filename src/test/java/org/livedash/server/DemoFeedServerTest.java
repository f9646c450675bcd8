package org.livedash.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

class DemoFeedServerTest {
  private DemoFeedServer server;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() throws Exception {
    server = new DemoFeedServer(DemoFeedConfig.defaults().withRate(50)).start();
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
    Thread.sleep(300);
    DecodedFrame f = new FeedCodec().decode(get("/api/updates?after=0&limit=10").body());
    assertThat(f.updates()).hasSize(10);
    for (int i = 0; i < 10; i++) {
      assertThat(f.updates().get(i).seq()).isEqualTo(i + 1);
    }
    assertThat(f.more()).isTrue();
  }

  @Test
  void pollingWithoutAPositionSaysWhereTheFeedStands() throws Exception {
    Thread.sleep(200);
    DecodedFrame f = new FeedCodec().decode(get("/api/updates").body());
    assertThat(f.updates()).isEmpty();
    assertThat(f.last()).isPositive();
  }

  @Test
  void answersBadRequestsWithAJsonError() throws Exception {
    HttpResponse<String> bad = get("/api/updates?after=abc");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(new FeedCodec().decode(bad.body()).errorMessage()).contains("whole numbers");
    assertThat(get("/nothing").statusCode()).isEqualTo(404);
  }

  @Test
  void refusesARateAboveTheFeedLimit() {
    assertThatThrownBy(() -> new DemoFeedServer(DemoFeedConfig.defaults().withRate(10_000)))
        .hasMessageContaining("at most 100000");
  }
}
