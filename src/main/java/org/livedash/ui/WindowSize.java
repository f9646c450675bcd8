package org.livedash.ui;

import javafx.geometry.Dimension2D;

/**
 * The size the window opens at: the comfortable default where the screen has room for it, else
 * the screen's whole usable area (a laptop's screen is best used whole), never below what the
 * layout is made for.
 */
public final class WindowSize {
  public static final double DEFAULT_WIDTH = 1480;
  public static final double DEFAULT_HEIGHT = 940;
  /** The smallest window the layout is tested at. */
  public static final double MIN_WIDTH = 1024;
  public static final double MIN_HEIGHT = 640;
  private WindowSize() {}

  /** The opening size on a screen whose usable area is {@code screenWidth × screenHeight}. */
  public static Dimension2D initial(double screenWidth, double screenHeight) {
    return new Dimension2D(fit(DEFAULT_WIDTH, screenWidth, MIN_WIDTH),
        fit(DEFAULT_HEIGHT, screenHeight, MIN_HEIGHT));
  }

  private static double fit(double preferred, double available, double min) {
    return Math.max(Math.min(preferred, Math.floor(available)), Math.min(min, available));
  }

  /** Whether the window should open maximised: the screen is smaller than the default. */
  public static boolean maximise(double screenWidth, double screenHeight) {
    return screenWidth < DEFAULT_WIDTH || screenHeight < DEFAULT_HEIGHT;
  }
}
