package org.livedash.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.livedash.cli.Main;

/**
 * Everything LiveDash writes for a user lives where the user's environment says, resolved one
 * way: a {@code HOME} set elsewhere moves settings and log together, and the XDG variables win.
 */
class UserDirectoriesTest {
  private static UserDirectories on(String os, Map<String, String> env) {
    return new UserDirectories(env::get, os, "/home/from-passwd");
  }

  @Test
  void followsHomeAsTheShellSeesItNotThePasswordDatabase() {
    UserDirectories d = on("Linux", Map.of("HOME", "/srv/kiosk"));
    assertThat(d.config()).isEqualTo(Path.of("/srv/kiosk/.config/livedash"));
    assertThat(d.state()).isEqualTo(Path.of("/srv/kiosk/.local/state/livedash"));
    assertThat(d.recordings()).isEqualTo(Path.of("/srv/kiosk/.local/share/livedash/recordings"));
  }

  @Test
  void theXdgVariablesWin() {
    UserDirectories d = on("Linux", Map.of("HOME", "/srv/kiosk", "XDG_CONFIG_HOME", "/etc/xdg-u",
        "XDG_STATE_HOME", "/var/lib/u", "XDG_DATA_HOME", "/data/u"));
    assertThat(d.config()).isEqualTo(Path.of("/etc/xdg-u/livedash"));
    assertThat(d.state()).isEqualTo(Path.of("/var/lib/u/livedash"));
    assertThat(d.recordings()).isEqualTo(Path.of("/data/u/livedash/recordings"));
  }

  @Test
  void withoutAHomeTheJvmsIsTheLastResortAndOtherSystemsHaveTheirOwnPlaces() {
    assertThat(on("Linux", Map.of()).config())
        .isEqualTo(Path.of("/home/from-passwd/.config/livedash"));
    assertThat(on("Windows 11", Map.of("APPDATA", "C:/Users/u/AppData/Roaming")).config())
        .isEqualTo(Path.of("C:/Users/u/AppData/Roaming", "LiveDash"));
    assertThat(on("Mac OS X", Map.of("HOME", "/Users/u")).state())
        .isEqualTo(Path.of("/Users/u/Library/Logs/LiveDash"));
  }

  @Test
  void theHelpSaysWhere() {
    StringWriter out = new StringWriter();
    Main.run(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), "--help");
    assertThat(out.toString().replaceAll("\\s+", " ")).contains("$XDG_CONFIG_HOME/livedash",
        "$XDG_STATE_HOME/livedash", "$XDG_CACHE_HOME/livedash", "$XDG_DATA_HOME/livedash");
  }
}
