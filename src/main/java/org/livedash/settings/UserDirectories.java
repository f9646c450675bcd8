package org.livedash.settings;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;

/**
 * Where LiveDash keeps what it writes for a user, resolved one way for everything: settings,
 * profiles and views in the configuration directory, the log in the state directory (the
 * start-up archive's cache is resolved the same way by the launcher). On Linux and other
 * Unixes the XDG variables and then {@code $HOME} — as the shell and every other desktop app see
 * them, not the home the password database names; on Windows {@code %APPDATA%} and {@code
 * %LOCALAPPDATA%}; on macOS {@code ~/Library}.
 */
public final class UserDirectories {
  private final Function<String, String> environment;
  private final String os;
  private final String fallbackHome;

  UserDirectories(Function<String, String> environment, String os, String fallbackHome) {
    this.environment = environment;
    this.os = os.toLowerCase(Locale.ROOT);
    this.fallbackHome = fallbackHome;
  }

  /** This process's: its environment, its system, the JVM's home as the last resort. */
  public static UserDirectories system() {
    return new UserDirectories(System::getenv, System.getProperty("os.name", ""),
        System.getProperty("user.home"));
  }

  /** Settings, profiles, views: {@code $XDG_CONFIG_HOME/livedash} or {@code ~/.config/livedash}. */
  Path config() {
    if (windows()) {
      return Path.of(or("APPDATA", home()), "LiveDash");
    }
    if (mac()) {
      return Path.of(home(), "Library", "Application Support", "LiveDash");
    }
    return Path.of(or("XDG_CONFIG_HOME", home() + "/.config"), "livedash");
  }

  /** The log: {@code $XDG_STATE_HOME/livedash} or {@code ~/.local/state/livedash}. */
  public Path state() {
    if (windows()) {
      return Path.of(or("LOCALAPPDATA", home()), "LiveDash", "logs");
    }
    if (mac()) {
      return Path.of(home(), "Library", "Logs", "LiveDash");
    }
    return Path.of(or("XDG_STATE_HOME", home() + "/.local/state"), "livedash");
  }

  /**
   * Recordings: {@code $XDG_DATA_HOME/livedash/recordings} or
   * {@code ~/.local/share/livedash/recordings}.
   */
  public Path recordings() {
    if (windows()) {
      return Path.of(or("LOCALAPPDATA", home()), "LiveDash", "recordings");
    }
    if (mac()) {
      return Path.of(home(), "Library", "Application Support", "LiveDash", "recordings");
    }
    return Path.of(or("XDG_DATA_HOME", home() + "/.local/share"), "livedash", "recordings");
  }

  /** The user's home: {@code $HOME} (or {@code %USERPROFILE%}), else the JVM's. */
  String home() {
    return or(windows() ? "USERPROFILE" : "HOME", fallbackHome);
  }

  private String or(String variable, String otherwise) {
    String v = environment.apply(variable);
    return v != null && !v.isBlank() ? v : otherwise;
  }

  private boolean windows() {
    return os.contains("win");
  }

  private boolean mac() {
    return os.contains("mac");
  }
}
