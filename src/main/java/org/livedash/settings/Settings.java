package org.livedash.settings;

/**
 * What the window remembers between runs: its theme, and where it was and how large. Read by
 * {@link SettingsFile} at start, written when the window closes.
 *
 * @param theme "dark" or "light", null when never chosen
 * @param window where the window was, null when never shown
 * @param language "en" or "es" when chosen in the window, null to follow the system's
 */
public record Settings(String theme, Placement window, String language) {
  public static final Settings DEFAULTS = new Settings(null, null, null);

  /** A window's place on the desktop. */
  public record Placement(double x, double y, double width, double height, boolean maximized) {}

  public Settings withTheme(String newTheme) {
    return new Settings(newTheme, window, language);
  }

  public Settings withWindow(Placement newWindow) {
    return new Settings(theme, newWindow, language);
  }

  public Settings withLanguage(String newLanguage) {
    return new Settings(theme, window, newLanguage);
  }
}
