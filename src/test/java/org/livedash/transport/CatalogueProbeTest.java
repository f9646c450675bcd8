package org.livedash.transport;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.livedash.feed.FeedEndpoints;
import org.livedash.i18n.Texts;
import org.livedash.model.Reason;
import org.livedash.server.DemoFeedConfig;
import org.livedash.server.FeedServer;

/**
 * An address typed in is told apart from a feed of its own shape by what its server answers
 * for the catalogue, against real servers: a LiveDash one, and an HTTP server that is not.
 */
class CatalogueProbeTest {
  private final HttpClient http = HttpClient.newHttpClient();
  private final HttpCatalogueSource probe =
      new HttpCatalogueSource(http, Duration.ofSeconds(5), Credentials.NONE);
  private HttpServer other;

  @BeforeEach
  void start() throws Exception {
    other = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    other.createContext("/upgrade/api/series", x -> answer(x, 426, "Upgrade Required"));
    other.createContext("/page/api/series", x -> answer(x, 200, "<html>a shop</html>"));
    other.createContext("/busy/api/series", x -> answer(x, 503, "later"));
    other.createContext("/locked/api/series", x -> answer(x, 401, "who?"));
    other.start();
  }

  private static void answer(com.sun.net.httpserver.HttpExchange x, int status, String body)
      throws java.io.IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    x.sendResponseHeaders(status, bytes.length);
    x.getResponseBody().write(bytes);
    x.close();
  }

  @AfterEach
  void stop() {
    other.stop(0);
  }

  private Reason why(String url) throws Exception {
    return probe.notLiveDash(FeedEndpoints.fromUrl(url)).get(10, TimeUnit.SECONDS);
  }

  private String at(String path) {
    return "ws://127.0.0.1:" + other.getAddress().getPort() + path + "/feed";
  }

  @Test
  void aServerThatAnswersAsNoLiveDashServerDoesIsToldSoAndWhy() throws Exception {
    assertThat(Texts.of(why(at("/upgrade")))).contains("/upgrade/api/series answered HTTP 426");
    assertThat(Texts.of(why(at("/nothing-here")))).contains("answered HTTP 404");
    assertThat(Texts.of(why(at("/page"))))
        .startsWith("what it answered for its catalogue is not one");
  }

  @Test
  void aLiveDashServerOrOneThatMayBeIsConnectedToAsOne() throws Exception {
    try (FeedServer server = new FeedServer(DemoFeedConfig.defaults().withRate(5)).start()) {
      assertThat(why(server.url())).isNull();
    }
    assertThat(why(at("/busy"))).as("in trouble: the connection retries and says so").isNull();
    assertThat(why(at("/locked"))).as("credentials refused: the connection says so").isNull();
    int closed;
    try (ServerSocket s = new ServerSocket(0)) {
      closed = s.getLocalPort();
    }
    assertThat(why("ws://127.0.0.1:" + closed + "/feed")).as("not reached: retried").isNull();
  }
}
