package org.livedash.ui.chart;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.livedash.i18n.Texts;

/**
 * What happened on a chart's time axis, marked where it happened: the feed's restarts and holes
 * (with what they lost), the alerts of the series plotted, the user's notes. Each mark's words
 * take their place among the labels before the thresholds', so none is set over them.
 */
final class EventMarks {
  private final ChartState s;
  private final ChartRenderer r;
  /** Measures a label's text. */
  private final Text probe = new Text();
  /** The words of the events the last frame marked ({@link #draw}); for tests. */
  private final List<String> events = new java.util.ArrayList<>();

  EventMarks(ChartState state, ChartRenderer renderer) {
    this.s = state;
    this.r = renderer;
  }

  /** What the last frame's marks of events said, in the order drawn. */
  List<String> events() {
    return List.copyOf(events);
  }

  /** What happened on the time axis: restarts and holes, the user's notes, alerts. */
  void draw(GraphicsContext g, ThresholdLabels labels) {
    events.clear();
    drawRestartMarks(g, labels);
    drawNotes(g, labels);
    drawAlerts(g, labels);
  }

  /**
   * A dashed vertical line where the feed restarted (data on either side is of two streams) or
   * lost updates (how many, in the warning's colour). Its words take their place among the
   * labels first, so no threshold label is set over them.
   */
  void drawRestartMarks(GraphicsContext g, ThresholdLabels labels) {
    g.setLineWidth(1);
    g.setLineDashes(2, 3);
    g.setFont(ChartRenderer.AXIS_FONT);
    g.setTextAlign(TextAlignment.LEFT);
    g.setTextBaseline(VPos.TOP);
    for (int i = 0; i < s.restartMarks.length; i++) {
      long t = s.restartMarks[i];
      if (t < s.startMicros || t > s.endMicros) {
        continue;
      }
      double x = Math.round(r.xOf(t)) + 0.5;
      long missed = s.missedAtMarks[i];
      javafx.scene.paint.Color color = missed > 0 ? s.palette.warn() : s.palette.axisText();
      g.setStroke(color);
      g.strokeLine(x, r.top(), x, r.top() + r.plotH());
      String text = missed > 0 ? Texts.get("chart.missed", Formats.count(missed))
          : Texts.get("chart.restarted");
      probe.setText(text);
      probe.setFont(ChartRenderer.AXIS_FONT);
      double w = probe.getLayoutBounds().getWidth() + 4;
      double h = probe.getLayoutBounds().getHeight() + 4;
      // Right of its line; left of it where the plot's edge or other words leave no room.
      ThresholdLabels.Box right = new ThresholdLabels.Box(x + 2, r.top() + 2, w, h);
      ThresholdLabels.Box left = new ThresholdLabels.Box(x - 2 - w, r.top() + 2, w, h);
      double edge = ChartRenderer.LEFT + r.plotW();
      boolean rightFits = right.x() + w <= edge;
      ThresholdLabels.Box box = rightFits && labels.free(right) || left.x() < ChartRenderer.LEFT
          || !labels.free(left) && rightFits ? right : left;
      labels.occupy(box);
      g.setFill(s.palette.background().deriveColor(0, 1, 1, 0.85));
      g.fillRoundRect(box.x(), box.y(), w, h, 3, 3);
      g.setFill(color);
      g.fillText(text, box.x() + 2, box.y() + 2);
      events.add(text);
    }
    g.setLineDashes();
  }

  /**
   * The alerts of the series plotted, each a band along the foot of the series' lane from its
   * start to its end (to the right edge while on), in the alarm's colour, named at its start
   * where there is room (or ending at its end, near the right edge).
   */
  void drawAlerts(GraphicsContext g, ThresholdLabels labels) {
    g.setFont(ChartRenderer.AXIS_FONT);
    g.setTextAlign(TextAlignment.LEFT);
    g.setTextBaseline(VPos.BOTTOM);
    for (org.livedash.model.AlarmWatch.Alarm a : s.alerts) {
      long end = a.isOn() ? s.endMicros : a.endedMicros();
      UnitLane lane = laneOf(a.meta().id());
      if (lane == null || end < s.startMicros || a.startMicros() > s.endMicros) {
        continue;
      }
      double foot = lane.top + lane.height;
      double x0 = r.xOf(Math.max(a.startMicros(), s.startMicros));
      double x1 = Math.max(x0 + 2, r.xOf(Math.min(end, s.endMicros)));
      g.setFill(s.palette.alarm().deriveColor(0, 1, 1, 0.85));
      g.fillRect(x0, foot - 4, x1 - x0, 4);
      String text = a.rule().kind() == org.livedash.model.AlertRule.Kind.LEVELS
          ? Texts.get("chart.alert", a.meta().name())
          : a.meta().name() + ": " + Texts.of(a.rule().describe(a.meta().unit()));
      probe.setText(text);
      probe.setFont(ChartRenderer.AXIS_FONT);
      double w = probe.getLayoutBounds().getWidth() + 4;
      double h = probe.getLayoutBounds().getHeight();
      // After its start where it fits before the right edge, else ending where it ends.
      double x = x0 + w <= r.xOf(s.endMicros) ? x0 : Math.max(ChartRenderer.LEFT, x1 - w);
      ThresholdLabels.Box box = new ThresholdLabels.Box(x, foot - 6 - h, w, h);
      if (labels.free(box)) {
        labels.occupy(box);
        g.setFill(s.palette.background().deriveColor(0, 1, 1, 0.85));
        g.fillRoundRect(x, foot - 6 - h, w, h, 3, 3);
        g.setFill(s.palette.alarm());
        g.fillText(text, x + 2, foot - 6);
        events.add(text);
      }
    }
  }

  /** The lane the series {@code id} is drawn in, or null when it is not plotted. */
  private UnitLane laneOf(String id) {
    for (UnitLane l : r.layout().lanes()) {
      if (l.series.stream().anyMatch(p -> p.id.equals(id))) {
        return l;
      }
    }
    for (UnitLane l : r.layout().overlays()) {
      if (l.series.stream().anyMatch(p -> p.id.equals(id))) {
        return l;
      }
    }
    return null;
  }

  /**
   * The notes in the window: a line at each (and a shaded band over a span), its words at the
   * top, taking their place among the labels before the thresholds'.
   */
  void drawNotes(GraphicsContext g, ThresholdLabels labels) {
    if (s.notes == null) {
      return;
    }
    javafx.scene.paint.Color accent = ChartPalette.seriesColor(4);
    g.setFont(ChartRenderer.AXIS_FONT);
    g.setTextAlign(TextAlignment.LEFT);
    g.setTextBaseline(VPos.TOP);
    for (org.livedash.model.Layout.Annotation n : s.notes.all()) {
      long until = n.untilMicros() == null ? n.atMicros() : n.untilMicros();
      if (until < s.startMicros || n.atMicros() > s.endMicros) {
        continue;
      }
      double x = Math.round(r.xOf(Math.max(n.atMicros(), s.startMicros))) + 0.5;
      if (until > n.atMicros()) {
        double x1 = r.xOf(Math.min(until, s.endMicros));
        g.setFill(accent.deriveColor(0, 1, 1, 0.12));
        g.fillRect(x, r.top(), Math.max(1, x1 - x), r.plotH());
      }
      g.setStroke(accent);
      g.setLineWidth(1.5);
      g.strokeLine(x, r.top(), x, r.top() + r.plotH());
      probe.setText(n.text());
      probe.setFont(ChartRenderer.AXIS_FONT);
      double y = r.top() + 18;
      labels.occupy(new ThresholdLabels.Box(x + 2, y - 2,
          probe.getLayoutBounds().getWidth() + 4, probe.getLayoutBounds().getHeight() + 4));
      g.setFill(accent);
      g.fillText(n.text(), x + 4, y);
      events.add(n.text());
    }
  }
}
