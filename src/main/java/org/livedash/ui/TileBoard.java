package org.livedash.ui;

import org.livedash.i18n.Texts;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.livedash.model.SeriesKind;
import org.livedash.model.SeriesMeta;
import org.livedash.model.SeriesStore;
import org.livedash.model.StoreView;

/**
 * The tiles, one per series, sensors and stocks in rows of their own. As many columns as fit
 * (up to six); on a short window the tiles drop their sparklines.
 */
final class TileBoard extends VBox {
  private static final int MAX_COLUMNS = 6;
  private static final double TILE_MIN_WIDTH = 150;
  private static final double GAP = 8;
  /** The longest the trends of one frame may hold the store's lock. */
  private static final long TREND_BUDGET_NANOS = 3_000_000L;
  private final Map<String, SeriesTile> tiles = new HashMap<>();
  private final List<GridPane> grids = new java.util.ArrayList<>();
  /** The series whose trend was drawn last (see {@link #drawTrends}). */
  private int trendCursor = -1;
  private int columns = MAX_COLUMNS;
  private boolean compact;
  private final org.livedash.ui.chart.SeriesDecimals decimals;
  private Consumer<SeriesMeta> onTileClicked = m -> {};
  private Consumer<SeriesMeta> onTileSettings = m -> {};
  private Consumer<SeriesMeta> onTileAlerts = m -> {};

  TileBoard(org.livedash.ui.chart.SeriesDecimals decimals) {
    this.decimals = decimals;
    getStyleClass().add("tile-board");
    setSpacing(6);
    widthProperty().addListener((o, a, w) -> {
      int fit = (int) Math.floor((w.doubleValue() + GAP) / (TILE_MIN_WIDTH + GAP));
      int c = Math.max(2, Math.min(MAX_COLUMNS, fit));
      if (c != columns) {
        columns = c;
        grids.forEach(this::arrange);
      }
    });
  }

  /**
   * The board in a scroll pane of its own, never taller than {@code share} of {@code height}
   * (the window's): however many series the feeds have, the panes keep the rest.
   */
  javafx.scene.control.ScrollPane bounded(javafx.beans.value.ObservableDoubleValue height,
      double share) {
    javafx.scene.control.ScrollPane scroll = LiveScroll.around(this);
    scroll.setId("tile-scroll");
    scroll.getStyleClass().add("tile-scroll");
    scroll.setFitToWidth(true);
    scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
    scroll.setFocusTraversable(false);
    scroll.maxHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
        () -> height.get() <= 0 ? Double.MAX_VALUE : height.get() * share, height));
    scroll.minHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
        () -> Math.min(prefHeight(-1), scroll.getMaxHeight()), heightProperty(),
        scroll.maxHeightProperty()));
    return scroll;
  }

  /** Hides the sparklines (short window) or shows them again. */
  void setCompact(boolean compact) {
    if (compact == this.compact) {
      // New tiles take the board's state as they are made.
      return;
    }
    this.compact = compact;
    tiles.values().forEach(t -> t.setCompact(compact));
    // The headings go too: the tiles say what they are, and the charts need the room.
    getChildren().stream().filter(n -> n.getStyleClass().contains("section-title"))
        .forEach(n -> {
          n.setVisible(!compact);
          n.setManaged(!compact);
        });
  }

  /** What the tile's menu item "Name, unit and thresholds…" opens. */
  void setOnTileSettings(Consumer<SeriesMeta> handler) {
    onTileSettings = handler;
  }

  /** What the tile's menu item "Alert rules…" opens. */
  void setOnTileAlerts(Consumer<SeriesMeta> handler) {
    onTileAlerts = handler;
  }

  void setOnTileClicked(Consumer<SeriesMeta> handler) {
    onTileClicked = handler;
  }

  /** Builds the tiles for a catalogue. */
  void setCatalogue(List<SeriesMeta> catalogue, java.util.function.Function<String, Color> colors) {
    getChildren().clear();
    tiles.clear();
    grids.clear();
    for (SeriesKind kind : SeriesKind.values()) {
      List<SeriesMeta> ofKind = catalogue.stream().filter(m -> m.kind() == kind).toList();
      if (ofKind.isEmpty()) {
        continue;
      }
      Label heading = new Label(Texts.get(kind == SeriesKind.SENSOR ? "chart.sensors"
          : "chart.markets"));
      heading.getStyleClass().add("section-title");
      heading.setVisible(!compact);
      heading.setManaged(!compact);
      GridPane grid = new GridPane();
      grid.setHgap(GAP);
      grid.setVgap(GAP);
      for (SeriesMeta meta : ofKind) {
        SeriesTile tile = new SeriesTile(meta, colors.apply(meta.id()), decimals);
        ContextMenu menu = settingsMenu(meta);
        SeriesDrag.from(tile, meta);
        tile.setOnMouseClicked(e -> {
          if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress()) {
            onTileClicked.accept(meta);
          } else if (e.getButton() == MouseButton.SECONDARY) {
            menu.show(tile, e.getScreenX(), e.getScreenY());
          }
        });
        tile.setOnContextMenuRequested(e -> {
          if (e.isKeyboardTrigger()) {
            menu.show(tile, e.getScreenX(), e.getScreenY());
          }
        });
        tile.setCompact(compact);
        tiles.put(meta.id(), tile);
        grid.getChildren().add(tile);
      }
      grids.add(grid);
      arrange(grid);
      getChildren().addAll(heading, grid);
    }
  }

  /** The tile's menu: its name, unit and levels; its alert rules. */
  private ContextMenu settingsMenu(SeriesMeta meta) {
    MenuItem settings = new MenuItem(Texts.get("tile.settings"));
    settings.setId("tile-settings-" + meta.id());
    settings.setOnAction(e -> onTileSettings.accept(meta));
    MenuItem rules = new MenuItem(Texts.get("tile.alerts"));
    rules.setId("tile-alerts-" + meta.id());
    rules.setOnAction(e -> onTileAlerts.accept(meta));
    return new ContextMenu(settings, rules);
  }

  /** Lays a grid's tiles out in the current number of columns, row after row. */
  private void arrange(GridPane grid) {
    int n = grid.getChildren().size();
    int c = Math.min(columns, n);
    grid.getColumnConstraints().clear();
    for (int i = 0; i < c; i++) {
      ColumnConstraints cc = new ColumnConstraints();
      cc.setPercentWidth(100.0 / c);
      cc.setHgrow(Priority.ALWAYS);
      grid.getColumnConstraints().add(cc);
    }
    for (int i = 0; i < n; i++) {
      GridPane.setConstraints(grid.getChildren().get(i), i % c, i / c);
    }
  }

  void setPlotted(String id, boolean plotted) {
    SeriesTile t = tiles.get(id);
    if (t != null) {
      t.setPlotted(plotted);
    }
  }

  /**
   * Dims the tiles of each feed while it is stale, with its values' age on that feed's clock;
   * inside a read. {@code stale} and {@code nowMicros} are by feed ({@link StoreView#feedOf}).
   */
  void showAge(StoreView reader, boolean[] stale, long[] nowMicros) {
    for (int i = 0; i < reader.seriesCount(); i++) {
      SeriesTile tile = tiles.get(reader.meta(i).id());
      int feed = Math.min(reader.feedOf(i), stale.length - 1);
      if (tile != null) {
        tile.showAge(reader.ring(i), stale[feed], nowMicros[feed]);
      }
    }
  }

  /**
   * Draws the trends of the tiles whose series changed, in turn from where the last call
   * stopped, until {@link #TREND_BUDGET_NANOS} of decimation is spent (store lock held): all
   * in the same frame as the tiles' values (five a second at most: a person reads no faster),
   * so the window is drawn once for both, and the lock is never held long however many tiles
   * and samples there are.
   */
  void drawTrends(StoreView reader) {
    int n = reader.seriesCount();
    long start = System.nanoTime();
    for (int k = 0; k < n && System.nanoTime() - start < TREND_BUDGET_NANOS; k++) {
      trendCursor = (trendCursor + 1) % n;
      SeriesTile tile = tiles.get(reader.meta(trendCursor).id());
      if (tile != null) {
        tile.drawTrend(reader.ring(trendCursor));
      }
    }
  }

  /** Shows the newest values; call inside {@link SeriesStore#read}. */
  void update(StoreView reader) {
    for (int i = 0; i < reader.seriesCount(); i++) {
      SeriesTile tile = tiles.get(reader.meta(i).id());
      if (tile != null) {
        tile.update(reader.ring(i), reader.openValue(i), reader.alarmState(i));
      }
    }
  }
}
