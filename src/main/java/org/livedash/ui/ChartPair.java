package org.livedash.ui;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.paint.Color;
import org.livedash.model.FeedView;
import org.livedash.model.SeriesMeta;

/**
 * The sensor and market charts acting together: the keys that apply to both (pause, back to
 * live, zoom, time window), when the user links them, one chart's zoom and pan followed by the
 * other, so a moment is compared at the same place in both; and on a short window, taking turns
 * ({@link ChartStack}).
 */
final class ChartPair {
  private final List<ChartPanel> charts;
  private final BooleanProperty linked = new SimpleBooleanProperty(false);
  private final ChartStack stack;

  /** Both show the feed of {@code vm}: its recorded history, its clock. */
  ChartPair(ChartPanel first, ChartPanel second, DashboardViewModel vm) {
    stack = new ChartStack(first, second);
    charts = List.of(first, second);
    for (ChartPanel c : List.of(first, second)) {
      c.chart().useFeed(vm.control().recordedHistory(), vm::sourceNowMicros);
    }
    first.setOnMaximise(stack::maximise);
    second.setOnMaximise(stack::maximise);
    follow(first, second);
    follow(second, first);
    for (ChartPanel c : charts) {
      c.linkItem().selectedProperty().bindBidirectional(linked);
    }
    linked.addListener((o, was, now) -> {
      if (now) {
        second.chart().followView(first.chart());
      }
    });
  }

  private void follow(ChartPanel leader, ChartPanel follower) {
    leader.chart().setOnViewChanged(() -> {
      if (linked.get()) {
        follower.chart().followView(leader.chart());
      }
    });
  }

  /** Pauses both if either follows live data, else both follow again. */
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
   * Gives each chart its series — those the user kept on it for this feed, else its first — and
   * the window kept for this feed.
   */
  void setCatalogue(List<SeriesMeta> sensors, List<SeriesMeta> stocks,
      Function<String, Color> colors, FeedView view) {
    ChartPanel sensorChart = charts.get(0);
    ChartPanel marketChart = charts.get(1);
    sensorChart.setCatalogue(sensors, colors, view.sensorChart() != null ? view.sensorChart()
        : firstIds(sensors));
    marketChart.setCatalogue(stocks, colors, view.marketChart() != null ? view.marketChart()
        : firstIds(stocks));
    if (view.windowSeconds() != null) {
      Duration w = Duration.ofSeconds(view.windowSeconds());
      charts.forEach(c -> c.showWindow(w));
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

  /** Which charts are shown, and whether they take turns. */
  ChartStack stack() {
    return stack;
  }

  /** {@code view} with what the charts show now: their series and the window. */
  FeedView kept(FeedView view) {
    return view.withCharts(charts.get(0).plotted(), charts.get(1).plotted(),
        charts.get(0).window().toSeconds());
  }

  private static List<String> firstIds(List<SeriesMeta> metas) {
    return metas.stream().limit(1).map(SeriesMeta::id).toList();
  }
}
