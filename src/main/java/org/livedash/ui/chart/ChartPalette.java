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

  private static final List<Color> FIRST = List.of(
      Color.web("#4C9AFF"), Color.web("#F5A623"), Color.web("#2EC4B6"), Color.web("#E5576B"),
      Color.web("#9B7BFF"), Color.web("#7BC96F"), Color.web("#FF8FB1"), Color.web("#E0C341"),
      Color.web("#56CCF2"), Color.web("#C08457"), Color.web("#A3B1C6"), Color.web("#F2994A"));
  /**
   * The first twelve, then twelve more for a second feed's series: each the colour six places
   * on, a little darker, so a series and the same series of another feed (12 apart) differ.
   */
  private static final List<Color> SERIES = java.util.stream.Stream.concat(FIRST.stream(),
      java.util.stream.IntStream.range(0, FIRST.size())
          .mapToObj(i -> FIRST.get((i + 6) % FIRST.size()).deriveColor(0, 1, 0.8, 1)))
      .toList();

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
