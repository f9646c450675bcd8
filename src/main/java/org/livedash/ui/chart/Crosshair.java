package org.livedash.ui.chart;

import javafx.beans.property.LongProperty;
import javafx.beans.property.SimpleLongProperty;

/**
 * The time under the mouse, shared by every chart so that pointing at one moment in one chart
 * shows the same moment, with its values, in all of them.
 */
public final class Crosshair {
  /** No crosshair: the mouse is outside every chart. */
  public static final long NONE = Long.MIN_VALUE;

  private final LongProperty time = new SimpleLongProperty(NONE);

  public LongProperty timeProperty() {
    return time;
  }

  public long time() {
    return time.get();
  }

  public boolean isShown() {
    return time.get() != NONE;
  }

  public void show(long timeMicros) {
    time.set(timeMicros);
  }

  public void hide() {
    time.set(NONE);
  }
}
