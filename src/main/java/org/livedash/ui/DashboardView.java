package org.livedash.ui;

import org.livedash.i18n.Texts;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.livedash.model.EpochMicros;
import org.livedash.model.SeriesStore;
import org.livedash.ui.chart.ChartNotes;
import org.livedash.ui.chart.ChartPalette;
import org.livedash.ui.chart.SeriesDecimals;

/**
 * The dashboard window's content: connection bar and the feeds beside its feed, tiles, a sensor
 * and a market chart (with their notes), an X–Y pane, the push-vs-polling panel and a status
 * line. A {@link FramePacer} drives it: each frame it reads every feed's store once, only if
 * one changed, and redraws only what did.
 */
public final class DashboardView extends BorderPane {
  /** From this width the stats panel is docked at the right; below it, it is a drawer. */
  static final double DOCK_WIDTH = StatsDock.DOCK_WIDTH;
  /** Below this height the tiles drop their sparklines so the charts keep their room. */
  static final double COMPACT_HEIGHT = 860;
  /** Beyond this many tiles (several feeds' series) they drop their sparklines too. */
  static final int COMPACT_TILES = 18;
  /** Below this height the charts take turns, so each keeps a plot tall enough to read. */
  static final double STACK_HEIGHT = 700;
  private static final double CHART_MIN_HEIGHT = 150;
  private static final long TILE_PERIOD_NANOS = 200_000_000L;
  private static final long STATUS_PERIOD_NANOS = 250_000_000L;

  private final DashboardViewModel vm;
  private ProfileShelf shelf;
  private java.util.concurrent.Executor background;
  /** Every feed shown: the first and those beside it, read as one. */
  private final ShownFeeds feeds;
  /** One decision per series on its decimals, shared by tiles and charts. */
  private final SeriesDecimals decimals = new SeriesDecimals();
  private final TileBoard tiles = new TileBoard(decimals);
  private final ConnectionBar bar;
  private final FramePacer pacer;
  private final StatusLine status;
  private final Exports exports;
  private final HelpOverlay help;
  private final ChartGroup charts;
  /** The panes, arranged as the user chose; those the user made. */
  private final ArrangedPanes panes;
  private final ChartMaker makeCharts;
  private final StackPane body = new StackPane();
  private final StatsDock stats;
  private final ZoneId zone;
  private Runnable onFirstData;
  private final SeriesPlaces places;
  private final XyPanel xy = new XyPanel();
  /** The notes marked on the time axis, drawn by both charts. */
  private final ChartNotes notes = new ChartNotes();
  private final LayoutKeeper layouts;
  private long lastVersion = -1;
  private long lastTileVersion = -1;
  private long lastTileNanos;
  private long lastStatusNanos;
  private final WireDoor door;
  private final BrowserDock browser;
  private final AlertsDock alerts;
  private final ReplayBar replay;
  private boolean dark;

  /** Where the feeds button finds profiles, and the settings dialog settings; off until set. */
  public void setShelves(ProfileShelf shelf, Preferences preferences,
      java.util.concurrent.Executor background) {
    this.shelf = shelf;
    this.background = background;
    browser.useShelf(shelf, background);
    layouts.useShelf(shelf, background);
    bar.feedsButton().setDisable(false);
    bar.usePreferences(preferences, vm.control()::desktopNotifications);
    bar.moreMenu().addFeed().setOnAction(e -> addFeed());
    vm.onForeignAddress((url, why) -> ConnectDialog.showEditing(getScene().getWindow(), shelf, vm,
        background, url, why));
  }

  /** Shows the feeds of {@code list} beside the first, and lets the user add and remove them. */
  public void showFeedsBeside(FeedList list) {
    feeds.use(list, background != null ? background : Runnable::run);
    bar.moreMenu().addFeed().setDisable(list == FeedList.NONE);
  }

  /** Shows the series {@code derived} defines beside the feeds', read from what is shown. */
  public void showDerived(org.livedash.derive.Derivations derived) {
    feeds.stores().add("", derived.readFrom(feeds.stores()).store());
    layouts.useDerived(derived);
    bar.moreMenu().derived().setDisable(false);
    bar.moreMenu().derived().setOnAction(e -> DerivedSeriesDialog.show(getScene().getWindow(),
        derived, () -> places.catalogue().stream().map(m -> m.id()).toList(),
        places::plotOnArrival));
  }

  /** Lets the user save the window as a layout file and open one ({@code files}). */
  public void useLayoutFiles(LayoutFiles files) {
    layouts.useFiles(bar.moreMenu(), files, background != null ? background : Runnable::run,
        () -> getScene().getWindow());
  }

  /** Shows {@code layout}: its feeds, derived series and charts ({@code --layout}). */
  public void showLayout(org.livedash.model.Layout layout) {
    layouts.give(layout);
  }

  /** The window as a layout, for tests that write none. */
  org.livedash.model.Layout layout(String name) {
    return layouts.take(name);
  }

  private void addFeed() {
    AddFeedDialog.show(getScene().getWindow(), feeds.list(), shelf,
        background != null ? background : Runnable::run);
  }

  /** Opens the connect dialog. */
  public void openFeeds() {
    if (shelf != null) {
      ConnectDialog.show(getScene().getWindow(), shelf, vm, background);
    }
  }

  public DashboardView(DashboardViewModel vm, SeriesStore store, ZoneId zone, boolean dark,
      Consumer<Boolean> onThemeChange, String version) {
    this.vm = vm;
    this.feeds = new ShownFeeds(store, this::addFeed);
    this.zone = zone;
    this.door = new WireDoor(vm, zone);
    getStyleClass().add("dashboard");
    bar = new ConnectionBar(vm, dark);
    bar.feedsButton().setDisable(true);
    status = new StatusLine(vm);
    bar.themeToggle().selectedProperty().addListener((o, a, isDark) -> {
      setDark(isDark);
      onThemeChange.accept(isDark);
    });
    exports = new Exports(this, feeds.stores(), () -> vm.feedDescriptionProperty().get(),
        this::showNotice, vm.control()::recordingFiles, zone);
    ChartMaker chart = new ChartMaker(zone, decimals, notes, exports, CHART_MIN_HEIGHT);
    makeCharts = chart;
    ChartPanel sensorChart = chart.make("sensors", Texts.get("chart.sensors"));
    sensorChart.setId("sensor-chart");
    ChartPanel marketChart = chart.make("markets", Texts.get("chart.markets"));
    marketChart.setId("market-chart");
    bar.snapshotButton().setOnAction(e -> exports.dashboardPng());
    charts = new ChartGroup(sensorChart, marketChart, vm);
    panes = new ArrangedPanes(new PaneArea(), charts, xy, (key, title) -> {
      ChartPanel c = chart.make(key, title);
      c.setId(key);
      return c;
    }, (key, title) -> new TablePane(key, title, decimals, zone),
        (key, title) -> new NumberPane(key, title, decimals, zone), this::showNotice);
    notes.onAsk(t -> NoteDialog.ask(getScene().getWindow(), t, zone).ifPresent(notes::add));
    bar.aboutButton().setOnAction(e -> AboutDialog.show(getScene().getWindow(), version));
    bar.wireButton().setOnAction(e -> openWire());
    bar.wireButton().setDisable(vm.control().wireLog() == null);
    bar.lessonButton().setOnAction(e -> openLesson());
    bar.lessonButton().setDisable(vm.control().wireLog() == null);
    bar.moreMenu().xy().selectedProperty().addListener((o, a, on) -> xy.show(on));
    xy.visibleProperty().addListener((o, a, on) -> bar.moreMenu().xy().setSelected(on));
    places = new SeriesPlaces(tiles, charts, panes, vm.control());
    layouts = new LayoutKeeper(vm, feeds, places, charts, panes, xy, notes, this::showNotice,
        () -> lastVersion = -1);
    bar.feedsButton().setOnAction(e -> openFeeds());
    // What the user sets of a series (name, levels, rules) goes to the feed that owns it.
    feeds.setsSeriesFrom(tiles, vm.control(), () -> getScene().getWindow(), this::showNotice);
    setDark(dark);
    javafx.scene.control.ScrollPane tileRoom = tiles.bounded(heightProperty(), 0.4);
    VBox center = new VBox(12, tileRoom, panes.area());
    panes.area().around(tileRoom);
    alerts = new AlertsDock(bar.alertsToggle(), vm.control(), zone, center,
        r -> background.execute(r), this::showNotice);
    VBox.setVgrow(panes.area(), Priority.ALWAYS);
    panes.area().setMinHeight(CHART_MIN_HEIGHT);
    body.getChildren().add(LiveScroll.center(center));

    stats = new StatsDock(this, body, bar.statsToggle(), feeds.statsPicker(new StatsPanel(vm)));
    browser = new BrowserDock(this, bar.messagesToggle(), vm.control(), this::roomForBrowser,
        this::showNotice);
    heightProperty().addListener((o, a, h) -> {
      fitTiles();
      charts.stack().setStacked(h.doubleValue() < STACK_HEIGHT);
    });
    replay = new ReplayBar(vm, zone, this::showNotice, bar.openRecording(), notes);
    setTop(new VBox(bar, feeds.strip()));
    setCenter(body);
    setBottom(new VBox(replay, status));
    stats.place();
    Shortcuts keys = DashboardKeys.of(this, vm, charts, exports, bar, this::toggleHelp,
        this::escape);
    help = new HelpOverlay(keys);
    body.getChildren().add(help);
    sceneProperty().addListener((o, a, scene) -> {
      if (scene != null) {
        keys.install(scene);
      }
    });

    pacer = new FramePacer(this::frame, feeds.stores()::version, this);
  }

  public void start() {
    vm.refresh();
    // Keep the caret out of the URL field until the user goes there.
    requestFocus();
    pacer.start();
  }

  public void stop() {
    pacer.stop();
    door.close();
  }

  /** Runs once, on the first frame that draws live data (start-up measurement). */
  public void setOnFirstData(Runnable action) {
    onFirstData = action;
  }

  /** Whether, nothing having changed for a while, frames run only a few times a second. */
  public boolean isResting() {
    return pacer.isSleeping();
  }

  /** Total chart redraws, to check an idle feed costs nothing. */
  public long chartRedraws() {
    return charts.redraws();
  }

  private void frame(long now) {
    long version = feeds.stores().version();
    boolean beat = pacer.onBeat();
    boolean tilesDue = beat && now - lastTileNanos >= TILE_PERIOD_NANOS
        && version != lastTileVersion;
    feeds.stores().read(r -> {
      if (version != lastVersion) {
        places.checkCatalogue(r);
        xy.setCatalogue(places.catalogue());
      }
      charts.prepare(r, beat);
      xy.prepare(r);
      panes.prepare(r, tilesDue);
      if (tilesDue) {
        tiles.drawTrends(r);
        tiles.update(r);
        status.showAlarm(r, vm.staleProperty().get(), decimals, zone);
      }
    });
    if (version != lastVersion) {
      fitTiles();
    }
    lastVersion = version;
    if (tilesDue) {
      lastTileNanos = now;
      lastTileVersion = version;
    }
    long redrawsBefore = chartRedraws();
    charts.render();
    panes.render();
    xy.render();
    vm.recordPulse(now, chartRedraws() != redrawsBefore, pacer.isSleeping());
    LongConsumer drawn = vm.drawnRecorder(EpochMicros.of(java.time.Instant.now()));
    charts.drainNewlyDrawn(drawn);
    if (onFirstData != null && charts.showsData()) {
      Runnable first = onFirstData;
      onFirstData = null;
      first.run();
    }
    vm.tickCompare();
    browser.frame(now, places.catalogue(), places::plotClicked);
    alerts.frame(now);
    if (beat && now - lastStatusNanos >= STATUS_PERIOD_NANOS) {
      browser.offer();
      lastStatusNanos = now;
      vm.refresh();
      replay.refresh();
      boolean stale = vm.staleProperty().get();
      feeds.showAges(tiles, panes.valuePanes(), stale, vm.sourceNowMicros(),
          r -> status.showAlarm(r, stale, decimals, zone));
    }
  }

  /** The browser opened by itself: the charts keep their room (a JSON feed is not polled). */
  private void roomForBrowser() {
    if (stats.shown() && getWidth() < 2 * DOCK_WIDTH) {
      stats.toggle();
    }
  }

  /** Tiles with sparklines while the window is tall enough and they are not too many. */
  private void fitTiles() {
    tiles.setCompact(getHeight() < COMPACT_HEIGHT
        || places.catalogue().size() > COMPACT_TILES);
  }

  /** The exports, for tests that write files without a chooser. */
  Exports exports() {
    return exports;
  }

  /** The notes marked on the time axis, to keep and to show again. */
  public ChartNotes notes() {
    return notes;
  }

  XyPanel xyPanel() {
    return xy;
  }

  ChartPanel sensorChart() {
    return charts.sensors();
  }

  ChartPanel marketChart() {
    return charts.markets();
  }

  /** The panes the user made, and how all stand: kept for the next start. */
  public org.livedash.model.Layout arrangement() {
    return layouts.arrangement();
  }

  /** Shows the panes the user made ({@code made}) arranged as {@code tree}, null for the first. */
  public void showArrangement(List<org.livedash.model.Layout.Chart> made,
      org.livedash.model.PaneTree tree) {
    panes.give(made, tree);
  }

  /** What runs when the user made, closed or filled a pane. */
  public void setOnArranged(Runnable action) {
    panes.setOnChanged(action);
  }

  private void showNotice(String text) {
    status.styleNotice(null);
    status.noticeText().set(text);
  }

  private void toggleHelp() {
    help.toggle();
  }

  private void escape() {
    if (help.isVisible()) {
      help.toggle();
    } else if (stats.isDrawer()) {
      stats.toggle();
    }
  }

  /** Whether the help overlay is shown. */
  boolean helpShown() {
    return help.isVisible();
  }

  /** Whether the stats panel is on screen, docked or as a drawer. */
  boolean statsShown() {
    return stats.shown();
  }

  /** Closes the stats drawer (Escape), or hides the docked panel. */
  void toggleStats() {
    stats.toggle();
  }

  /** Opens the wire view beside the dashboard (or brings it to the front). */
  void openWire() {
    door.openWire(getScene(), dark);
  }

  /** The polling interval the user set. */
  public java.time.Duration pollInterval() {
    return vm.pollInterval();
  }

  /** What choosing a language in the bar does: the window is built again in it. */
  public void setOnLanguage(java.util.function.Consumer<java.util.Locale> action) {
    bar.setOnLanguage(action);
  }

  /** Opens the lesson: the wire view with the lesson's steps above it. */
  public void openLesson() {
    door.openLesson(getScene(), dark, background != null ? background : Runnable::run);
  }

  private void setDark(boolean dark) {
    this.dark = dark;
    ChartPalette palette = dark ? ChartPalette.darkTheme() : ChartPalette.lightTheme();
    makeCharts.usePalette(palette);
    charts.setPalette(palette);
    xy.setPalette(palette);
  }
}
