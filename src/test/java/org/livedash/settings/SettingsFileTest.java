package org.livedash.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsFileTest {
  @Test
  void savedSettingsComeBackAndNoTemporaryFileIsLeft(@TempDir Path dir) throws Exception {
    SettingsFile file = new SettingsFile(dir.resolve("livedash"));
    assertThat(file.load()).isEqualTo(Settings.DEFAULTS);
    Settings s = new Settings("light", new Settings.Placement(10, 20, 1280, 720, false), "es");
    file.save(s);
    file.save(s.withTheme("dark"));
    assertThat(new SettingsFile(dir.resolve("livedash")).load()).isEqualTo(s.withTheme("dark"));
    assertThat(s.besideOrNone()).isEmpty();
    file.save(s.withBeside(List.of("demo", "ws://127.0.0.1:8080/feed")));
    assertThat(new SettingsFile(dir.resolve("livedash")).load().beside())
        .as("the feeds beside the first, kept for the next start")
        .containsExactly("demo", "ws://127.0.0.1:8080/feed");
    org.livedash.model.Layout.Derived spread = new org.livedash.model.Layout.Derived("spread",
        "coinbase/BTC-USD - binance/BTCUSDT", "USD", "markets", 5.0);
    file.save(s.withDerived(List.of(spread)));
    assertThat(new SettingsFile(dir.resolve("livedash")).load().derivedOrNone())
        .as("the derived series, defined again on the next start").containsExactly(spread);
    try (Stream<Path> files = Files.list(dir.resolve("livedash"))) {
      assertThat(files.map(p -> p.getFileName().toString()).toList())
          .containsExactly("settings.json");
    }
  }

  @Test
  void recordingIsOnByDefaultAndWhatTheFileSaysOfItIsKept(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("settings.json"), "{\"theme\": \"light\"}");
    Settings older = new SettingsFile(dir).load();
    assertThat(older.recordingOrDefaults()).isEqualTo(Settings.Recording.DEFAULTS);
    assertThat(older.recordingOrDefaults().enabled()).isTrue();
    Files.writeString(dir.resolve("settings.json"),
        "{\"recording\": {\"enabled\": false, \"keepHours\": 24}}");
    Settings off = new SettingsFile(dir).load();
    assertThat(off.recordingOrDefaults()).isEqualTo(new Settings.Recording(false, 24.0, 10.0));
    new SettingsFile(dir).save(off.withTheme("dark"));
    assertThat(new SettingsFile(dir).load().recording()).as("kept when the window saves")
        .isEqualTo(off.recording());
  }

  @Test
  void anUnreadableFileIsKeptAsideSaidInOneLineAndTheDefaultsUsed(@TempDir Path dir)
      throws Exception {
    Files.writeString(dir.resolve("settings.json"), "{\"theme\": \"light\", \"window\": {");
    SettingsFile file = new SettingsFile(dir);
    assertThat(file.load()).isEqualTo(Settings.DEFAULTS);
    assertThat(file.problem()).contains("could not be read").contains("starting from the defaults")
        .doesNotContain("\n");
    List<String> names;
    try (Stream<Path> files = Files.list(dir)) {
      names = files.map(p -> p.getFileName().toString()).toList();
    }
    assertThat(names).hasSize(1);
    assertThat(names.get(0)).startsWith("settings.json.unreadable-");
    // Saving now does not touch the file kept aside.
    file.save(Settings.DEFAULTS.withTheme("dark"));
    assertThat(Files.readString(dir.resolve(names.get(0))))
        .isEqualTo("{\"theme\": \"light\", \"window\": {");
  }

  @Test
  void fieldsItDoesNotKnowAreIgnoredNotFatal(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("settings.json"), "{\"theme\":\"light\",\"future\":1}");
    assertThat(new SettingsFile(dir).load().theme()).isEqualTo("light");
  }
}
