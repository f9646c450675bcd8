package org.livedash.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.livedash.model.AlarmWatch;
import org.livedash.model.AlertRule;
import org.livedash.model.SeriesKind;
import org.livedash.model.SeriesMeta;

/**
 * Alerts shown as desktop notifications by a real notification daemon: dunst on a D-Bus session
 * bus and an Xvfb display of the test's own, read back with {@code dunstctl}.
 */
class DesktopNotifierTest {
  private static final String BUS_PROPERTY = "DBUS_SESSION_BUS_ADDRESS";
  private static final SeriesMeta BOILER = SeriesMeta.of("boiler", "Boiler", "°C",
      SeriesKind.SENSOR, 0, 100);
  @TempDir
  static Path dir;
  private static final List<Process> STARTED = new ArrayList<>();
  private static String address;
  private static String notHere;

  @BeforeAll
  static void startTheDaemon() throws Exception {
    List<String> missing = List.of("dbus-daemon", "dunst", "dunstctl", "Xvfb").stream()
        .filter(tool -> !Files.isExecutable(Path.of("/usr/bin", tool))).toList();
    String reason = "no notification daemon here (" + String.join(", ", missing) + " missing:"
        + " apt-get install dbus-daemon dunst xvfb)";
    assertThat(missing.isEmpty() || !"true".equals(System.getenv("CI"))).as(reason).isTrue();
    if (!missing.isEmpty()) {
      notHere = reason;
      return;
    }
    int display = 100;
    while (Files.exists(Path.of("/tmp/.X" + display + "-lock"))) {
      display++;
    }
    Path socket = Path.of("/tmp/.X11-unix/X" + display);
    start(dir.resolve("xvfb.log"), "Xvfb", ":" + display, "-screen", "0", "640x480x24",
        "-nolisten", "tcp");
    await().atMost(Duration.ofSeconds(15)).until(() -> Files.exists(socket));
    address = "unix:path=" + dir.resolve("bus");
    start(dir.resolve("dbus.log"), "dbus-daemon", "--session", "--nofork",
        "--address=" + address);
    await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(dir.resolve("bus")));
    ProcessBuilder dunst = new ProcessBuilder("dunst").redirectErrorStream(true)
        .redirectOutput(dir.resolve("dunst.log").toFile());
    environment(dunst);
    dunst.environment().put("DISPLAY", ":" + display);
    STARTED.add(dunst.start());
    await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(200))
        .until(() -> dunstctl("count", "displayed").matches("\\d+"));
    System.setProperty(BUS_PROPERTY, address);
  }

  private static void start(Path log, String... command) throws IOException {
    STARTED.add(new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start());
  }

  private static void environment(ProcessBuilder pb) throws IOException {
    pb.environment().put(BUS_PROPERTY, address);
    pb.environment().put("HOME", Files.createDirectories(dir.resolve("home")).toString());
    pb.environment().put("XDG_CONFIG_HOME", dir.resolve("home").toString());
  }

  private static String dunstctl(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("dunstctl"));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    environment(pb);
    Process p = pb.start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    p.waitFor(10, TimeUnit.SECONDS);
    return out;
  }

  @AfterAll
  static void stopTheDaemon() throws Exception {
    System.clearProperty(BUS_PROPERTY);
    for (int i = STARTED.size() - 1; i >= 0; i--) {
      STARTED.get(i).destroy();
      STARTED.get(i).waitFor(5, TimeUnit.SECONDS);
    }
  }

  @BeforeEach
  void onlyWhereThereIsADaemon() throws Exception {
    Assumptions.assumeTrue(notHere == null, notHere);
    seen.addAll(shown());
  }

  /** What earlier tests had shown (dunst 1.9 cannot clear its history). */
  private final List<JsonNode> seen = new ArrayList<>();

  private static AlarmWatch.Alarm raised(double value) {
    return new AlarmWatch.Alarm(BOILER, AlertRule.above(80), 1_764_800_000_000_000L, value,
        value, Long.MIN_VALUE);
  }

  /** What dunst showed since the test began: its history once every notification is closed. */
  private List<JsonNode> shown() throws Exception {
    dunstctl("close-all");
    JsonNode history = new ObjectMapper().readTree(dunstctl("history"));
    List<JsonNode> all = new ArrayList<>();
    history.path("data").forEach(page -> page.forEach(all::add));
    all.removeAll(seen);
    return all;
  }

  @Test
  void anAlertRaisedWhileTheWindowIsBehindIsANotification() throws Exception {
    AtomicBoolean inFront = new AtomicBoolean(false);
    DesktopNotifier notifier = new DesktopNotifier(inFront::get, ZoneOffset.UTC);
    try {
      assertThat(notifier.whyUnavailable()).isNull();
      notifier.told(raised(95.5));
      await().atMost(Duration.ofSeconds(10))
          .until(() -> !dunstctl("count", "displayed").equals("0"));
      List<JsonNode> shown = shown();
      assertThat(shown).hasSize(1);
      assertThat(shown.get(0).path("summary").path("data").asText())
          .isEqualTo("Boiler: at or above 80 °C");
      assertThat(shown.get(0).path("body").path("data").asText()).contains("95.5 °C");
      assertThat(shown.get(0).path("appname").path("data").asText()).isEqualTo("LiveDash");
      assertThat(notifier.shown()).isEqualTo(1);
    } finally {
      notifier.close();
    }
  }

  @Test
  void nothingIsShownWhileTheWindowIsInFrontNorWhenAnAlertClears() throws Exception {
    AtomicBoolean inFront = new AtomicBoolean(true);
    DesktopNotifier notifier = new DesktopNotifier(inFront::get, ZoneOffset.UTC);
    try {
      notifier.told(raised(90));
      inFront.set(false);
      AlarmWatch.Alarm on = raised(91);
      notifier.told(new AlarmWatch.Alarm(BOILER, on.rule(), on.startMicros(), 91, 93,
          on.startMicros() + 1));
      assertThat(notifier.shown()).isZero();
      assertThat(shown()).isEmpty();
    } finally {
      notifier.close();
    }
  }
}
