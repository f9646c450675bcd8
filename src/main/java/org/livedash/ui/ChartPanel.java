package org.livedash.ui;

import org.livedash.i18n.Texts;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.livedash.model.SeriesMeta;
import org.livedash.ui.chart.Crosshair;
import org.livedash.ui.chart.LiveChart;

/**
 * A titled chart with its controls: which series to plot, the time window, pause and back to
 * live, line or candles (for markets), autoscale, and export.
 */
final class ChartPanel extends VBox {
  /** What a chart's CSV holds: what is visible, the same with values carried, any time range. */
  enum CsvKind { VISIBLE, CARRIED, RANGE }

  private final LiveChart chart;
  private final String key;
  private final String title;
  private final Label heading;
  private final HBox header;
  private final MenuButton seriesMenu = new MenuButton(Texts.get("chart.series"));
  private final List<String> selected = new ArrayList<>();
  /** This chart given the dashboard's whole room, or not. */
  private final CheckMenuItem maximise = new CheckMenuItem(Texts.get("chart.maximise"));
  private Consumer<ChartPanel> onMaximise = p -> { };
  /** Each series as its % change from the window's left edge. */
  private final CheckMenuItem percent = new CheckMenuItem(Texts.get("chart.percent"));
  /** Where each series is drawn, when not with its unit. */
  private final Map<String, org.livedash.ui.chart.SeriesAxis> axes = new java.util.HashMap<>();
  /** What each unit's axis says beside its unit, by unit. */
  private final Map<String, String> titles = new java.util.TreeMap<>();
  /** Each series' unit, by id, as the catalogue gives them. */
  private final Map<String, String> units = new java.util.HashMap<>();
  /** Line or candles, on a chart that offers candles; else null. */
  private StyleChoice style;
  private final WindowChoice windows;
  /** Back to live and pause: given up to the keys on a very narrow pane. */
  private HBox live;
  private final CheckMenuItem linkItem = new CheckMenuItem(Texts.get("chart.link"));
  private MenuButton options;
  private Function<String, Color> colors = id -> Color.GRAY;
  private Runnable onSelectionChanged = () -> {};
  /** The user changed what is plotted or the window: worth keeping for the next run. */
  private Runnable onUserChoice = () -> {};

  /**
   * @param key short id used for the node ids of the controls ("sensors", "markets")
   * @param candles whether to offer the candlestick view
   */
  ChartPanel(String title, String key, boolean candles, ZoneId zone, Crosshair crosshair,
      Consumer<ChartPanel> exportPng, BiConsumer<ChartPanel, CsvKind> exportCsv) {
    this.key = key;
    chart = new LiveChart(zone, crosshair);
    chart.setId(key + "-canvas");
    getStyleClass().add("chart-panel");
    this.title = title;
    heading = new Label(title);
    heading.getStyleClass().add("panel-title");
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    seriesMenu.getStyleClass().add("small");
    seriesMenu.setId(key + "-series");
    header = new HBox(10, heading, seriesMenu);
    if (candles) {
      style = new StyleChoice(key, chart);
      header.getChildren().add(style);
    }
    windows = new WindowChoice(key, chart.window(), this::chooseWindow);
    live = liveControls();
    header.getChildren().addAll(spacer, live, windows, optionsMenu(exportPng, exportCsv));
    header.setAlignment(Pos.CENTER_LEFT);
    heading.setMinWidth(30);
    seriesMenu.setMinWidth(Region.USE_PREF_SIZE);
    // A pane too narrow for its whole header offers the windows in one button and leaves the
    // style to wider panes; the title gives way last.
    header.widthProperty().addListener((o, was, now) -> fitHeader(now.doubleValue(), spacer));
    setMinWidth(200);
    VBox.setVgrow(chart, Priority.ALWAYS);
    getChildren().addAll(header, chart);
    setSpacing(6);
  }

  private HBox liveControls() {
    ToggleButton pause = new ToggleButton(null, new FontIcon(Feather.PAUSE));
    pause.setId(key + "-pause");
    pause.getStyleClass().add("small");
    Tooltip freeze = new Tooltip(Texts.get("chart.freeze"));
    Tooltip resume = new Tooltip(Texts.get("chart.resume"));
    pause.setTooltip(freeze);
    pause.setOnAction(e -> {
      if (pause.isSelected()) {
        chart.pause();
      } else {
        chart.backToLive();
      }
    });
    // The button shows what it will do: pause while live, play while paused.
    chart.pausedProperty().addListener((o, a, b) -> {
      pause.setSelected(b);
      pause.setGraphic(new FontIcon(b ? Feather.PLAY : Feather.PAUSE));
      pause.setTooltip(b ? resume : freeze);
    });
    Button live = new Button(Texts.get("chart.live"), new FontIcon(Feather.SKIP_FORWARD));
    live.setId(key + "-live");
    live.getStyleClass().addAll("small", "accent");
    live.setTooltip(new Tooltip(Texts.get("chart.live.tip")));
    live.setOnAction(e -> chart.backToLive());
    live.visibleProperty().bind(chart.liveProperty().not());
    live.managedProperty().bind(live.visibleProperty());
    HBox box = new HBox(6, live, pause);
    box.setAlignment(Pos.CENTER_LEFT);
    return box;
  }

  /** Shows one of the preset windows (the keys 1 to 5 pick them), as the user chose. */
  void chooseWindow(Duration window) {
    showWindow(window);
    onUserChoice.run();
  }

  /** Shows a window restored from the user's last run, or any preset one. */
  void showWindow(Duration window) {
    windows.show(window);
    chart.setWindow(window);
  }

  /** The series plotted, in the order they were added. */
  List<String> plotted() {
    return List.copyOf(selected);
  }

  Duration window() {
    return chart.window();
  }

  void setOnUserChoice(Runnable r) {
    onUserChoice = r;
  }

  /** Pauses the chart, or follows the newest data again if it is paused. */
  void togglePause() {
    if (chart.pausedProperty().get()) {
      chart.backToLive();
    } else {
      chart.pause();
    }
  }

  private MenuButton optionsMenu(Consumer<ChartPanel> exportPng,
      BiConsumer<ChartPanel, CsvKind> exportCsv) {
    CheckMenuItem autoscale = new CheckMenuItem(Texts.get("chart.autoscale"));
    autoscale.setSelected(true);
    autoscale.setOnAction(e -> chart.setAutoscale(autoscale.isSelected()));
    CheckMenuItem thresholds = new CheckMenuItem(Texts.get("chart.thresholdsInScale"));
    thresholds.setOnAction(e -> chart.setThresholdsInScale(thresholds.isSelected()));
    CheckMenuItem split = new CheckMenuItem(Texts.get("chart.splitBySize"));
    split.setId(key + "-split");
    split.setSelected(true);
    split.setOnAction(e -> chart.setSplitBySize(split.isSelected()));
    MenuItem png = new MenuItem(Texts.get("chart.png"), new FontIcon(Feather.IMAGE));
    png.setOnAction(e -> exportPng.accept(this));
    MenuItem csv = new MenuItem(Texts.get("chart.csv"),
        new FontIcon(Feather.FILE_TEXT));
    csv.setOnAction(e -> exportCsv.accept(this, CsvKind.VISIBLE));
    MenuItem carried = new MenuItem(Texts.get("chart.csvCarried"),
        new FontIcon(Feather.FILE_TEXT));
    carried.setOnAction(e -> exportCsv.accept(this, CsvKind.CARRIED));
    MenuItem range = new MenuItem(Texts.get("chart.csvRange"), new FontIcon(Feather.CLOCK));
    range.setId(key + "-csv-range");
    range.setOnAction(e -> exportCsv.accept(this, CsvKind.RANGE));
    maximise.setId(key + "-maximise");
    maximise.setOnAction(e -> onMaximise.accept(this));
    percent.setId(key + "-percent");
    percent.setOnAction(e -> chart.setNormalised(percent.isSelected()));
    MenuItem axesItem = new MenuItem(Texts.get("chart.axes"));
    axesItem.setId(key + "-axes");
    axesItem.setOnAction(e -> AxesDialog.ask(getScene().getWindow(), plotted(),
        id -> seriesMenu.getItems().stream().filter(i -> i.getId().equals("plot-" + id))
            .map(MenuItem::getText).findFirst().orElse(id), units, axes, titles)
        .ifPresent(chosen -> {
          useAxes(chosen.axes(), chosen.titles());
          onUserChoice.run();
        }));
    MenuButton menu = new MenuButton(null, new FontIcon(Feather.MORE_VERTICAL), windows.menu(),
        autoscale, thresholds, split, percent, axesItem, maximise,
        linkItem, new SeparatorMenuItem(), png, csv, carried, range);
    menu.setId(key + "-options");
    menu.setMinWidth(Region.USE_PREF_SIZE);
    options = menu;
    menu.setTooltip(new javafx.scene.control.Tooltip(Texts.get("chart.options.tip")));
    menu.getStyleClass().addAll("small", "flat");
    return menu;
  }

  /** Adds the arrangement's items (split, close) to the chart's menu. */
  void addPaneItems(List<MenuItem> items) {
    options.getItems().addAll(items);
  }

  /** What choosing "Maximise" does ({@link PaneArea#maximise}). */
  void setOnMaximise(Consumer<ChartPanel> action) {
    onMaximise = action;
  }

  /** Shows whether this chart has the dashboard's whole room. */
  void showMaximised(boolean on) {
    maximise.setSelected(on);
  }

  /**
   * Draws each series of {@code chosen} on its axis, the others with their unit; each unit's
   * axis says its title of {@code named} beside the unit.
   */
  void useAxes(Map<String, org.livedash.ui.chart.SeriesAxis> chosen, Map<String, String> named) {
    axes.clear();
    axes.putAll(chosen);
    titles.clear();
    titles.putAll(named);
    chart.setAxes(axes, titles);
  }

  /** What each unit's axis says beside its unit, as a layout keeps it. */
  Map<String, String> axisTitles() {
    return Map.copyOf(titles);
  }

  /** The series drawn elsewhere than with their unit, as a layout keeps them. */
  Map<String, String> axes() {
    Map<String, String> out = new java.util.TreeMap<>();
    axes.forEach((id, a) -> out.put(id, a.key()));
    return out;
  }

  /** Whether each series is shown as its % change from the window's left edge. */
  boolean percent() {
    return percent.isSelected();
  }

  /** Shows each series as its % change ({@code on}), or its values, as a layout says. */
  void usePercent(boolean on) {
    percent.setSelected(on);
    chart.setNormalised(on);
  }

  /** The menu item that links this chart's zoom and pan with the other's ({@link ChartGroup}). */
  CheckMenuItem linkItem() {
    return linkItem;
  }

  LiveChart chart() {
    return chart;
  }

  /**
   * Puts {@code node} where the title is (the switch between the charts, when they take turns
   * on a short window); null puts the title back.
   */
  void setHeading(javafx.scene.Node node) {
    javafx.scene.Node now = node == null ? heading : node;
    if (header.getChildren().get(0) != now) {
      header.getChildren().set(0, now);
    }
  }

  /** The chart's title, as shown: "Sensors". */
  String title() {
    return title;
  }

  String key() {
    return key;
  }

  /** Fills the series menu from the catalogue, keeping the selection where it still applies. */
  void setCatalogue(List<SeriesMeta> catalogue, Function<String, Color> colorOf,
      List<String> defaultSelection) {
    this.colors = colorOf;
    seriesMenu.getItems().clear();
    List<String> ids = catalogue.stream().map(SeriesMeta::id).toList();
    selected.retainAll(ids);
    if (selected.isEmpty()) {
      defaultSelection.stream().filter(ids::contains).forEach(selected::add);
    }
    for (SeriesMeta m : catalogue) {
      units.put(m.id(), m.unit());
      CheckMenuItem item = new CheckMenuItem(m.name() + (m.unit().isEmpty() ? ""
          : " (" + m.unit() + ")"));
      item.setId("plot-" + m.id());
      item.setSelected(selected.contains(m.id()));
      item.setOnAction(a -> userToggle(m.id()));
      seriesMenu.getItems().add(item);
    }
    apply();
  }

  /** Plots exactly those of {@code ids} the chart has, as a layout says. */
  void select(List<String> ids) {
    selected.clear();
    seriesMenu.getItems().forEach(i -> {
      String id = i.getId().substring("plot-".length());
      if (ids.contains(id)) {
        selected.add(id);
      }
      ((CheckMenuItem) i).setSelected(selected.contains(id));
    });
    apply();
  }

  /** Draws candles (on a chart that offers them) or a line. */
  void useCandles(boolean candles) {
    if (style != null) {
      style.useCandles(candles);
    }
  }

  private void fitHeader(double width, Region spacer) {
    double whole = header.getSpacing() * (header.getChildren().size() - 1);
    for (javafx.scene.Node n : header.getChildren()) {
      whole += n == spacer ? 0 : n == windows ? windows.rowWidth() : n.prefWidth(-1);
    }
    boolean narrow = width < whole;
    // Narrower still: the windows in the ⋮ menu, pause and back to live to the keys (Space, L).
    double shortened = whole - windows.rowWidth() + windows.buttonWidth()
        - (style == null ? 0 : style.prefWidth(-1) + header.getSpacing());
    boolean least = width < shortened;
    windows.setNarrow(narrow);
    for (javafx.scene.Node n : new javafx.scene.Node[] {style, live, windows}) {
      if (n != null) {
        boolean shown = n == style ? !narrow : !least;
        n.setVisible(shown);
        n.setManaged(shown);
      }
    }
  }

  boolean isPlotted(String id) {
    return selected.contains(id);
  }

  /** Adds the series to the chart, or removes it if it is there. */
  void toggle(String id) {
    if (!selected.remove(id)) {
      selected.add(id);
    }
    seriesMenu.getItems().forEach(i -> {
      if (i instanceof CheckMenuItem c && c.getId().equals("plot-" + id)) {
        c.setSelected(selected.contains(id));
      }
    });
    apply();
  }

  /** The user added or removed a series (from the menu or a tile). */
  void userToggle(String id) {
    toggle(id);
    onUserChoice.run();
  }

  void setOnSelectionChanged(Runnable r) {
    onSelectionChanged = r;
  }

  private void apply() {
    chart.setSeries(List.copyOf(selected), selected.stream().map(colors).toList());
    onSelectionChanged.run();
  }
}
