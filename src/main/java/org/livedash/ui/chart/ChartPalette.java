package org.livedash.ui.chart;

import java.util.List;
import javafx.scene.paint.Color;

/**
 * Colours a canvas needs but CSS cannot give it: one set per theme, plus series colours chosen
 * to stay apart from each other and readable on both the dark and the light background.
 */
public record ChartPalette(
    Color background,
    Color grid,
    Color axisText,
    Color legendText,
    Color warn,
    Color alarm,
    boolean dark) {

  private static final List<Color> SERIES = List.of(
      Color.web("#4C9AFF"), Color.web("#F5A623"), Color.web("#2EC4B6"), Color.web("#E5576B"),
      Color.web("#9B7BFF"), Color.web("#7BC96F"), Color.web("#FF8FB1"), Color.web("#E0C341"),
      Color.web("#56CCF2"), Color.web("#C08457"), Color.web("#A3B1C6"), Color.web("#F2994A"),
      // A second twelve, so the series of two feeds side by side are told apart too.
      Color.web("#1F8FFF"), Color.web("#D4A017"), Color.web("#00A389"), Color.web("#C2185B"),
      Color.web("#7E57C2"), Color.web("#43A047"), Color.web("#F06292"), Color.web("#9E9D24"),
      Color.web("#0097A7"), Color.web("#8D6E63"), Color.web("#78909C"), Color.web("#EF6C00"));

  public static ChartPalette darkTheme() {
    return new ChartPalette(Color.web("#161b22"), Color.web("#30363d"), Color.web("#8b949e"),
        Color.web("#e6edf3"), Color.web("#d29922"), Color.web("#f85149"), true);
  }

  public static ChartPalette lightTheme() {
    return new ChartPalette(Color.web("#ffffff"), Color.web("#e4e8ec"), Color.web("#57606a"),
        Color.web("#1f2328"), Color.web("#bf8700"), Color.web("#cf222e"), false);
  }

  /** How many colours the series are told apart by. */
  public static final int SERIES_COLORS = SERIES.size();

  /** The colour of the i-th series of the catalogue, stable for the whole session. */
  public static Color seriesColor(int index) {
    return SERIES.get(Math.floorMod(index, SERIES.size()));
  }
}
