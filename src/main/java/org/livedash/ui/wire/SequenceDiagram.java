package org.livedash.ui.wire;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.livedash.i18n.Texts;
import org.livedash.model.WireEvent;

/**
 * A sequence diagram that scrolls in real time: for each connection a client and a server
 * lifeline, time running downward to "now" at the bottom, with an arrow for every request,
 * answer and pushed frame of the last {@link #WINDOW_SECONDS} seconds. The feed's connection and
 * its companion in the other style stand side by side, so push and polling are told apart at a
 * glance: a stream of single arrows against pairs, many of them empty.
 */
final class SequenceDiagram extends Region {
  static final int WINDOW_SECONDS = 10;
  private static final long WINDOW_MICROS = WINDOW_SECONDS * 1_000_000L;
  private static final double TOP = 62;
  private static final double BOTTOM = 10;
  /** Events kept: at most the wire log's rate over the window, for both lanes. */
  private static final int MAX_EVENTS = 4_000;

  private final Canvas canvas = new Canvas();
  private final Deque<WireEvent> events = new ArrayDeque<>();
  private final Font font = Font.font("System", 11);
  private final Font bold = Font.font("System", javafx.scene.text.FontWeight.BOLD, 12);
  private String mainTitle = "";
  private String companionTitle = Texts.get("wire.diagram.lane.none");
  private boolean dark = true;

  SequenceDiagram() {
    setId("wire-diagram");
    getChildren().add(canvas);
    setMinSize(320, 240);
  }

  @Override
  protected void layoutChildren() {
    canvas.setWidth(getWidth());
    canvas.setHeight(getHeight());
  }

  void setDark(boolean isDark) {
    dark = isDark;
  }

  /** Measures text before it is drawn, so it fits its lane. */
  private final javafx.scene.text.Text measure = new javafx.scene.text.Text();
  /** The lanes' titles: the feed's style, and the companion's (null: none runs). */
  void setTitles(String main, String companion) {
    mainTitle = Texts.get("wire.diagram.lane.main", main);
    companionTitle = companion == null ? Texts.get("wire.diagram.lane.none")
        : Texts.get("wire.diagram.lane.companion", companion);
  }

  void add(List<WireEvent> fresh) {
    for (WireEvent e : fresh) {
      if (!(e instanceof WireEvent.Note)) {
        events.addLast(e);
      }
    }
    while (events.size() > MAX_EVENTS) {
      events.removeFirst();
    }
  }

  void clear() {
    events.clear();
  }

  /** Draws the window ending at {@code nowMicros}; events older than it are dropped. */
  void draw(long nowMicros) {
    while (!events.isEmpty() && startOf(events.peekFirst()) < nowMicros - WINDOW_MICROS) {
      events.removeFirst();
    }
    double w = getWidth();
    double h = getHeight();
    GraphicsContext g = canvas.getGraphicsContext2D();
    g.setFill(dark ? Color.web("#0d1117") : Color.web("#ffffff"));
    g.fillRect(0, 0, w, h);
    double laneWidth = w / 2;
    for (WireEvent.Lane lane : WireEvent.Lane.values()) {
      double x0 = lane.ordinal() * laneWidth;
      drawLane(g, x0, laneWidth, h, lane, nowMicros);
    }
    g.setStroke(muted());
    g.setLineWidth(1);
    g.strokeLine(laneWidth, 8, laneWidth, h - 8);
  }

  private void drawLane(GraphicsContext g, double x0, double width, double h,
      WireEvent.Lane lane, long now) {
    double client = x0 + width * 0.22;
    double server = x0 + width * 0.78;
    g.setTextAlign(TextAlignment.CENTER);
    g.setTextBaseline(VPos.CENTER);
    g.setFont(bold);
    g.setFill(text());
    // Each lane's words stay in its lane: cut with "…" where the lane is narrow.
    g.fillText(fit(lane == WireEvent.Lane.MAIN ? mainTitle : companionTitle, bold, width - 8),
        x0 + width / 2, 14);
    g.setFont(font);
    g.setFill(muted());
    g.fillText(Texts.get("wire.diagram.client"), client, 44);
    g.fillText(Texts.get("wire.diagram.server"), server, 44);
    g.setStroke(muted());
    g.setLineWidth(1.5);
    g.strokeLine(client, TOP - 8, client, h - BOTTOM);
    g.strokeLine(server, TOP - 8, server, h - BOTTOM);
    int frames = 0;
    int requests = 0;
    int empty = 0;
    double lastFrameY = Double.NaN;
    double lastLabelY = Double.NaN;
    for (WireEvent e : events) {
      if (e.lane() != lane) {
        continue;
      }
      if (e instanceof WireEvent.Frame f) {
        frames++;
        double y = y(f.atMicros(), h, now);
        // A fast feed's frames closer than a few pixels are drawn as one arrow: the band of
        // them still shows, and the count above says how many.
        if (Math.abs(y - lastFrameY) < 3) {
          continue;
        }
        lastFrameY = y;
      } else if (e instanceof WireEvent.Exchange x) {
        requests++;
        empty += x.empty() ? 1 : 0;
        double ya = y(x.atMicros(), h, now);
        boolean label = Double.isNaN(lastLabelY) || Math.abs(ya - lastLabelY) >= 13;
        if (label) {
          lastLabelY = ya;
        }
        drawExchange(g, x, client, server, h, now, label);
        continue;
      }
      drawEvent(g, e, client, server, h, now);
    }
    g.setFill(muted());
    g.setFont(font);
    g.setTextAlign(TextAlignment.CENTER);
    g.fillText(fit(Texts.get("wire.diagram.counts", frames / (double) WINDOW_SECONDS,
        requests / (double) WINDOW_SECONDS, empty), font, (server - client) * 1.6),
        (client + server) / 2, 26);
  }

  private void drawExchange(GraphicsContext g, WireEvent.Exchange x, double client,
      double server, double h, long now, boolean label) {
    double ys = y(x.sentMicros(), h, now);
    double ya = y(x.atMicros(), h, now);
    arrow(g, client, ys - 3, server, ys, request(), false);
    if (x.longPoll() && ya - ys > 6) {
      g.setFill(held());
      g.fillRect(server - 3, ys, 6, ya - ys - 3);
    }
    arrow(g, server, ya - 3, client, ya, x.empty() ? muted() : answer(), x.empty());
    if (label) {
      g.setFill(x.empty() ? muted() : answer());
      g.setTextAlign(TextAlignment.LEFT);
      g.setTextBaseline(VPos.BOTTOM);
      g.fillText(x.status() + (x.empty() ? "" : " · " + x.updates()), client + 8, ya - 3);
      g.setTextBaseline(VPos.CENTER);
    }
  }

  private double y(long micros, double h, long now) {
    double span = h - BOTTOM - TOP;
    return h - BOTTOM - (now - micros) / (double) WINDOW_MICROS * span;
  }

  private void drawEvent(GraphicsContext g, WireEvent e, double client, double server, double h,
      long now) {
    if (e instanceof WireEvent.Frame f) {
      double y = y(f.atMicros(), h, now);
      Color c = f.opcode() == WireEvent.Opcode.CLOSE ? danger() : push();
      if (f.fromServer()) {
        arrow(g, server, y - 4, client, y, c, false);
      } else {
        arrow(g, client, y - 4, server, y, c, false);
      }
    } else if (e instanceof WireEvent.Handshake hs) {
      double y = y(hs.atMicros(), h, now);
      arrow(g, client, y - 16, server, y - 12, request(), false);
      arrow(g, server, y - 4, client, y, push(), false);
      g.setFill(text());
      g.setTextAlign(TextAlignment.CENTER);
      g.fillText(Texts.get("wire.diagram.upgrade"), (client + server) / 2, y - 22);
      g.fillText(Texts.get("wire.diagram.switching"), (client + server) / 2, y + 8);
    }
  }

  private void arrow(GraphicsContext g, double x1, double y1, double x2, double y2, Color c,
      boolean dashed) {
    g.setStroke(c);
    g.setLineWidth(1.3);
    g.setLineDashes(dashed ? new double[] {4, 3} : null);
    g.strokeLine(x1, y1, x2, y2);
    g.setLineDashes(null);
    double dir = Math.signum(x2 - x1);
    g.setFill(c);
    g.fillPolygon(new double[] {x2, x2 - 7 * dir, x2 - 7 * dir},
        new double[] {y2, y2 - 3.5, y2 + 3.5}, 3);
  }

  private static long startOf(WireEvent e) {
    return e instanceof WireEvent.Exchange x ? x.sentMicros() : e.atMicros();
  }

  private Color text() {
    return dark ? Color.web("#c9d1d9") : Color.web("#1f2328");
  }

  private Color muted() {
    return dark ? Color.web("#6e7681") : Color.web("#8c959f");
  }

  private Color push() {
    return dark ? Color.web("#3fb950") : Color.web("#1a7f37");
  }

  private Color request() {
    return dark ? Color.web("#58a6ff") : Color.web("#0969da");
  }

  private Color answer() {
    return dark ? Color.web("#d29922") : Color.web("#9a6700");
  }

  private Color held() {
    return dark ? Color.web("#58a6ff", 0.35) : Color.web("#0969da", 0.25);
  }

  private Color danger() {
    return dark ? Color.web("#f85149") : Color.web("#cf222e");
  }

  /** {@code text} as it fits {@code max} pixels in {@code f}: whole, or cut with "…". */
  private String fit(String text, javafx.scene.text.Font f, double max) {
    measure.setFont(f);
    measure.setText(text);
    if (measure.getLayoutBounds().getWidth() <= max) {
      return text;
    }
    for (int n = text.length() - 1; n > 0; n--) {
      measure.setText(text.substring(0, n) + "…");
      if (measure.getLayoutBounds().getWidth() <= max) {
        return measure.getText();
      }
    }
    return "";
  }
}
