package org.livedash.ui;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.paint.Color;
import org.livedash.model.FeedView;
import org.livedash.model.SeriesMeta;

/**
 * The window's time charts acting together — the sensors' and the markets' chart and those the
 * user made: the keys that apply to all (pause, back to live, zoom, time window) and, when the
 * user links them, one chart's zoom and pan followed by the others, so a moment is compared at
 * the same place in each; the two first charts take turns on a short window
 * ({@link ChartStack}).
 */
final class ChartGroup {
  private final List<ChartPanel> charts = new ArrayList<>();
  private final BooleanProperty linked = new SimpleBooleanProperty(false);
  private final ChartStack stack;
  private final DashboardViewModel vm;

  /** The sensors' and the markets' chart, showing the feed of {@code vm}. */
  ChartGroup(ChartPanel sensors, ChartPanel markets, DashboardViewModel vm) {
    this.vm = vm;
    stack = new ChartStack(sensors, markets);
    add(sensors);
    add(markets);
    linked.addListener((o, was, now) -> {
      if (now) {
        charts.subList(1, charts.size()).forEach(c -> c.chart().followView(sensors.chart()));
      }
    });
  }

  /** Another chart, acting with the others: the feed's recorded history, its clock, the link. */
  void add(ChartPanel chart) {
    charts.add(chart);
    chart.chart().useFeed(vm.control().recordedHistory(), vm::sourceNowMicros);
    chart.linkItem().selectedProperty().bindBidirectional(linked);
    chart.chart().setOnViewChanged(() -> {
      if (linked.get()) {
        charts.stream().filter(c -> c != chart).forEach(c -> c.chart().followView(
            chart.chart()));
      }
    });
    if (linked.get() && charts.size() > 1) {
      chart.chart().followView(charts.get(0).chart());
    }
  }

  /** The chart {@code chart} closed. */
  void remove(ChartPanel chart) {
    charts.remove(chart);
    chart.linkItem().selectedProperty().unbindBidirectional(linked);
  }

  /** Every time chart, the sensors' and the markets' first. */
  List<ChartPanel> all() {
    return charts;
  }

  /** Reads what each chart plots; call with the store's read lock held. */
  void prepare(org.livedash.model.StoreView r, boolean beat) {
    charts.forEach(c -> c.chart().prepare(r, beat));
  }

  /** Draws what each chart read, where it changed. */
  void render() {
    charts.forEach(c -> c.chart().render());
  }

  /** Tells {@code drawn} of each sample drawn for the first time, for the latency drawn. */
  void drainNewlyDrawn(java.util.function.LongConsumer drawn) {
    charts.forEach(c -> c.chart().drainNewlyDrawn(drawn));
  }

  /** Whether any chart shows data. */
  boolean showsData() {
    return charts.stream().anyMatch(c -> c.chart().showsData());
  }

  /** Every chart's redraws, to check an idle feed costs nothing. */
  long redraws() {
    return charts.stream().mapToLong(c -> c.chart().redraws()).sum();
  }

  /** Draws every chart in {@code palette}. */
  void setPalette(org.livedash.ui.chart.ChartPalette palette) {
    charts.forEach(c -> c.chart().setPalette(palette));
  }

  /** Pauses all if any follows live data, else all follow again. */
  void togglePause() {
    boolean anyLive = charts.stream().anyMatch(c -> !c.chart().pausedProperty().get());
    for (ChartPanel c : charts) {
      if (c.chart().pausedProperty().get() != anyLive) {
        c.togglePause();
      }
    }
  }

  void backToLive() {
    charts.forEach(c -> c.chart().backToLive());
  }

  void zoom(double factor) {
    charts.forEach(c -> c.chart().zoomBy(factor));
  }

  void chooseWindow(Duration window) {
    charts.forEach(c -> c.chooseWindow(window));
  }

  /**
   * Gives the two first charts their series — those the user kept on each for this feed, else
   * its first measurement ({@link #firstIds}) — and the window kept for this feed.
   */
  void setCatalogue(List<SeriesMeta> sensors, List<SeriesMeta> stocks,
      Function<String, Color> colors, FeedView view) {
    sensors().setCatalogue(sensors, colors, view.sensorChart() != null ? view.sensorChart()
        : firstIds(sensors));
    markets().setCatalogue(stocks, colors, view.marketChart() != null ? view.marketChart()
        : firstIds(stocks));
    if (view.windowSeconds() != null) {
      Duration w = Duration.ofSeconds(view.windowSeconds());
      charts.subList(0, 2).forEach(c -> c.showWindow(w));
    }
  }

  /** The sensors' chart. */
  ChartPanel sensors() {
    return charts.get(0);
  }

  /** The prices' chart. */
  ChartPanel markets() {
    return charts.get(1);
  }

  /** Which of the two first charts are shown, and whether they take turns. */
  ChartStack stack() {
    return stack;
  }

  /** {@code view} with what the two first charts show now: their series and the window. */
  FeedView kept(FeedView view) {
    return view.withCharts(sensors().plotted(), markets().plotted(),
        sensors().window().toSeconds());
  }

  /**
   * The series a chart shows first: the first with a unit (a measurement), else the first — a
   * device's message often begins with a number that measures nothing (a format, a counter).
   */
  static List<String> firstIds(List<SeriesMeta> metas) {
    return metas.stream().filter(m -> !m.unit().isBlank()).findFirst()
        .or(() -> metas.stream().findFirst()).map(m -> List.of(m.id())).orElse(List.of());
  }
}
