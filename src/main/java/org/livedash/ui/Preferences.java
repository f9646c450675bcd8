package org.livedash.ui;

/**
 * The window's own settings a person changes in {@link SettingsDialog}: the view asks for them
 * and hands them back; the application keeps them (in its settings file) and applies them.
 * Called on the JavaFX thread; keeping them must not block it.
 */
public interface Preferences {
  /**
   * Recording every feed the window shows, and how much of the recordings folder is kept (the
   * oldest removed first past either bound).
   *
   * @param enabled whether the window records; applied from its next start
   * @param keepHours the oldest recording kept, in hours
   * @param keepGigabytes all recordings together, in gigabytes
   */
  record Recording(boolean enabled, double keepHours, double keepGigabytes) {}

  /** How the window records now. */
  Recording recording();

  /** The folder the window records into, as a person would find it. */
  String recordingsFolder();

  /** Keeps {@code next} for this run and the next ones; its limits are kept at once. */
  void keep(Recording next);
}
