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
  /** Room left around a dialog on a screen too small for it. */
  static final double DIALOG_MARGIN = 48;
  private WindowSize() {}

  /** The opening size on a screen whose usable area is {@code screenWidth × screenHeight}. */
  public static Dimension2D initial(double screenWidth, double screenHeight) {
    return new Dimension2D(fit(DEFAULT_WIDTH, screenWidth, MIN_WIDTH),
        fit(DEFAULT_HEIGHT, screenHeight, MIN_HEIGHT));
  }

  private static double fit(double preferred, double available, double min) {
    return Math.max(Math.min(preferred, Math.floor(available)), Math.min(min, available));
  }

  /**
   * A dialog's size: the size its content is laid out for where the screen has room for it
   * (with a margin), else the screen's usable area less the margin.
   */
  public static Dimension2D dialog(double width, double height, double screenWidth,
      double screenHeight) {
    return new Dimension2D(Math.min(width, screenWidth - DIALOG_MARGIN),
        Math.min(height, screenHeight - DIALOG_MARGIN));
  }

  /**
   * Sizes a dialog for the primary screen, and keeps it from being laid out smaller (a dialog
   * otherwise opens at its buttons' width); its buttons are at least {@code buttonWidth} wide,
   * enough for the bold default button's whole label. Call it once the buttons are added.
   */
  static void fitDialog(javafx.scene.control.DialogPane pane, double width, double height,
      double buttonWidth) {
    if (pane.lookup(".button-bar") instanceof javafx.scene.control.ButtonBar bar) {
      bar.setButtonMinWidth(buttonWidth);
    }
    javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
    Dimension2D size = dialog(width, height, screen.getWidth(), screen.getHeight());
    pane.setPrefSize(size.getWidth(), size.getHeight());
    pane.setMinSize(javafx.scene.layout.Region.USE_PREF_SIZE,
        javafx.scene.layout.Region.USE_PREF_SIZE);
  }

  /** Whether the window should open maximised: the screen is smaller than the default. */
  public static boolean maximise(double screenWidth, double screenHeight) {
    return screenWidth < DEFAULT_WIDTH || screenHeight < DEFAULT_HEIGHT;
  }
}
