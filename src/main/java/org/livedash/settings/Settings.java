package org.livedash.settings;

/**
 * What the window remembers between runs: its theme, where it was and how large, its language,
 * and how it records. Read by {@link SettingsFile} at start, written when the window closes.
 *
 * @param theme "dark" or "light", null when never chosen
 * @param window where the window was, null when never shown
 * @param language "en" or "es" when chosen in the window, null to follow the system's
 * @param recording whether and how long the window keeps its recordings, null for the defaults
 * @param beside the feeds the window showed beside its first, as they were named (an address,
 *     {@code demo}, a profile's name or file), never one whose address holds a secret; null for
 *     none
 * @param derived the window's derived series, null for none
 * @param notes the notes marked on the time axis, null for none
 * @param arrangement the panes the user made and how all are arranged, null for the window's own
 */
public record Settings(String theme, Placement window, String language, Recording recording,
    java.util.List<String> beside, java.util.List<org.livedash.model.Layout.Derived> derived,
    java.util.List<org.livedash.model.Layout.Annotation> notes, Arrangement arrangement) {
  public static final Settings DEFAULTS = new Settings(null, null, null, null, null, null,
      null, null);

  /**
   * The dashboard's panes as the user arranged them.
   *
   * @param panes the panes the user made (the sensors' and markets' charts are the window's)
   * @param tree how every pane is arranged
   */
  public record Arrangement(java.util.List<org.livedash.model.Layout.Chart> panes,
      org.livedash.model.PaneTree tree) {
    public Arrangement {
      panes = panes == null ? java.util.List.of() : java.util.List.copyOf(panes);
    }
  }

  /** A window's place on the desktop. */
  public record Placement(double x, double y, double width, double height, boolean maximized) {}

  /**
   * Recording every feed the window shows: on unless turned off, and the recordings kept for at
   * most {@code keepHours} and {@code keepGigabytes} in all, the oldest removed first.
   */
  public record Recording(Boolean enabled, Double keepHours, Double keepGigabytes) {
    /** On, a week, 10 GB. */
    public static final Recording DEFAULTS = new Recording(true, 168.0, 10.0);

    /** This, each value not given taken from the defaults. */
    public Recording orDefaults() {
      return new Recording(enabled != null ? enabled : DEFAULTS.enabled,
          keepHours != null && keepHours > 0 ? keepHours : DEFAULTS.keepHours,
          keepGigabytes != null && keepGigabytes > 0 ? keepGigabytes : DEFAULTS.keepGigabytes);
    }
  }

  public Settings(String theme, Placement window, String language) {
    this(theme, window, language, null, null, null, null, null);
  }

  /** The feeds to open beside the first, none when never set. */
  public java.util.List<String> besideOrNone() {
    return beside == null ? java.util.List.of() : beside;
  }

  /** How the window records: what the file says, the defaults for the rest. */
  public Recording recordingOrDefaults() {
    return (recording != null ? recording : Recording.DEFAULTS).orDefaults();
  }

  public Settings withTheme(String newTheme) {
    return new Settings(newTheme, window, language, recording, beside, derived, notes,
        arrangement);
  }

  public Settings withWindow(Placement newWindow) {
    return new Settings(theme, newWindow, language, recording, beside, derived, notes,
        arrangement);
  }

  public Settings withLanguage(String newLanguage) {
    return new Settings(theme, window, newLanguage, recording, beside, derived, notes,
        arrangement);
  }

  public Settings withRecording(Recording newRecording) {
    return new Settings(theme, window, language, newRecording, beside, derived, notes,
        arrangement);
  }

  public Settings withBeside(java.util.List<String> feeds) {
    return new Settings(theme, window, language, recording, java.util.List.copyOf(feeds),
        derived, notes, arrangement);
  }

  /** The derived series to define again, none when never set. */
  public java.util.List<org.livedash.model.Layout.Derived> derivedOrNone() {
    return derived == null ? java.util.List.of() : derived;
  }

  public Settings withDerived(java.util.List<org.livedash.model.Layout.Derived> series) {
    return new Settings(theme, window, language, recording, beside,
        java.util.List.copyOf(series), notes, arrangement);
  }

  /** The notes to show again, none when never set. */
  public java.util.List<org.livedash.model.Layout.Annotation> notesOrNone() {
    return notes == null ? java.util.List.of() : notes;
  }

  public Settings withNotes(java.util.List<org.livedash.model.Layout.Annotation> marked) {
    return new Settings(theme, window, language, recording, beside, derived,
        java.util.List.copyOf(marked), arrangement);
  }

  public Settings withArrangement(Arrangement panes) {
    return new Settings(theme, window, language, recording, beside, derived, notes, panes);
  }
}
