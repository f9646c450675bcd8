package org.livedash.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.livedash.i18n.Texts;
import org.livedash.model.SeriesMeta;
import org.livedash.model.SeriesRing;
import org.livedash.model.StoreView;
import org.livedash.ui.chart.Formats;
import org.livedash.ui.chart.SeriesDecimals;

/**
 * A pane that shows series' newest values rather than their history: a table of them, or one
 * big number. Its series come from tiles dropped on it; each value is read under the store's
 * lock and shown after it, only when it changed.
 */
abstract class ValuePane extends VBox {
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");
  private final String key;
  private final String title;
  private final List<String> series = new ArrayList<>();
  private final Map<String, SeriesMeta> metas = new HashMap<>();
  private Function<String, Color> colors = id -> Color.GRAY;
  private final MenuButton menu;
  private final Menu removeMenu = new Menu(Texts.get("pane.remove"));
  private final SeriesDecimals decimals;
  private final DateTimeFormatter clock;
  private Runnable onChanged = () -> { };
  /** Each series' value and time as read, and whether they changed since shown. */
  private String[] values = new String[0];
  private String[] times = new String[0];
  /** How old each series was last said to be; "" while its feed is live. */
  private String[] ages = new String[0];
  private boolean changed = true;
  /** Whether its series changed since the store was last read for it. */
  private boolean unread = true;

  ValuePane(String key, String title, SeriesDecimals decimals, ZoneId zone) {
    this.key = key;
    this.title = title;
    this.decimals = decimals;
    this.clock = CLOCK.withZone(zone);
    setId(key);
    getStyleClass().add("value-pane");
    Label heading = new Label(title);
    heading.getStyleClass().add("panel-title");
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    menu = new MenuButton(null, new FontIcon(Feather.MORE_VERTICAL), removeMenu,
        new SeparatorMenuItem());
    menu.setId(key + "-options");
    menu.setTooltip(new Tooltip(Texts.get("chart.options.tip")));
    menu.getStyleClass().addAll("small", "flat");
    HBox header = new HBox(10, heading, spacer, menu);
    header.setAlignment(Pos.CENTER_LEFT);
    getChildren().add(header);
    setSpacing(6);
    setMinHeight(90);
  }

  /** The pane's id in a layout: {@code table-1}. */
  String key() {
    return key;
  }

  String title() {
    return title;
  }

  /** Adds the arrangement's items (split, maximise, close) to the pane's menu. */
  void addPaneItems(List<MenuItem> items) {
    menu.getItems().addAll(items);
  }

  /** What runs when the user changed the pane's series. */
  void setOnChanged(Runnable action) {
    onChanged = action;
  }

  /** The series shown, in order. */
  List<String> shown() {
    return List.copyOf(series);
  }

  /** Shows {@code ids}, as a layout says; those not in the feeds yet show a dash until they are. */
  void select(List<String> ids) {
    series.clear();
    ids.stream().limit(capacity()).forEach(series::add);
    placed();
  }

  /** A tile dropped on the pane: its series shown (in place of the one, in a one-value pane). */
  void drop(SeriesMeta meta) {
    metas.put(meta.id(), meta);
    if (series.contains(meta.id())) {
      return;
    }
    if (series.size() >= capacity()) {
      series.remove(0);
    }
    series.add(meta.id());
    placed();
    onChanged.run();
  }

  /** The series of the feeds shown, for their names, units and colours. */
  void setCatalogue(List<SeriesMeta> all, Function<String, Color> colorOf) {
    metas.clear();
    all.forEach(m -> metas.put(m.id(), m));
    colors = colorOf;
    placed();
  }

  /**
   * Reads each series' newest value when the store moved on ({@code due}) or the pane's series
   * changed; call with the store's read lock held.
   */
  void prepare(StoreView r, boolean due) {
    if (!due && !unread) {
      return;
    }
    unread = false;
    for (int i = 0; i < series.size(); i++) {
      int at = r.indexOf(series.get(i));
      String value = "–";
      String time = "";
      if (at >= 0 && !r.ring(at).isEmpty()) {
        SeriesRing ring = r.ring(at);
        value = Formats.value(ring.lastValue(), decimals.of(r.meta(at), ring));
        time = clock.format(Instant.ofEpochMilli(ring.lastTime() / 1000));
      }
      if (!value.equals(values[i]) || !time.equals(times[i])) {
        values[i] = value;
        times[i] = time;
        changed = true;
      }
    }
  }

  /**
   * Dims each series whose feed may be showing old values, saying how old; call a few times a
   * second with the store's read lock held ({@code stale} and {@code nowMicros} by feed).
   */
  void showAge(StoreView r, boolean[] stale, long[] nowMicros) {
    for (int i = 0; i < series.size(); i++) {
      int at = r.indexOf(series.get(i));
      boolean old = at >= 0 && !r.ring(at).isEmpty() && stale[r.feedOf(at)];
      String age = old ? Texts.get("tile.age", Formats.duration(
          Math.max(0, nowMicros[r.feedOf(at)] - r.ring(at).lastTime()) / 1e6)) : "";
      if (!age.equals(ages[i])) {
        ages[i] = age;
        showStale(i, old, age);
      }
    }
  }

  /** Dims the {@code i}th series ({@code stale}) with its {@code age}, or shows it live. */
  abstract void showStale(int i, boolean stale, String age);

  /** Shows what {@link #prepare} read, if it changed. */
  void render() {
    if (changed) {
      changed = false;
      for (int i = 0; i < series.size(); i++) {
        show(i, values[i], times[i]);
      }
    }
  }

  /** How many series the pane shows at once. */
  abstract int capacity();

  /** Builds the pane's body for its series, each shown with a dash until read. */
  abstract void layOut(List<String> ids);

  /** Shows the {@code i}th series' value and the time it was read at. */
  abstract void show(int i, String value, String time);

  /** What {@code id} is called, with its unit: its id until the feed names it. */
  String nameOf(String id) {
    SeriesMeta m = metas.get(id);
    return m == null ? id : m.name();
  }

  String unitOf(String id) {
    SeriesMeta m = metas.get(id);
    return m == null ? "" : m.unit();
  }

  Color colorOf(String id) {
    return colors.apply(id);
  }

  /** Takes {@code id} off the pane. */
  void remove(String id) {
    if (series.remove(id)) {
      placed();
      onChanged.run();
    }
  }

  private void placed() {
    values = new String[series.size()];
    times = new String[series.size()];
    // A dash until read: the store is read on the tiles' beat, drawn every frame.
    java.util.Arrays.fill(values, "–");
    java.util.Arrays.fill(times, "");
    ages = new String[series.size()];
    changed = true;
    unread = true;
    removeMenu.getItems().clear();
    for (String id : series) {
      MenuItem item = new MenuItem(nameOf(id));
      item.setOnAction(e -> remove(id));
      removeMenu.getItems().add(item);
    }
    removeMenu.setDisable(series.isEmpty());
    layOut(List.copyOf(series));
  }
}
