package org.livedash.ui;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.LongSupplier;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.shape.Circle;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.livedash.i18n.Texts;
import org.livedash.model.FeedMode;

/**
 * The feeds shown beside the first, under the bar: one chip each with its status dot, its name
 * and its state in words (its series dim alone when it is not live), a pause and a remove
 * button; and a button to add another. Shown only while there is a feed beside the first.
 * Each feed's state is judged as the first feed's is, by a {@link DashboardViewModel} of its
 * own.
 */
final class FeedStrip extends HBox {
  private final Map<FeedList.Feed, Chip> chips = new LinkedHashMap<>();
  private final LongSupplier nanoClock;
  private final Runnable onRemove;
  private FeedList list = FeedList.NONE;
  private Executor background = Runnable::run;

  /**
   * A strip whose {@code onAdd} opens the dialog that adds a feed, {@code onRemove} told once
   * one is removed.
   */
  FeedStrip(Runnable onAdd, Runnable onRemove, LongSupplier nanoClock) {
    this.nanoClock = nanoClock;
    this.onRemove = onRemove;
    setId("feed-strip");
    getStyleClass().add("feed-strip");
    setAlignment(Pos.CENTER_LEFT);
    setSpacing(8);
    Label title = new Label(Texts.get("feeds.strip"));
    title.getStyleClass().add("muted");
    Button add = new Button(Texts.get("feeds.add"), new FontIcon(Feather.PLUS));
    add.setId("feed-add");
    add.getStyleClass().add("flat");
    add.setOnAction(e -> onAdd.run());
    getChildren().addAll(title, add);
    showOrHide();
  }

  /** The feeds shown are {@code list}'s; pausing and removing one runs on {@code background}. */
  void use(FeedList list, Executor background) {
    this.list = list;
    this.background = background;
  }

  /** Shows {@code feeds} (in this order), each feed's chip kept while it stays. */
  void show(List<FeedList.Feed> feeds) {
    for (FeedList.Feed gone : new ArrayList<>(chips.keySet())) {
      if (!feeds.contains(gone)) {
        getChildren().remove(chips.remove(gone));
      }
    }
    for (FeedList.Feed f : feeds) {
      if (!chips.containsKey(f)) {
        Chip chip = new Chip(f);
        chips.put(f, chip);
        getChildren().add(getChildren().size() - 1, chip);
      }
    }
    showOrHide();
  }

  /** Each feed's state brought up to date; call a few times a second. */
  void refresh() {
    chips.values().forEach(Chip::refresh);
  }

  /** Each feed's model of its state and figures, by name, in the strip's order. */
  Map<String, DashboardViewModel> models() {
    Map<String, DashboardViewModel> out = new LinkedHashMap<>();
    chips.values().forEach(c -> out.put(c.feed.name(), c.vm));
    return out;
  }

  /** Whether the feed named {@code name} may be showing old values; false for one not shown. */
  boolean isStale(String name) {
    Chip c = chip(name);
    return c != null && c.vm.staleProperty().get();
  }

  /** Now on the clock of the feed named {@code name}, epoch µs ({@link DashboardViewModel}). */
  long sourceNowMicros(String name) {
    Chip c = chip(name);
    return c == null ? org.livedash.model.EpochMicros.of(java.time.Instant.now())
        : c.vm.sourceNowMicros();
  }

  private Chip chip(String name) {
    for (Chip c : chips.values()) {
      if (c.feed.name().equals(name)) {
        return c;
      }
    }
    return null;
  }

  private void showOrHide() {
    boolean any = !chips.isEmpty();
    setVisible(any);
    setManaged(any);
  }

  /** One feed: its dot, name and state, pause and remove. */
  private final class Chip extends HBox {
    final FeedList.Feed feed;
    final DashboardViewModel vm;
    private final Circle dot = new Circle(5);
    private final Label state = new Label();
    private final Button pause = new Button();
    private final Tooltip about = new Tooltip();
    /** Whether the user paused it: told to the feed on a background thread, so kept here. */
    private boolean paused;

    Chip(FeedList.Feed feed) {
      this.feed = feed;
      this.vm = new DashboardViewModel(feed.control(), feed.stats(), FeedMode.WS,
          Duration.ofSeconds(1), nanoClock);
      setId("feed-" + feed.name());
      getStyleClass().add("feed-chip");
      setAlignment(Pos.CENTER_LEFT);
      setSpacing(6);
      dot.getStyleClass().add("status-dot");
      Label name = new Label(feed.name());
      name.getStyleClass().add("feed-chip-name");
      state.getStyleClass().add("muted");
      pause.getStyleClass().addAll("flat", "small");
      pause.setOnAction(e -> {
        paused = !paused;
        background.execute(paused ? feed::pause : feed::resume);
        showPaused(paused);
      });
      Button remove = new Button(null, new FontIcon(Feather.X));
      remove.getStyleClass().addAll("flat", "small");
      remove.setTooltip(new Tooltip(Texts.get("feeds.remove", feed.name())));
      remove.setOnAction(e -> {
        list.remove(feed);
        onRemove.run();
      });
      getChildren().addAll(dot, name, state, pause, remove);
      Tooltip.install(this, about);
      paused = feed.paused();
      showPaused(paused);
      refresh();
    }

    void refresh() {
      vm.refresh();
      ConnectionBar.styleDot(dot, vm.stateProperty().get(), vm.degradedProperty().get());
      state.setText(vm.statusTextProperty().get());
      about.setText(vm.feedDescriptionProperty().get() + "\n" + vm.statusDetailProperty().get());
    }

    private void showPaused(boolean on) {
      pause.setGraphic(new FontIcon(on ? Feather.PLAY : Feather.PAUSE));
      pause.setTooltip(new Tooltip(Texts.get(on ? "feeds.resume" : "feeds.pause", feed.name())));
    }
  }
}
