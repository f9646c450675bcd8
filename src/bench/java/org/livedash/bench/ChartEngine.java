package org.livedash.bench;

import javafx.scene.Node;

/**
 * One charting library under test. The benchmark gives every engine the same data and update
 * stream and asks it to show the newest state on every frame.
 */
interface ChartEngine {
  String name();

  /** Builds the chart for {@code series} series of {@code points} retained points each. */
  Node create(BenchData data);

  /** Called once per pulse: make the chart show the data as it now is. */
  void frame();

  /** How many times the chart has actually drawn its data so far. */
  long redraws();
}
