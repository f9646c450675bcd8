package org.livedash.ui.chart;

/**
 * An interaction a chart is given, as ChartFx gives its charts a Zoomer, a Panner or a tooltip:
 * it listens on the chart's canvas (and, while the chart has the focus, its keys) and acts only
 * through the {@link ChartView} the chart hands it, so the chart knows none of its interactions
 * and each can be left out or replaced ({@link LiveChart#plugins()}).
 */
interface ChartPlugin {
  /** Starts listening on the chart behind {@code view}. */
  void attach(ChartView view);

  /** Stops listening: the chart no longer has this interaction. */
  void detach();
}
