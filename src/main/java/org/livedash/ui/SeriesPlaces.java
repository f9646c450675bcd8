package org.livedash.ui;

import java.util.ArrayList;
import java.util.List;
import org.livedash.model.FeedView;
import org.livedash.model.SeriesKind;
import org.livedash.model.SeriesMeta;
import org.livedash.model.StoreView;

/**
 * Where each series of the feeds shown goes: its colour, its tile, the chart of its kind (a
 * sensor's or a price's), and what the user plots kept for the feed's next run. A tile clicked
 * or a field clicked in the message browser plots its series on its chart.
 */
final class SeriesPlaces {
  private final TileBoard tiles;
  private final ChartGroup charts;
  private final ArrangedPanes panes;
  private final ChartPanel sensorChart;
  private final ChartPanel marketChart;
  private final FeedControl control;
  private final SeriesColors colors = new SeriesColors();
  private List<SeriesMeta> catalogue = List.of();
  /** What a layout plots on each chart, applied as its series come; empty when none waits. */
  private List<org.livedash.model.Layout.Chart> fromLayout = List.of();
  /** Series just defined, plotted on their chart once they are shown. */
  private final java.util.Set<String> toPlot = new java.util.HashSet<>();

  SeriesPlaces(TileBoard tiles, ChartGroup charts, ArrangedPanes panes, FeedControl control) {
    this.tiles = tiles;
    this.charts = charts;
    this.panes = panes;
    panes.setOnPlotted(this::markPlotted);
    this.sensorChart = charts.sensors();
    this.marketChart = charts.markets();
    this.control = control;
    sensorChart.setOnSelectionChanged(this::markPlotted);
    marketChart.setOnSelectionChanged(this::markPlotted);
    sensorChart.setOnUserChoice(this::keepCharts);
    marketChart.setOnUserChoice(this::keepCharts);
    tiles.setOnTileClicked(this::plotFromTile);
  }

  /** Every series shown now, in order. */
  List<SeriesMeta> catalogue() {
    return catalogue;
  }

  /** Places the series again when they changed since the last call; inside a read. */
  void checkCatalogue(StoreView r) {
    if (r.seriesCount() == catalogue.size()) {
      boolean same = true;
      for (int i = 0; i < catalogue.size() && same; i++) {
        same = catalogue.get(i).equals(r.meta(i));
      }
      if (same) {
        return;
      }
    }
    List<SeriesMeta> now = new ArrayList<>();
    for (int i = 0; i < r.seriesCount(); i++) {
      now.add(r.meta(i));
    }
    catalogue = List.copyOf(now);
    FeedView withColors = colors.assign(catalogue, control.view());
    if (withColors != null) {
      control.saveView(withColors);
    }
    tiles.setCatalogue(catalogue, colors::of);
    List<SeriesMeta> sensors = catalogue.stream().filter(m -> m.kind() == SeriesKind.SENSOR)
        .toList();
    List<SeriesMeta> stocks = catalogue.stream().filter(m -> m.kind() == SeriesKind.STOCK)
        .toList();
    charts.setCatalogue(sensors, stocks, colors::of, control.view());
    panes.setCatalogue(catalogue, colors::of);
    // A feed of one kind (a profile's prices) shows only the chart it has series for.
    charts.stack().setAvailable(sensorChart, !sensors.isEmpty() || stocks.isEmpty());
    charts.stack().setAvailable(marketChart, !stocks.isEmpty() || sensors.isEmpty());
    for (SeriesMeta m : catalogue) {
      if (toPlot.remove(m.id())) {
        plotClicked(m);
      }
    }
    if (!fromLayout.isEmpty()) {
      plotFromLayout();
    }
  }

  /**
   * Plots what {@code layout} says on each chart, over its window, in its colours: at once for
   * the series shown, and for the others as they come (the feeds open after it), until the user
   * chooses otherwise.
   */
  void useLayout(org.livedash.model.Layout layout) {
    if (!layout.colors().isEmpty()) {
      java.util.Map<String, Integer> merged = new java.util.HashMap<>(
          control.view().colors() == null ? java.util.Map.of() : control.view().colors());
      merged.putAll(layout.colors());
      control.saveView(control.view().withColors(merged));
    }
    fromLayout = layout.charts().stream()
        .filter(c -> "sensors".equals(c.chart()) || "markets".equals(c.chart())).toList();
    // Placed again, colours and all, at the next frame.
    catalogue = List.of();
  }

  private void plotFromLayout() {
    java.util.Set<String> shown = new java.util.HashSet<>();
    catalogue.forEach(m -> shown.add(m.id()));
    boolean whole = true;
    for (org.livedash.model.Layout.Chart c : fromLayout) {
      ChartPanel panel = "markets".equals(c.chart()) ? marketChart : sensorChart;
      panel.select(c.series());
      panel.useCandles("candles".equals(c.style()));
      panel.usePercent("percent".equals(c.scale()));
      panel.useAxes(org.livedash.ui.chart.SeriesAxis.ofKeys(c.axes()), c.axisTitles());
      if (c.windowSeconds() != null) {
        panel.showWindow(java.time.Duration.ofSeconds(c.windowSeconds()));
      }
      whole &= shown.containsAll(c.series());
    }
    if (whole) {
      fromLayout = List.of();
      keepCharts();
    }
  }

  /** Plots the series {@code id} on its chart once it is shown (it was just defined). */
  void plotOnArrival(String id) {
    toPlot.add(id);
  }

  /** The user changed what is plotted or the window: kept for this feed's next run. */
  private void keepCharts() {
    fromLayout = List.of();
    // The colours just given may not be in the view read back yet: they go along.
    control.saveView(colors.keptIn(charts.kept(control.view())));
    // The series' axes are kept with the panes.
    panes.changed();
  }

  /** A tile clicked: its series on (or off) its chart, and that chart in view. */
  private void plotFromTile(SeriesMeta meta) {
    ChartPanel panel = meta.kind() == SeriesKind.STOCK ? marketChart : sensorChart;
    panel.userToggle(meta.id());
    charts.stack().show(panel);
  }

  /** A series a click in the message browser brought: on its chart, unless it is. */
  void plotClicked(SeriesMeta meta) {
    ChartPanel panel = meta.kind() == SeriesKind.STOCK ? marketChart : sensorChart;
    if (!panel.isPlotted(meta.id())) {
      plotFromTile(meta);
    }
  }

  private void markPlotted() {
    for (SeriesMeta m : catalogue) {
      tiles.setPlotted(m.id(), charts.all().stream().anyMatch(c -> c.isPlotted(m.id())));
    }
  }
}
