package org.livedash.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.livedash.client.SupervisorControl;
import org.livedash.client.LaunchOptions;
import org.livedash.client.AppContext;

/**
 * A profile's secret kept in a real Secret Service: GNOME Keyring on a D-Bus session bus of the
 * test's own (Debian's {@code dbus-daemon} and {@code gnome-keyring-daemon}), read back by
 * LiveDash and, independently, by {@code secret-tool}.
 */
class SecretKeyringTest {
  private static final String BUS_PROPERTY = "DBUS_SESSION_BUS_ADDRESS";
  @TempDir
  static Path dir;
  private static Process bus;
  private static Process keyring;
  private static String address;
  /** Why these tests cannot run on this machine, null when they can. */
  private static String notHere;

  @BeforeAll
  static void startTheKeyring() throws Exception {
    List<String> missing = List.of("dbus-daemon", "gnome-keyring-daemon", "secret-tool").stream()
        .filter(tool -> !Files.isExecutable(Path.of("/usr/bin", tool))).toList();
    // No Maven artifact brings a Secret Service: where none is installed these tests are
    // reported as not run, with the reason, except in CI, which must run them.
    String reason = "no Secret Service here (" + String.join(", ", missing) + " missing:"
        + " apt-get install dbus-daemon gnome-keyring libsecret-tools)";
    assertThat(missing.isEmpty() || !"true".equals(System.getenv("CI"))).as(reason).isTrue();
    if (!missing.isEmpty()) {
      notHere = reason;
      return;
    }
    Path run = Files.createDirectories(dir.resolve("run"));
    Files.createDirectories(dir.resolve("home"));
    address = "unix:path=" + dir.resolve("bus");
    bus = new ProcessBuilder("dbus-daemon", "--session", "--nofork", "--address=" + address)
        .redirectErrorStream(true).redirectOutput(dir.resolve("dbus.log").toFile()).start();
    await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(dir.resolve("bus")));
    ProcessBuilder gk = new ProcessBuilder("gnome-keyring-daemon", "--unlock",
        "--components=secrets", "--foreground")
        .redirectErrorStream(true).redirectOutput(dir.resolve("keyring.log").toFile());
    environment(gk);
    gk.environment().put("XDG_RUNTIME_DIR", run.toString());
    keyring = gk.start();
    keyring.getOutputStream().write("test-password".getBytes(StandardCharsets.UTF_8));
    keyring.getOutputStream().close();
    // Ready once it answers for the Secret Service.
    await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(200))
        .until(() -> run("secret-tool", "search", "service", "nothing").exitValue() <= 1);
    System.setProperty(BUS_PROPERTY, address);
  }

  private static final List<SecretKeyring> OPENED = new java.util.ArrayList<>();

  private static SecretKeyring closeLater(SecretKeyring k) {
    OPENED.add(k);
    return k;
  }

  @org.junit.jupiter.api.BeforeEach
  void onlyWhereThereIsASecretService() {
    org.junit.jupiter.api.Assumptions.assumeTrue(notHere == null, notHere);
  }

  @AfterAll
  static void stopTheKeyring() throws Exception {
    OPENED.forEach(SecretKeyring::close);
    System.clearProperty(BUS_PROPERTY);
    for (Process p : new Process[] {keyring, bus}) {
      if (p != null) {
        p.destroy();
        p.waitFor(5, TimeUnit.SECONDS);
      }
    }
  }

  private static void environment(ProcessBuilder pb) {
    pb.environment().put("DBUS_SESSION_BUS_ADDRESS", address);
    pb.environment().put("HOME", dir.resolve("home").toString());
  }

  private static Process run(String... command) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    environment(pb);
    Process p = pb.start();
    p.getOutputStream().close();
    p.waitFor(10, TimeUnit.SECONDS);
    return p;
  }

  @Test
  void aSecretKeptIsInTheSystemKeyringAndReadBackNextRun() throws Exception {
    SecretKeyring first = closeLater(new SecretKeyring());
    assertThat(first.available()).as(first.whyUnavailable()).isTrue();
    assertThat(first.lookup("Finnhub trades", "token")).isNull();
    first.store("Finnhub trades", "token", "c0ffee-t0ken");
    first.store("Finnhub trades", "token", "c0ffee-t0ken-2");

    SecretKeyring nextRun = closeLater(new SecretKeyring());
    assertThat(nextRun.lookup("Finnhub trades", "token")).isEqualTo("c0ffee-t0ken-2");
    assertThat(nextRun.lookup("Alpaca stocks (IEX)", "token")).isNull();
    Process tool = run("secret-tool", "lookup", "service", SecretKeyring.SERVICE, "account",
        SecretKeyring.account("Finnhub trades", "token"));
    assertThat(new String(tool.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
        .as("the keyring itself holds it").isEqualTo("c0ffee-t0ken-2");
  }

  @Test
  void theDashboardKeepsASecretItWasGivenAndFindsItOnTheNextRun() throws Exception {
    org.livedash.feed.profile.Profile alpaca =
        org.livedash.feed.profile.ProfilePresets.named("Alpaca stocks (IEX)");
    try (AppContext c = AppContext.start(LaunchOptions.defaults());
        SecretKeyring k = new SecretKeyring()) {
      SupervisorControl first = new SupervisorControl(c, k);
      assertThat(first.recall(alpaca).get(10, TimeUnit.SECONDS))
          .isEqualTo(new org.livedash.ui.FeedControl.KnownSecrets(java.util.Set.of(), true));
      first.keep(alpaca, java.util.Map.of("key", "AKID", "secret", "s3cr3t"));
      await().atMost(Duration.ofSeconds(10))
          .until(() -> "s3cr3t".equals(k.lookup(alpaca.destination(), "secret")));
    }
    try (AppContext c = AppContext.start(LaunchOptions.defaults());
        SecretKeyring k = new SecretKeyring()) {
      SupervisorControl nextRun = new SupervisorControl(c, k);
      assertThat(nextRun.hasSecret(alpaca, "key")).isFalse();
      assertThat(nextRun.recall(alpaca).get(10, TimeUnit.SECONDS).names())
          .containsExactlyInAnyOrder("key", "secret");
      assertThat(nextRun.hasSecret(alpaca, "key")).as("known for the run once recalled")
          .isTrue();
      // A profile of another name pointed at the same place is the same destination; one
      // naming the same secrets but pointed elsewhere is not, and is asked.
      assertThat(nextRun.hasSecret(alpaca.withName("mine"), "key")).isTrue();
      assertThat(nextRun.hasSecret(alpaca.withUrl("wss://collector.attacker.example/ws"), "key"))
          .isFalse();
    }
  }

  @Test
  void theLinuxImageKeepsSecretsWithoutJna() throws Exception {
    // The desktop image for Linux leaves JNA out (pom.xml, dist.otherKeyrings): the keyring
    // must still be found with every class the tests have but JNA's.
    String path = System.getProperty("surefire.test.class.path",
        System.getProperty("java.class.path"));
    java.net.URL[] urls = java.util.Arrays.stream(path.split(java.io.File.pathSeparator))
        .filter(e -> !e.contains("/net/java/dev/jna/"))
        .map(e -> {
          try {
            return Path.of(e).toUri().toURL();
          } catch (java.net.MalformedURLException ex) {
            throw new IllegalStateException(ex);
          }
        }).toArray(java.net.URL[]::new);
    try (java.net.URLClassLoader withoutJna = new java.net.URLClassLoader(urls,
        ClassLoader.getPlatformClassLoader())) {
      assertThatThrownBy(() -> Class.forName("com.sun.jna.Native", false, withoutJna))
          .isInstanceOf(ClassNotFoundException.class);
      Thread self = Thread.currentThread();
      ClassLoader was = self.getContextClassLoader();
      self.setContextClassLoader(withoutJna);
      Class<?> type = Class.forName(SecretKeyring.class.getName(), true, withoutJna);
      AutoCloseable k = (AutoCloseable) type.getConstructor().newInstance();
      try {
        java.lang.reflect.Method why = type.getDeclaredMethod("whyUnavailable");
        why.setAccessible(true);
        assertThat(type.getMethod("available").invoke(k)).as("%s", why.invoke(k))
            .isEqualTo(true);
      } finally {
        k.close();
        self.setContextClassLoader(was);
      }
    }
  }

  @Test
  void withoutASessionBusTheKeyringSaysSoInOneLine() {
    String before = System.getProperty(BUS_PROPERTY);
    System.setProperty(BUS_PROPERTY, "unix:path=" + dir.resolve("no-such-bus"));
    try {
      SecretKeyring none = new SecretKeyring();
      assertThat(none.available()).isFalse();
      assertThat(none.whyUnavailable()).startsWith("no system keyring here").doesNotContain("\n");
      assertThat(none.lookup("p", "token")).isNull();
      assertThatThrownBy(() -> none.store("p", "token", "x"))
          .hasMessageStartingWith("the secret cannot be kept: no system keyring here");
    } finally {
      System.setProperty(BUS_PROPERTY, before);
    }
  }
}
