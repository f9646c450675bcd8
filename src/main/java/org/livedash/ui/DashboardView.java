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
import org.livedash.ui.chart.Crosshair;
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
  private final ChartPanel sensorChart;
  private final ChartPanel marketChart;
  private final ConnectionBar bar;
  private final FramePacer pacer;
  private final StatusLine status;
  private final Exports exports;
  private final HelpOverlay help;
  private final ChartPair charts;
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
    java.util.concurrent.Executor run = background != null ? background : Runnable::run;
    bar.moreMenu().saveLayout().setOnAction(e -> layouts.save(getScene().getWindow(), files,
        run));
    bar.moreMenu().openLayout().setOnAction(e -> layouts.open(getScene().getWindow(), files,
        run));
    bar.moreMenu().saveLayout().setDisable(false);
    bar.moreMenu().openLayout().setDisable(false);
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
    Crosshair crosshair = new Crosshair();
    exports = new Exports(this, feeds.stores(), () -> vm.feedDescriptionProperty().get(),
        this::showNotice, vm.control()::recordingFiles, zone);
    sensorChart = new ChartPanel(Texts.get("chart.sensors"), "sensors", false, zone, crosshair,
        exports::chartPng, exports::chartCsv);
    sensorChart.setId("sensor-chart");
    sensorChart.chart().setDecimals(decimals);
    marketChart = new ChartPanel(Texts.get("chart.markets"), "markets", true, zone, crosshair,
        exports::chartPng, exports::chartCsv);
    marketChart.setId("market-chart");
    marketChart.chart().setDecimals(decimals);
    bar.snapshotButton().setOnAction(e -> exports.dashboardPng());
    charts = new ChartPair(sensorChart, marketChart, vm);
    List.of(sensorChart, marketChart).forEach(c -> c.chart().useNotes(notes));
    notes.onAsk(t -> NoteDialog.ask(getScene().getWindow(), t, zone).ifPresent(notes::add));
    bar.aboutButton().setOnAction(e -> AboutDialog.show(getScene().getWindow(), version));
    bar.wireButton().setOnAction(e -> openWire());
    bar.wireButton().setDisable(vm.control().wireLog() == null);
    bar.lessonButton().setOnAction(e -> openLesson());
    bar.lessonButton().setDisable(vm.control().wireLog() == null);
    bar.moreMenu().xy().selectedProperty().addListener((o, a, on) -> xy.show(on));
    xy.visibleProperty().addListener((o, a, on) -> bar.moreMenu().xy().setSelected(on));
    places = new SeriesPlaces(tiles, charts, vm.control());
    layouts = new LayoutKeeper(vm, feeds, places, charts, xy, notes, this::showNotice,
        () -> lastVersion = -1);
    keepChoices();
    setDark(dark);
    VBox center = new VBox(12, tiles, sensorChart, marketChart, xy);
    charts.stack().around(tiles, xy);
    alerts = new AlertsDock(bar.alertsToggle(), vm.control(), zone, center,
        r -> background.execute(r), this::showNotice);
    for (javafx.scene.layout.Region chart : List.of(sensorChart, marketChart)) {
      VBox.setVgrow(chart, Priority.ALWAYS);
      chart.setMinHeight(CHART_MIN_HEIGHT);
    }
    body.getChildren().add(LiveScroll.center(center));

    stats = new StatsDock(this, body, bar.statsToggle(), new StatsPanel(vm));
    browser = new BrowserDock(this, bar.messagesToggle(), vm.control(), this::roomForBrowser,
        this::showNotice);
    heightProperty().addListener((o, a, h) -> {
      fitTiles();
      charts.stack().setStacked(h.doubleValue() < STACK_HEIGHT);
    });
    replay = new ReplayBar(vm, zone, this::showNotice, bar.openRecording());
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
    return sensorChart.chart().redraws() + marketChart.chart().redraws();
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
      sensorChart.chart().prepare(r, beat);
      marketChart.chart().prepare(r, beat);
      xy.prepare(r);
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
    sensorChart.chart().render();
    marketChart.chart().render();
    xy.render();
    vm.recordPulse(now, chartRedraws() != redrawsBefore, pacer.isSleeping());
    LongConsumer drawn = vm.drawnRecorder(EpochMicros.of(java.time.Instant.now()));
    sensorChart.chart().drainNewlyDrawn(drawn);
    marketChart.chart().drainNewlyDrawn(drawn);
    if (onFirstData != null
        && (sensorChart.chart().showsData() || marketChart.chart().showsData())) {
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
      feeds.refresh();
      boolean stale = vm.staleProperty().get();
      boolean[] staleFeeds = feeds.stale(stale);
      long[] feedNow = feeds.nowMicros(vm.sourceNowMicros());
      feeds.stores().read(r -> {
        tiles.showAge(r, staleFeeds, feedNow);
        status.showAlarm(r, stale, decimals, zone);
      });
    }
  }

  /** What the user sets of a feed (series, charts, window) is kept for its next run. */
  private void keepChoices() {
    bar.feedsButton().setOnAction(e -> openFeeds());
    feeds.setsSeriesFrom(tiles, vm.control(), () -> getScene().getWindow(),
        this::showNotice);
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
    return sensorChart;
  }

  ChartPanel marketChart() {
    return marketChart;
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
    ChartPalette p = dark ? ChartPalette.darkTheme() : ChartPalette.lightTheme();
    sensorChart.chart().setPalette(p);
    marketChart.chart().setPalette(p);
    xy.setPalette(p);
  }
}
