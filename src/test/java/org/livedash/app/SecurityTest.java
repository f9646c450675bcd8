package org.livedash.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import org.livedash.i18n.Texts;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.livedash.feed.FeedEndpoints;
import org.livedash.model.ConnectionState;
import org.livedash.model.ConnectionStatus;
import org.livedash.model.FeedMode;
import org.livedash.server.DemoFeedConfig;
import org.livedash.server.FeedServer;
import org.livedash.server.ServerAccess;
import org.livedash.transport.Credentials;
import org.livedash.transport.TlsTrust;
import org.livedash.client.FeedAccess;
import org.livedash.client.LaunchOptions;
import org.livedash.client.AppContext;
import org.livedash.cli.Main;

/**
 * TLS and tokens against the demo server with a real certificate made for the test (by the
 * JDK's keytool): a self-signed certificate is refused until trusted with --ca-file, host names
 * are verified, a missing or wrong token stops the client with a clear line, a foreign web
 * origin is refused, and the token never reaches a log line, the console or the stats file.
 */
class SecurityTest {
  private static final String TOKEN = "t0k3n-Zq81-never-printed";
  private static final String PASSWORD = "test-keystore-password";

  @TempDir
  static Path dir;
  private static Path caPem;
  private static FeedServer server;

  @BeforeAll
  static void startTlsServer() throws Exception {
    Path store = dir.resolve("feed.p12");
    caPem = dir.resolve("feed.pem");
    keytool("-genkeypair", "-alias", "feed", "-keyalg", "EC", "-groupname", "secp256r1",
        "-dname", "CN=localhost", "-ext", "SAN=dns:localhost", "-validity", "2",
        "-keystore", store.toString(), "-storetype", "PKCS12",
        "-storepass", PASSWORD, "-keypass", PASSWORD);
    keytool("-exportcert", "-rfc", "-alias", "feed", "-keystore", store.toString(),
        "-storepass", PASSWORD, "-file", caPem.toString());
    ServerAccess access = new ServerAccess(store, PASSWORD.toCharArray(), TOKEN,
        List.of("https://allowed.example"), 100);
    server = new FeedServer(DemoFeedConfig.defaults().withRate(20), access).start();
  }

  @AfterAll
  static void stopServer() throws Exception {
    server.close();
  }

  private static void keytool(String... args) throws Exception {
    String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
    List<String> command = new java.util.ArrayList<>(List.of(keytool));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes());
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(output).isZero();
  }

  private static String url(String host) {
    return "wss://" + host + ":" + server.port() + "/feed";
  }

  private static AppContext connect(String host, FeedMode mode, FeedAccess access)
      throws Exception {
    return AppContext.start(new LaunchOptions(FeedEndpoints.fromUrl(url(host)), mode,
        Duration.ofMillis(100), LaunchOptions.Theme.DARK, 10, null, null, true, false, access,
        null, null));
  }

  private static FeedAccess trusted(String token) {
    return new FeedAccess(Credentials.of(token, List.of()), TlsTrust.fromPem(caPem));
  }

  private static void awaitStatus(AppContext c, ConnectionState state, String... words) {
    await().atMost(Duration.ofSeconds(15)).until(() -> {
      ConnectionStatus s = c.supervisor().status();
      return s.state() == state && List.of(words).stream().allMatch(Texts.of(s.detail())::contains);
    });
  }

  @ParameterizedTest
  @EnumSource(FeedMode.class)
  void connectsOverTlsWithTheTokenAndTheTrustedCertificate(FeedMode mode) throws Exception {
    try (AppContext c = connect("localhost", mode, trusted(TOKEN))) {
      await().atMost(Duration.ofSeconds(15)).until(() -> c.supervisor().status().state()
          == ConnectionState.LIVE && c.stats().of(mode).snapshot(System.nanoTime()).updates()
          > 20);
    }
  }

  @Test
  void aSelfSignedCertificateIsRefusedWithALineThatSaysHowToTrustIt() throws Exception {
    try (AppContext c = connect("localhost", FeedMode.WS,
        new FeedAccess(Credentials.of(TOKEN, List.of()), TlsTrust.standard()))) {
      awaitStatus(c, ConnectionState.RECONNECTING, "not trusted", "--ca-file");
    }
  }

  @Test
  void aCertificateForAnotherHostNameIsRefused() throws Exception {
    try (AppContext c = connect("127.0.0.1", FeedMode.POLL, trusted(TOKEN))) {
      awaitStatus(c, ConnectionState.RECONNECTING, "not for this host name");
    }
  }

  @ParameterizedTest
  @EnumSource(value = FeedMode.class, names = {"WS", "POLL"})
  void aMissingOrWrongTokenStopsWithAClearLine(FeedMode mode) throws Exception {
    try (AppContext none = connect("localhost", mode, trusted(null));
        AppContext wrong = connect("localhost", mode, trusted("not-the-token"))) {
      awaitStatus(none, ConnectionState.DOWN, "401", "--token");
      awaitStatus(wrong, ConnectionState.DOWN, "401", "--token");
    }
  }

  @Test
  void aPageOfAForeignWebOriginIsRefused() throws Exception {
    HttpClient http = HttpClient.newBuilder().sslContext(TlsTrust.fromPem(caPem)).build();
    URI series = URI.create("https://localhost:" + server.port() + "/api/series");
    HttpResponse<String> foreign = http.send(HttpRequest.newBuilder(series)
        .header("Authorization", "Bearer " + TOKEN).header("Origin", "https://evil.example")
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(foreign.statusCode()).isEqualTo(403);
    HttpResponse<String> allowed = http.send(HttpRequest.newBuilder(series)
        .header("Authorization", "Bearer " + TOKEN).header("Origin", "https://allowed.example")
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(allowed.statusCode()).isEqualTo(200);
    HttpResponse<String> noToken = http.send(HttpRequest.newBuilder(series).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(noToken.statusCode()).isEqualTo(401);
    assertThat(noToken.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
  }

  @Test
  void theTokenNeverReachesALogTheConsoleOrTheStatsFile(@TempDir Path out) throws Exception {
    List<String> logged = new CopyOnWriteArrayList<>();
    Handler capture = new Handler() {
      @Override
      public void publish(LogRecord r) {
        logged.add(String.valueOf(r.getMessage()) + " " + java.util.Arrays.toString(
            r.getParameters()) + " " + (r.getThrown() == null ? "" : r.getThrown()));
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    Logger root = Logger.getLogger("");
    Level level = root.getLevel();
    root.addHandler(capture);
    root.setLevel(Level.ALL);
    StringWriter console = new StringWriter();
    Path stats = out.resolve("stats.json");
    try {
      int code = Main.run(new PrintWriter(console), new PrintWriter(console), "--headless",
          "--url", url("localhost"), "--ca-file", caPem.toString(), "--token-file",
          tokenFile(out).toString(),
          "--header", "X-Api-Key: " + TOKEN + "-key", "--exit-after", "3",
          "--stats-out", stats.toString());
      assertThat(code).as(console.toString()).isZero();
    } finally {
      root.removeHandler(capture);
      root.setLevel(level);
    }
    assertThat(Files.readString(stats)).doesNotContain(TOKEN).contains("\"updates\"");
    assertThat(console.toString()).doesNotContain(TOKEN);
    assertThat(logged).isNotEmpty().noneMatch(line -> line.contains(TOKEN));
    assertThat(new FeedAccess(Credentials.of(TOKEN, List.of()), TlsTrust.standard()).toString())
        .doesNotContain(TOKEN).contains("Authorization");
  }

  /** The token in a file of its own, as a user would give it. */
  private static Path tokenFile(Path dir) throws java.io.IOException {
    Path file = dir.resolve("token");
    Files.writeString(file, TOKEN + "\n");
    return file;
  }
}
