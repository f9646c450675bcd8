package org.livedash.ui;

import org.livedash.i18n.Texts;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.livedash.model.SeriesKind;
import org.livedash.model.SeriesMeta;
import org.livedash.model.SeriesRing;
import org.livedash.model.ThresholdState;
import org.livedash.ui.chart.Formats;
import org.livedash.ui.chart.SeriesDecimals;

/**
 * One series at a glance: name, current value and unit, change since the session's first value,
 * a one-minute sparkline, and for sensors a colour for the threshold state. Clicking it adds or
 * removes the series from its chart.
 */
final class SeriesTile extends VBox {
  private static final List<String> STATE_CLASSES = List.of("warn", "alarm");
  private static final javafx.css.PseudoClass STALE =
      javafx.css.PseudoClass.getPseudoClass("stale");

  private static final javafx.css.PseudoClass TIGHT =
      javafx.css.PseudoClass.getPseudoClass("tight");
  /** The value's size in the style sheet ({@code .tile-value}). */
  private static final double FULL_VALUE_SIZE = 22;
  private static final double CHANGE_ROW_GAP = 4;

  private final SeriesMeta meta;
  private final SeriesDecimals decimals;
  private final Color color;
  private final Label value = new Label("–");
  private final Label change = new Label(" ");
  private final Label unit = new Label();
  private final HBox reading = new HBox(6);
  private final Label badge = new Label();
  private final Label age = new Label();
  private final Tooltip changeTip = new Tooltip();
  /** Measures what a line of the tile would take, without a node per measurement. */
  private final Text probe = new Text();
  private final Circle plottedDot = new Circle(4);
  private final Sparkline sparkline = new Sparkline(176, 34);
  private ThresholdState shownState = ThresholdState.NORMAL;
  private String shownValue = "";
  /** The change line in words ("▲ +0,25 since start"); shown whole when it fits. */
  private String changeWords = " ";
  /** The change alone ("▲ +0,25"), for a tile too narrow for the words. */
  private String changeNumber = " ";

  SeriesTile(SeriesMeta meta, Color color, SeriesDecimals decimals) {
    this.meta = meta;
    this.decimals = decimals;
    this.color = color;
    getStyleClass().add("tile");
    setAccessibleText(meta.name());
    setId("tile-" + meta.id());

    Node name = nameOf(meta);
    plottedDot.setFill(color);
    plottedDot.setVisible(false);
    badge.getStyleClass().add("tile-badge");
    badge.setVisible(false);
    badge.managedProperty().bind(badge.visibleProperty());
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    age.getStyleClass().add("tile-age");
    age.setVisible(false);
    age.managedProperty().bind(age.visibleProperty());
    age.setMinWidth(Region.USE_PREF_SIZE);
    badge.setMinWidth(Region.USE_PREF_SIZE);
    HBox header = new HBox(6, plottedDot, name);
    header.setAlignment(Pos.CENTER_LEFT);

    value.getStyleClass().add("tile-value");
    unit.setText(meta.unit());
    unit.getStyleClass().add("tile-unit");
    if (meta.unitGuessed()) {
      // A guess from the value's name can be wrong: it looks like one and says so.
      unit.getStyleClass().add("guessed");
      unit.setTooltip(new Tooltip(Texts.get("unit.guessed", meta.unit())));
    } else if (!meta.unit().isEmpty()) {
      // The unit gives way first on a tight tile (below): it is still there to point at.
      unit.setTooltip(new Tooltip(meta.unit()));
    }
    // The threshold badge beside the value, so it never takes the name's room.
    reading.getChildren().addAll(value, unit, spacer, badge);
    reading.setAlignment(Pos.BASELINE_LEFT);
    // A reading is never cut short ("1.01…" for 1.013,8): it takes the room it needs, in a
    // smaller size when the tile is narrow; the unit gives way first.
    value.setMinWidth(Region.USE_PREF_SIZE);
    unit.setMinWidth(0);
    widthProperty().addListener((o, a, b) -> {
      fitValue();
      fitChange();
    });

    change.getStyleClass().add("tile-change");
    // Too narrow for "▲ +0,25 desde el inicio", the line keeps the number whole and drops the
    // words into its tooltip, rather than cutting the number's context mid-word.
    change.setTooltip(changeTip);
    sparkline.widthProperty().bind(widthProperty().subtract(24));
    // The age of a stale value sits at the right of the change line, leaving the name its room.
    Region changeSpacer = new Region();
    HBox.setHgrow(changeSpacer, Priority.ALWAYS);
    change.setMinWidth(0);
    HBox changeRow = new HBox(CHANGE_ROW_GAP, change, changeSpacer, age);
    changeRow.setAlignment(Pos.CENTER_LEFT);
    getChildren().addAll(header, reading, changeRow, sparkline);
    setSpacing(2);
    setMinWidth(150);
    setMaxWidth(Double.MAX_VALUE);
  }

  SeriesMeta meta() {
    return meta;
  }

  /** Hides the sparkline on a short window. */
  void setCompact(boolean compact) {
    sparkline.setVisible(!compact);
    sparkline.setManaged(!compact);
  }

  void setPlotted(boolean plotted) {
    plottedDot.setVisible(plotted);
    pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("plotted"), plotted);
  }

  /**
   * Shows the newest value and the series' threshold state as judged when it was stored; call
   * with the store's read lock held.
   */
  void update(SeriesRing ring, double open, ThresholdState state) {
    if (ring.isEmpty()) {
      return;
    }
    double last = ring.lastValue();
    int d = decimals.of(meta, ring);
    String text = Formats.value(last, d);
    if (!text.equals(shownValue)) {
      shownValue = text;
      value.setText(text);
      fitValue();
      double delta = last - open;
      String sign = delta > 0 ? "▲ +" : delta < 0 ? "▼ " : "  ";
      changeNumber = Double.isNaN(open) ? " " : sign + Formats.value(delta, d);
      // A percentage only of a price above zero: of a spread that crosses zero it would say
      // nothing true.
      changeWords = Double.isNaN(open) ? " " : meta.kind() == SeriesKind.STOCK && open > 0
          ? String.format(Texts.locale(), "%s%s (%+.2f%%)", sign, Formats.value(delta, d),
              100 * delta / open)
          : Texts.get("tile.sinceStart", sign, Formats.value(delta, d));
      fitChange();
      change.getStyleClass().removeAll("up", "down");
      // Green and red for a price's direction; a sensor's rise may be into its alarm band, so
      // its colour comes from its thresholds alone.
      if (delta != 0 && meta.kind() == SeriesKind.STOCK) {
        change.getStyleClass().add(delta > 0 ? "up" : "down");
      }
    }
    showState(state);
  }

  /** Draws the tile's trend from its ring (store lock held); false when it had not changed. */
  boolean drawTrend(SeriesRing ring) {
    return sparkline.draw(ring, color);
  }

  /**
   * Dims the tile while the feed is stale and says how old its value is; call with the store's
   * read lock held.
   *
   * @param nowMicros now on the feed's clock
   */
  void showAge(SeriesRing ring, boolean stale, long nowMicros) {
    boolean show = stale && !ring.isEmpty();
    pseudoClassStateChanged(STALE, stale);
    boolean wasShown = age.isVisible();
    String wasText = age.getText();
    age.setVisible(show);
    if (show) {
      age.setText(Texts.get("tile.age",
          Formats.duration(Math.max(0, nowMicros - ring.lastTime()) / 1e6)));
    }
    if (show != wasShown || show && !age.getText().equals(wasText)) {
      fitChange();
    }
  }

  /** The change in words when they fit beside the age, else the number alone. */
  private void fitChange() {
    // The row's spacing stands between the line and its spacer, and again before the age.
    double room = getWidth() - snappedLeftInset() - snappedRightInset() - CHANGE_ROW_GAP
        - (age.isVisible() ? age.prefWidth(-1) + CHANGE_ROW_GAP : 0);
    probe.setText(changeWords);
    probe.setFont(change.getFont());
    boolean fits = room <= 0 || probe.getLayoutBounds().getWidth() + change.snappedLeftInset()
        + change.snappedRightInset() + 1 <= room;
    change.setText(fits ? changeWords : changeNumber);
    changeTip.setText(changeWords);
  }

  /** Whether the value, at its full size, leaves the unit its room in the row; else smaller. */
  private void fitValue() {
    // The tile's own width: the row may be laid out wider than the tile when its value does
    // not fit, which is what this decides.
    double room = getWidth() - snappedLeftInset() - snappedRightInset();
    if (room <= 0) {
      return;
    }
    probe.setText(value.getText());
    probe.setFont(Font.font(value.getFont().getFamily(), FontWeight.BOLD, FULL_VALUE_SIZE));
    double gap = reading.getSpacing();
    double needed = probe.getLayoutBounds().getWidth() + value.snappedLeftInset()
        + value.snappedRightInset() + gap + unit.prefWidth(-1) + gap
        + (badge.isVisible() ? gap + badge.prefWidth(-1) : 0);
    value.pseudoClassStateChanged(TIGHT, needed > room);
  }

  private void showState(ThresholdState state) {
    if (state == shownState) {
      return;
    }
    shownState = state;
    getStyleClass().removeAll(STATE_CLASSES);
    badge.setVisible(state != ThresholdState.NORMAL);
    if (state != ThresholdState.NORMAL) {
      getStyleClass().add(state.name().toLowerCase(Locale.ROOT));
      badge.setText(Texts.get(state == ThresholdState.ALARM ? "tile.alarm" : "tile.warn"));
    }
    fitValue();
  }

  /**
   * The tile's name. What tells tiles apart is often at the end of each part: a device and its
   * field ("hall_sensor temperature" beside "hall_sensor humidity", a tag's
   * "ruuvi/gw-7f3a/C3:4B:1A:2D:5E:6F pressure"): such a name goes on two lines, the device above
   * the field, the device cut at its start and the field at its end if they must be, so a long
   * topic never hides the field. Other names wrap onto two lines.
   */
  private static Node nameOf(SeriesMeta meta) {
    String text = meta.kind() == SeriesKind.STOCK && !meta.name().equals(meta.id())
        ? meta.id() + " · " + meta.name() : meta.name();
    int space = text.indexOf(' ');
    if (meta.kind() != SeriesKind.STOCK && space > 0 && space == text.lastIndexOf(' ')) {
      Label device = nameLine(text.substring(0, space), text);
      device.setTextOverrun(OverrunStyle.LEADING_ELLIPSIS);
      return new VBox(device, nameLine(text.substring(space + 1), text));
    }
    Label name = nameLine(text, text);
    name.setWrapText(true);
    name.maxHeightProperty().bind(name.fontProperty().map(f -> f.getSize() * 2.6));
    return name;
  }

  private static Label nameLine(String text, String whole) {
    Label line = new Label(text);
    line.getStyleClass().add("tile-name");
    line.setTextOverrun(OverrunStyle.ELLIPSIS);
    line.setMinWidth(0);
    line.setTooltip(new Tooltip(whole));
    return line;
  }
}
