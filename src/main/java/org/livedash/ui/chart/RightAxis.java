package org.livedash.ui.chart;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.livedash.i18n.Texts;

/**
 * The right axis of series drawn over the top lane: its values and unit at the plot's right
 * edge, in the colour of its first series so it is read against the right line, each on the
 * chart's ground so the lines passing under stay apart from it.
 */
final class RightAxis {
  private final Text probe = new Text();
  /** What the last frame wrote on the axis, top to bottom; for tests. */
  private final java.util.List<String> written = new java.util.ArrayList<>();

  RightAxis() {
    probe.setFont(ChartRenderer.AXIS_FONT);
  }

  /** The values and unit the last frame wrote on the axis. */
  java.util.List<String> written() {
    return java.util.List.copyOf(written);
  }

  /** Forgets what the last frame wrote: a frame with no right axis writes nothing. */
  void clear() {
    written.clear();
  }

  /** Draws {@code lane}'s scale at {@code edge}, the plot's right edge, headed by {@code unit}. */
  void draw(GraphicsContext g, UnitLane lane, String unit, double edge, ChartPalette palette,
      ThresholdLabels labels) {
    NiceScale scale = lane.scale;
    g.setFont(ChartRenderer.AXIS_FONT);
    g.setTextAlign(TextAlignment.RIGHT);
    g.setTextBaseline(VPos.CENTER);
    String format = "%,." + scale.decimals() + "f";
    probe.setText("0");
    double half = probe.getLayoutBounds().getHeight() / 2;
    // The unit at the top; values below it, each kept whole inside the lane.
    double unitY = lane.top + half + 1;
    if (!unit.isEmpty()) {
      label(g, unit, edge - 6, unitY, lane, palette, labels);
    }
    for (double v = scale.min(); v <= scale.max() + scale.step() / 2; v += scale.step()) {
      double y = Math.round(lane.yOf(v)) + 0.5;
      g.setStroke(lane.series.get(0).color);
      g.strokeLine(edge - 4, y, edge, y);
      double at = Math.max(lane.top + half, Math.min(lane.top + lane.height - half, y));
      if (unit.isEmpty() || at - unitY >= 2 * half) {
        label(g, String.format(Texts.locale(), format, v), edge - 6, at, lane, palette, labels);
      }
    }
  }

  private void label(GraphicsContext g, String text, double right, double y, UnitLane lane,
      ChartPalette palette, ThresholdLabels labels) {
    written.add(text);
    probe.setText(text);
    double w = probe.getLayoutBounds().getWidth() + 4;
    double h = probe.getLayoutBounds().getHeight();
    g.setFill(palette.background().deriveColor(0, 1, 1, 0.85));
    g.fillRoundRect(right - w, y - h / 2, w + 2, h, 3, 3);
    labels.occupy(new ThresholdLabels.Box(right - w, y - h / 2, w + 2, h));
    g.setFill(lane.series.get(0).color);
    g.fillText(text, right, y);
  }
}
