package org.livedash.app;

/**
 * What the window remembers between runs: its theme, and where it was and how large. Read by
 * {@link SettingsFile} at start, written when the window closes.
 *
 * @param theme "dark" or "light", null when never chosen
 * @param window where the window was, null when never shown
 * @param language "en" or "es" when chosen in the window, null to follow the system's
 */
record Settings(String theme, Placement window, String language) {
  static final Settings DEFAULTS = new Settings(null, null, null);

  /** A window's place on the desktop. */
  record Placement(double x, double y, double width, double height, boolean maximized) {}

  Settings withTheme(String newTheme) {
    return new Settings(newTheme, window, language);
  }

  Settings withWindow(Placement newWindow) {
    return new Settings(theme, newWindow, language);
  }

  Settings withLanguage(String newLanguage) {
    return new Settings(theme, window, newLanguage);
  }
}
