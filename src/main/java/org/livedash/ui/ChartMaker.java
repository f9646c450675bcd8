package org.livedash.ui;

import java.time.ZoneId;
import org.livedash.ui.chart.ChartNotes;
import org.livedash.ui.chart.ChartPalette;
import org.livedash.ui.chart.Crosshair;
import org.livedash.ui.chart.SeriesDecimals;

/**
 * Makes the window's time charts alike — the sensors' and markets' and every chart the user
 * makes: one crosshair, the series' decimals, the notes, the theme's palette, the exports.
 */
final class ChartMaker {
  private final ZoneId zone;
  private final Crosshair crosshair = new Crosshair();
  private final SeriesDecimals decimals;
  private final ChartNotes notes;
  private final Exports exports;
  private final double minHeight;
  private ChartPalette palette;

  ChartMaker(ZoneId zone, SeriesDecimals decimals, ChartNotes notes, Exports exports,
      double minHeight) {
    this.zone = zone;
    this.decimals = decimals;
    this.notes = notes;
    this.exports = exports;
    this.minHeight = minHeight;
  }

  /** A chart titled {@code title}, its controls named by {@code key}; candles but on sensors. */
  ChartPanel make(String key, String title) {
    ChartPanel c = new ChartPanel(title, key, !"sensors".equals(key), zone, crosshair,
        exports::chartPng, exports::chartCsv);
    c.chart().setDecimals(decimals);
    c.chart().useNotes(notes);
    if (palette != null) {
      c.chart().setPalette(palette);
    }
    c.setMinHeight(minHeight);
    return c;
  }

  /** The palette the charts made from now on are drawn in. */
  void usePalette(ChartPalette now) {
    palette = now;
  }
}
