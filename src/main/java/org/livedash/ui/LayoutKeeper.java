package org.livedash.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.stage.Window;
import org.livedash.derive.Derivations;
import org.livedash.derive.DerivedSeries;
import org.livedash.feed.profile.Profile;
import org.livedash.i18n.Texts;
import org.livedash.model.InvalidInputException;
import org.livedash.model.Layout;

/**
 * What a layout takes from the window (its feeds as they are opened, derived series, what each
 * chart plots over which window, the series' colours) and what opening one gives back: the
 * first feed connected unless it is the one shown, the feeds beside it and the derived series
 * replaced, the charts plotted as their series come.
 */
final class LayoutKeeper {
  private final DashboardViewModel vm;
  private final ShownFeeds feeds;
  private final SeriesPlaces places;
  private final ChartGroup charts;
  private final ArrangedPanes panes;
  private final Consumer<String> notice;
  private final Runnable placeAgain;
  private final XyPanel xy;
  private final org.livedash.ui.chart.ChartNotes notes;
  private Derivations derived;
  private ProfileShelf shelf;
  private Executor background = Runnable::run;

  /** {@code placeAgain} has the window place every series again at its next frame. */
  LayoutKeeper(DashboardViewModel vm, ShownFeeds feeds, SeriesPlaces places, ChartGroup charts,
      ArrangedPanes panes, XyPanel xy, org.livedash.ui.chart.ChartNotes notes,
      Consumer<String> notice, Runnable placeAgain) {
    this.panes = panes;
    this.xy = xy;
    this.notes = notes;
    this.placeAgain = placeAgain;
    this.vm = vm;
    this.feeds = feeds;
    this.places = places;
    this.charts = charts;
    this.notice = notice;
  }

  void useDerived(Derivations series) {
    derived = series;
  }

  /** Where a layout's first feed, named by a profile, is looked for, on {@code reads}. */
  void useShelf(ProfileShelf profiles, Executor reads) {
    shelf = profiles;
    background = reads;
  }

  /** The window as a layout named {@code name}; a first feed holding a secret is left as "". */
  Layout take(String name) {
    List<String> open = new ArrayList<>();
    String first = vm.control().layoutName();
    open.add(first == null ? "" : first);
    open.addAll(feeds.list().named());
    List<Layout.Derived> kept = derived == null ? List.of()
        : derived.defined().stream().map(DerivedSeries::kept).toList();
    List<Layout.Chart> shown = panesShown();
    Map<String, Integer> colors = new HashMap<>();
    Map<String, Integer> all = vm.control().view().colors();
    for (Layout.Chart c : shown) {
      for (String id : c.series()) {
        if (all != null && all.containsKey(id)) {
          colors.put(id, all.get(id));
        }
      }
    }
    return Layout.of(name, open, kept, shown, colors, notes.all(), xy.isVisible()
        ? new Layout.Xy(xy.chosenX(), xy.chosenY()) : null).withPanes(panes.area().tree());
  }

  /** Shows {@code layout}: feeds, derived series, charts; what cannot be opened is said. */
  void give(Layout layout) {
    List<String> open = layout.feeds();
    String first = open.isEmpty() ? "" : open.get(0);
    if (!first.isEmpty() && !first.equals(vm.control().layoutName())) {
      openFirst(first);
    }
    FeedList list = feeds.list();
    list.feeds().forEach(list::remove);
    for (String what : open.subList(Math.min(1, open.size()), open.size())) {
      list.add(what).exceptionally(e -> {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        Platform.runLater(() -> notice.accept(Texts.get("layout.feedNotOpened", what,
            Texts.message(cause))));
        return null;
      });
    }
    if (derived != null) {
      derived.defined().forEach(d -> derived.remove(d.name()));
      derived.restore(DerivedSeries.allOf(layout.derived(), r -> notice.accept(Texts.of(r))));
    }
    panes.give(layout.charts(), layout.panes());
    places.useLayout(layout);
    notes.replace(layout.annotations());
    xy.show(layout.xy() != null);
    if (layout.xy() != null) {
      xy.plot(layout.xy().x(), layout.xy().y());
    }
    placeAgain.run();
  }

  /** Lets the user save the window as a layout file and open one, from {@code menu}. */
  void useFiles(MoreMenu menu, LayoutFiles files, Executor run,
      java.util.function.Supplier<Window> owner) {
    menu.saveLayout().setOnAction(e -> save(owner.get(), files, run));
    menu.openLayout().setOnAction(e -> open(owner.get(), files, run));
    menu.saveLayout().setDisable(false);
    menu.openLayout().setDisable(false);
  }

  /** The panes, the series' axes on each and how all stand, as a layout holding only them. */
  Layout arrangement() {
    return Layout.of(null, List.of(), List.of(), panesShown(), null, List.of(), null)
        .withPanes(panes.area().tree());
  }

  /** What each pane shows: the sensors' and markets' charts, then the panes the user made. */
  private List<Layout.Chart> panesShown() {
    List<Layout.Chart> shown = new ArrayList<>();
    for (ChartPanel p : List.of(charts.sensors(), charts.markets())) {
      boolean candles = p.chart().style() == org.livedash.ui.chart.LiveChart.Style.CANDLES;
      shown.add(new Layout.Chart(p.key(), p.plotted(), p.window().toSeconds(),
          candles ? "candles" : "line", p.percent() ? "percent" : "values", null, null,
          p.axes(), p.axisTitles()));
    }
    shown.addAll(panes.kept());
    return shown;
  }

  /** Asks where to save the window as a layout, and writes it there off the JavaFX thread. */
  void save(Window owner, LayoutFiles files, Executor background) {
    java.io.File file = chooser().showSaveDialog(owner);
    if (file == null) {
      return;
    }
    String name = file.getName().replaceFirst("(?i)\\.json$", "");
    Layout layout = take(name);
    background.execute(() -> {
      try {
        files.write(file.toPath(), layout);
        Platform.runLater(() -> notice.accept(Texts.get("layout.saved", file)));
      } catch (java.io.IOException | RuntimeException e) {
        Platform.runLater(() -> notice.accept(Texts.get("layout.unsaved", file,
            Texts.message(e))));
      }
    });
  }

  /** Asks for a layout file, reads it off the JavaFX thread and shows it. */
  void open(Window owner, LayoutFiles files, Executor background) {
    java.io.File file = chooser().showOpenDialog(owner);
    if (file == null) {
      return;
    }
    background.execute(() -> {
      try {
        Layout layout = files.read(file.toPath());
        Platform.runLater(() -> {
          give(layout);
          notice.accept(Texts.get("layout.opened", file));
        });
      } catch (InvalidInputException e) {
        Platform.runLater(() -> notice.accept(Texts.of(e.reason())));
      }
    });
  }

  private static javafx.stage.FileChooser chooser() {
    javafx.stage.FileChooser c = new javafx.stage.FileChooser();
    c.setTitle(Texts.get("layout.chooser"));
    c.setInitialFileName("layout.json");
    c.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter(
        Texts.get("layout.files"), "*.json"));
    return c;
  }

  /**
   * Connects the window's first feed to {@code what}: demo, a profile's name (looked up off the
   * JavaFX thread: the saved ones are files), an address.
   */
  private void openFirst(String what) {
    ProfileShelf profiles = shelf;
    background.execute(() -> {
      Profile named = profiles == null ? null : profiles.named(what);
      Profile found = named != null || !"demo".equals(what) ? named
          // The embedded demo: a LiveDash profile without an address.
          : Profile.liveDash("demo", null);
      Platform.runLater(() -> connectFirst(what, found));
    });
  }

  private void connectFirst(String what, Profile profile) {
    try {
      if (profile != null) {
        vm.control().recall(profile).thenRun(() -> Platform.runLater(() ->
            vm.connect(profile, Map.of())));
      } else {
        vm.changeFeed(vm.modeProperty().get(), () -> vm.control().connect(what,
            vm.modeProperty().get(), vm.pollInterval()));
      }
    } catch (IllegalArgumentException e) {
      notice.accept(Texts.get("layout.feedNotOpened", what, Texts.message(e)));
    }
  }

}
