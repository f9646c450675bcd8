package org.livedash.ui.chart;

import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;

/** A chart's canvas kept the size of the region that holds it, in whole device pixels. */
final class CanvasFit {
  private CanvasFit() {}

  /** Sizes {@code canvas} to {@code owner}; whether it changed (then it is drawn again). */
  static boolean fit(Region owner, Canvas canvas) {
    double w = owner.snapSizeX(owner.getWidth());
    double h = owner.snapSizeY(owner.getHeight());
    if (canvas.getWidth() == w && canvas.getHeight() == h) {
      return false;
    }
    canvas.setWidth(w);
    canvas.setHeight(h);
    return true;
  }
}
