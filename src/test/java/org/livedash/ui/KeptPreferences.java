package org.livedash.ui;

import java.util.ArrayList;
import java.util.List;

/** Preferences kept in memory, with every change a test can look at. */
public final class KeptPreferences implements Preferences {
  private Recording recording = new Recording(true, 168, 10);
  /** What the dialog handed back, in order. */
  public final List<Recording> kept = new ArrayList<>();

  @Override
  public Recording recording() {
    return recording;
  }

  @Override
  public String recordingsFolder() {
    return "/home/ana/.local/share/livedash/recordings";
  }

  @Override
  public void keep(Recording next) {
    recording = next;
    kept.add(next);
  }
}
