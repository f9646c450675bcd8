package org.livedash.ui;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.paint.Color;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.livedash.i18n.Texts;
import org.livedash.model.Layout;
import org.livedash.model.PaneTree;
import org.livedash.model.SeriesKind;
import org.livedash.model.SeriesMeta;
import org.livedash.model.StoreView;
import org.livedash.ui.chart.LiveChart;

/**
 * The panes the user makes beside the sensors' and markets' charts — time charts of any series,
 * tables of last values, big numbers — and what every pane's menu offers to arrange them: split
 * right or below into a new pane, maximise, close; a tile dropped on a pane shows its series
 * there. What the user made is kept in layouts and from one run to the next.
 */
final class ArrangedPanes {
  private static final String SENSORS = "sensors";
  private static final String MARKETS = "markets";
  /** The X–Y pane's id: there is one, shown or not. */
  static final String XY = "xy";
  private final PaneArea area;
  private final XyPanel xy;
  private final ChartGroup charts;
  /** Makes a time chart pane given its id and title, drawn as the window's charts are. */
  private final BiFunction<String, String, ChartPanel> newChart;
  private final BiFunction<String, String, ValuePane> newTable;
  private final BiFunction<String, String, ValuePane> newNumber;
  private final Consumer<String> notice;
  /** The time charts the user made, by id. */
  private final Map<String, ChartPanel> madeCharts = new LinkedHashMap<>();
  /** The tables and big numbers, by id. */
  private final Map<String, ValuePane> values = new LinkedHashMap<>();
  /** What a layout plots on the charts the user made, applied as their series come. */
  private final Map<String, Layout.Chart> waiting = new LinkedHashMap<>();
  private List<SeriesMeta> catalogue = List.of();
  private Function<String, Color> colors = id -> Color.GRAY;
  private Runnable onChanged = () -> { };
  private Runnable onPlotted = () -> { };
  /** Each pane's own title, by id: kept as none, so it follows the window's language. */
  private final Map<String, String> named = new java.util.HashMap<>();

  ArrangedPanes(PaneArea area, ChartGroup charts, XyPanel xy,
      BiFunction<String, String, ChartPanel> newChart,
      BiFunction<String, String, ValuePane> newTable,
      BiFunction<String, String, ValuePane> newNumber, Consumer<String> notice) {
    this.area = area;
    this.xy = xy;
    this.charts = charts;
    this.newChart = newChart;
    this.newTable = newTable;
    this.newNumber = newNumber;
    this.notice = notice;
    for (ChartPanel base : List.of(charts.sensors(), charts.markets())) {
      area.put(base.key(), base);
      base.setOnMaximise(p -> area.maximise(p.key()));
      base.addPaneItems(items(base.key(), false, false));
      SeriesKind kind = base == charts.sensors() ? SeriesKind.SENSOR : SeriesKind.STOCK;
      SeriesDrag.onto(base, m -> dropOnBase(base, kind, m));
    }
    area.put(XY, xy);
    xy.addPaneItems(items(XY, true, true));
    area.arrange(PaneTree.standard());
    // Shown from the ⋯ menu: below the others unless it has its place; hidden: out of them.
    xy.visibleProperty().addListener((o, was, shown) -> {
      if (shown) {
        area.showBelow(XY);
      } else {
        area.close(XY);
      }
    });
    area.setOnArranged(() -> {
      charts.stack().setStandard(area.standard());
      onChanged.run();
    });
  }

  /** What runs when the user made, closed or filled a pane of their own. */
  void setOnChanged(Runnable action) {
    onChanged = action;
  }

  /** Tells that the user changed a pane: what it shows, or where its series are drawn. */
  void changed() {
    onChanged.run();
  }

  /** What runs when a chart the user made plots a series more or less. */
  void setOnPlotted(Runnable action) {
    onPlotted = action;
  }

  /** The area the panes stand in. */
  PaneArea area() {
    return area;
  }

  /** The tables and big numbers, to read and draw each frame. */
  Iterable<ValuePane> valuePanes() {
    return values.values();
  }

  /** The series of the feeds shown: every pane the user made may show any of them. */
  void setCatalogue(List<SeriesMeta> all, Function<String, Color> colorOf) {
    catalogue = all;
    colors = colorOf;
    madeCharts.values().forEach(c -> c.setCatalogue(all, colorOf, List.of()));
    values.values().forEach(v -> v.setCatalogue(all, colorOf));
    applyWaiting();
  }

  /**
   * Reads the tables' and big numbers' values, when the store moved on ({@code due}) or a pane
   * was given other series; call with the store's read lock held.
   */
  void prepare(StoreView r, boolean due) {
    values.values().forEach(v -> v.prepare(r, due));
  }

  void render() {
    values.values().forEach(ValuePane::render);
  }

  /**
   * The pane's menu items: maximise ({@code maximisable}: a chart has its own, beside its other
   * views), split right and below into a chart, a table, a big number or the X–Y plot; close
   * ({@code closable}: the panes the user made).
   */
  private List<MenuItem> items(String id, boolean closable, boolean maximisable) {
    List<MenuItem> out = new ArrayList<>();
    out.add(new SeparatorMenuItem());
    if (maximisable) {
      MenuItem maximise = new MenuItem(Texts.get("pane.maximise"), new FontIcon(Feather.MAXIMIZE));
      maximise.setId(id + "-maximise");
      maximise.setOnAction(e -> area.maximise(id));
      out.add(maximise);
    }
    out.add(splitMenu(id, PaneTree.COLUMNS, "pane.splitRight", Feather.COLUMNS));
    out.add(splitMenu(id, PaneTree.ROWS, "pane.splitBelow", Feather.SIDEBAR));
    if (closable) {
      MenuItem close = new MenuItem(Texts.get("pane.close"), new FontIcon(Feather.X));
      close.setId(id + "-close");
      close.setOnAction(e -> close(id));
      out.add(close);
    }
    return out;
  }

  private Menu splitMenu(String id, String how, String label, Feather icon) {
    Menu menu = new Menu(Texts.get(label), new FontIcon(icon));
    menu.setId(id + "-split-" + how);
    for (String kind : List.of(Layout.Chart.TIME, Layout.Chart.TABLE, Layout.Chart.NUMBER,
        XY)) {
      MenuItem item = new MenuItem(Texts.get("pane.kind." + kind));
      item.setId(id + "-split-" + how + "-" + kind);
      item.setOnAction(e -> make(kind, id, how));
      menu.getItems().add(item);
    }
    return menu;
  }

  /** Makes a pane of {@code kind} beside {@code target}; its id. */
  String make(String kind, String target, String how) {
    if (XY.equals(kind)) {
      if (XY.equals(target)) {
        // Split from itself: it stays where it is.
        return XY;
      }
      // One X–Y pane: moved beside the target when it stands elsewhere.
      area.split(target, XY, how, xy);
      xy.show(true);
      return XY;
    }
    String id = freeId(kind);
    area.split(target, id, how, place(kind, id, null));
    return id;
  }

  /** Builds the pane {@code id} of {@code kind}, titled {@code title} or by its kind. */
  private javafx.scene.layout.Region place(String kind, String id, String title) {
    String number = id.substring(id.lastIndexOf('-') + 1);
    String own = Texts.get("pane.title." + kind, number);
    named.put(id, own);
    String heading = title != null ? title : own;
    if (Layout.Chart.TIME.equals(kind)) {
      ChartPanel chart = newChart.apply(id, heading);
      chart.setOnMaximise(p -> area.maximise(p.key()));
      chart.setOnUserChoice(() -> onChanged.run());
      chart.setOnSelectionChanged(() -> onPlotted.run());
      chart.addPaneItems(items(id, true, false));
      chart.setCatalogue(catalogue, colors, List.of());
      SeriesDrag.onto(chart, m -> {
        if (!chart.isPlotted(m.id())) {
          chart.userToggle(m.id());
        }
      });
      charts.add(chart);
      madeCharts.put(id, chart);
      return chart;
    }
    ValuePane pane = (Layout.Chart.TABLE.equals(kind) ? newTable : newNumber).apply(id, heading);
    pane.addPaneItems(items(id, true, true));
    pane.setCatalogue(catalogue, colors);
    pane.setOnChanged(() -> onChanged.run());
    pane.setMaxWidth(Double.MAX_VALUE);
    SeriesDrag.onto(pane, pane::drop);
    values.put(id, pane);
    return pane;
  }

  private String freeId(String kind) {
    String prefix = Layout.Chart.TIME.equals(kind) ? "chart" : kind;
    for (int n = 1; ; n++) {
      String id = prefix + "-" + n;
      if (!madeCharts.containsKey(id) && !values.containsKey(id)) {
        return id;
      }
    }
  }

  /** Closes the pane {@code id} the user made. */
  void close(String id) {
    if (XY.equals(id)) {
      xy.show(false);
      return;
    }
    area.close(id);
    forget(id);
  }

  private void dropOnBase(ChartPanel base, SeriesKind kind, SeriesMeta m) {
    if (m.kind() != kind) {
      notice.accept(Texts.get("pane.otherKind", m.name(), base.title()));
    } else if (!base.isPlotted(m.id())) {
      base.userToggle(m.id());
    }
  }

  /** The panes the user made, as a layout keeps them. */
  List<Layout.Chart> kept() {
    List<Layout.Chart> out = new ArrayList<>();
    madeCharts.forEach((id, c) -> out.add(new Layout.Chart(id, c.plotted(),
        c.window().toSeconds(), c.chart().style() == LiveChart.Style.CANDLES ? "candles"
        : "line", c.percent() ? "percent" : "values", Layout.Chart.TIME, titled(id, c.title()),
        c.axes(), c.axisTitles())));
    values.forEach((id, v) -> out.add(new Layout.Chart(id, v.shown(), null, null, null,
        v instanceof TablePane ? Layout.Chart.TABLE : Layout.Chart.NUMBER,
        titled(id, v.title()))));
    return out;
  }

  /** A pane's title as kept: none while it is its kind's own, which follows the language. */
  private String titled(String id, String title) {
    return title.equals(named.get(id)) ? null : title;
  }

  /**
   * Shows the panes of {@code made} arranged as {@code tree} (null: the window's own), in place
   * of those the user had made; of the sensors' and markets' charts, the series' axes.
   */
  void give(List<Layout.Chart> made, PaneTree tree) {
    List.copyOf(madeCharts.keySet()).forEach(this::forget);
    List.copyOf(values.keySet()).forEach(this::forget);
    waiting.clear();
    for (Layout.Chart c : made) {
      if (SENSORS.equals(c.chart()) || MARKETS.equals(c.chart())) {
        // The window's own charts: their series are the feed's view; their axes are kept here.
        (SENSORS.equals(c.chart()) ? charts.sensors() : charts.markets())
            .useAxes(org.livedash.ui.chart.SeriesAxis.ofKeys(c.axes()), c.axisTitles());
        continue;
      }
      if (madeCharts.containsKey(c.chart()) || values.containsKey(c.chart())) {
        continue;
      }
      area.put(c.chart(), place(c.kindOrTime(), c.chart(), c.title()));
      if (values.containsKey(c.chart())) {
        values.get(c.chart()).select(c.series());
      } else {
        waiting.put(c.chart(), c);
      }
    }
    PaneTree shown = tree != null ? tree : PaneTree.standard();
    // A pane the user made that the tree leaves out goes below the others.
    for (String id : allIds()) {
      if (!shown.ids().contains(id)) {
        shown = shown.below(id);
      }
    }
    area.arrange(shown);
    charts.stack().setStandard(area.standard());
    applyWaiting();
  }

  private List<String> allIds() {
    List<String> ids = new ArrayList<>(List.of(SENSORS, MARKETS));
    ids.addAll(madeCharts.keySet());
    ids.addAll(values.keySet());
    return ids;
  }

  private void forget(String id) {
    ChartPanel chart = madeCharts.remove(id);
    if (chart != null) {
      charts.remove(chart);
    }
    values.remove(id);
    area.remove(id);
  }

  /** Plots what a layout said on the charts the user made, once their series are shown. */
  private void applyWaiting() {
    java.util.Set<String> shown = new java.util.HashSet<>();
    catalogue.forEach(m -> shown.add(m.id()));
    waiting.values().removeIf(c -> {
      ChartPanel chart = madeCharts.get(c.chart());
      if (chart == null) {
        return true;
      }
      chart.select(c.series());
      chart.useCandles("candles".equals(c.style()));
      chart.usePercent("percent".equals(c.scale()));
      chart.useAxes(org.livedash.ui.chart.SeriesAxis.ofKeys(c.axes()), c.axisTitles());
      if (c.windowSeconds() != null) {
        chart.showWindow(Duration.ofSeconds(c.windowSeconds()));
      }
      return shown.containsAll(c.series());
    });
  }
}
