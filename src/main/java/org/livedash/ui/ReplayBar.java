package org.livedash.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.livedash.i18n.Texts;

/**
 * The bar a recording plays under: hold and play on, its speed, where it plays on a slider that
 * takes the playback anywhere in the file, and the way back to the live feed. Shown only while
 * the feed is a recording; also where one is opened (a file chooser in the recordings folder).
 */
final class ReplayBar extends HBox {
  private static final List<Double> SPEEDS = List.of(1.0, 10.0, 100.0, Double.POSITIVE_INFINITY);
  private final DashboardViewModel vm;
  private final FeedControl control;
  private final ZoneId zone;
  private final Consumer<String> notice;
  private final Button pause = new Button();
  private final ToggleGroup speeds = new ToggleGroup();
  private final Slider position = new Slider(0, 1, 0);
  private final Label time = new Label();
  private final Label name = new Label();
  private Playback shown;
  /** Whether the button shows Hold (playing) or Play; null before a playback is shown. */
  private Boolean shownPlaying;
  /** The mode of the live feed the recording was opened over, to go back to it in. */
  private org.livedash.model.FeedMode liveMode = org.livedash.model.FeedMode.WS;
  /** The moment asked for, until the playback from there shows; Long.MIN_VALUE for none. */
  private long seekingTo = Long.MIN_VALUE;
  /** Where a recording's notes are shown when it is opened. */
  private final org.livedash.ui.chart.ChartNotes notes;

  /** Under the charts; {@code opener} (a menu item) opens a recording in a file chooser. */
  ReplayBar(DashboardViewModel vm, ZoneId zone, Consumer<String> notice,
      javafx.scene.control.MenuItem opener, org.livedash.ui.chart.ChartNotes notes) {
    opener.setOnAction(e -> open());
    this.notes = notes;
    this.vm = vm;
    this.control = vm.control();
    this.zone = zone;
    this.notice = notice;
    setId("replay-bar");
    getStyleClass().add("replay-bar");
    setAlignment(Pos.CENTER_LEFT);
    setSpacing(8);
    pause.setId("replay-pause");
    pause.getStyleClass().add("flat");
    pause.setOnAction(e -> playOrHold());
    HBox speedButtons = new HBox(2);
    for (double s : SPEEDS) {
      ToggleButton b = new ToggleButton(Double.isInfinite(s) ? Texts.get("replay.max")
          : String.format("%.0f×", s));
      b.setUserData(s);
      b.setId("replay-speed-" + (Double.isInfinite(s) ? "max" : String.format("%.0f", s)));
      b.setToggleGroup(speeds);
      b.setOnAction(e -> speed(b));
      b.setMinWidth(Region.USE_PREF_SIZE);
      speedButtons.getChildren().add(b);
    }
    speedButtons.getStyleClass().add("segmented");
    position.setId("replay-position");
    HBox.setHgrow(position, Priority.ALWAYS);
    position.setMaxWidth(Double.MAX_VALUE);
    position.setOnMouseReleased(e -> seekTo(position.getValue()));
    position.setOnKeyReleased(e -> {
      if (e.getCode().isArrowKey() || e.getCode().isNavigationKey()) {
        seekTo(position.getValue());
      }
    });
    position.valueProperty().addListener((o, a, v) -> {
      if (position.isValueChanging() || position.isPressed()) {
        time.setText(at(shownFirst() + (long) (v.doubleValue() * 1e6)));
      }
    });
    time.setId("replay-time");
    time.setMinWidth(Region.USE_PREF_SIZE);
    name.setId("replay-name");
    name.getStyleClass().add("muted");
    name.setMaxWidth(220);
    Button live = new Button(Texts.get("replay.live"), new FontIcon(Feather.RADIO));
    live.setId("replay-live");
    live.getStyleClass().add("live-pill");
    live.setTooltip(new Tooltip(Texts.get("replay.live.tip")));
    live.setOnAction(e -> vm.changeFeed(liveMode,
        () -> control.backToLive(liveMode, vm.pollInterval())));
    live.setMinWidth(Region.USE_PREF_SIZE);
    Label label = new Label(Texts.get("replay.label"), new FontIcon(Feather.FILM));
    label.setMinWidth(Region.USE_PREF_SIZE);
    getChildren().addAll(label, name, pause, speedButtons, position, time, live);
    setVisible(false);
    setManaged(false);
  }

  /** Opens a recording chosen in a file chooser, in the window's recordings folder at first. */
  void open() {
    FileChooser chooser = new FileChooser();
    chooser.setTitle(Texts.get("replay.open.title"));
    Path folder = control.recordingsFolder();
    if (folder != null && Files.isDirectory(folder)) {
      chooser.setInitialDirectory(folder.toFile());
    }
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
        Texts.get("replay.fileType"), "*.mcap"));
    File file = chooser.showOpenDialog(getScene().getWindow());
    if (file != null) {
      open(file.toPath());
    }
  }

  /** Plays {@code file} as the feed; what keeps it from playing is told in one line. */
  void open(Path file) {
    boolean fromLive = control.playback() == null;
    org.livedash.model.FeedMode before = vm.modeProperty().get();
    control.replay(file).whenComplete((v, e) -> Platform.runLater(() -> {
      if (e != null) {
        // Nothing changed: the feed shown goes on as it was.
        Throwable why = e instanceof java.util.concurrent.CompletionException
            && e.getCause() != null ? e.getCause() : e;
        // The reason names the file ("recording …: not an MCAP recording").
        notice.accept(Texts.message(why));
        return;
      }
      if (fromLive) {
        liveMode = before;
      }
      notice.accept("");
      // Played pushed, whatever the live feed's mode was; the address says what plays.
      vm.changeFeed(org.livedash.model.FeedMode.WS, () -> { });
      vm.urlProperty().set(control.currentUrl());
      // The notes marked while it was recorded, where they were marked.
      control.notesIn(file).thenAccept(found -> Platform.runLater(() -> notes.show(found)));
    }));
  }

  /** Shows where the playback is: called a few times a second. */
  void refresh() {
    Playback p = control.playback();
    boolean on = p != null;
    if (on != isVisible()) {
      if (!on && isFocusWithin()) {
        // Its Live button had the focus: it goes to the window, not to whatever is next.
        getParent().requestFocus();
      }
      setVisible(on);
      setManaged(on);
    }
    if (!on) {
      shown = null;
      return;
    }
    if (p != shown) {
      shown = p;
      seekingTo = Long.MIN_VALUE;
      name.setText(p.name());
      Tooltip.install(name, new Tooltip(p.name()));
      position.setMax(Math.max(1e-3, (p.lastMicros() - p.firstMicros()) / 1e6));
    }
    for (var t : speeds.getToggles()) {
      t.setSelected((double) t.getUserData() == p.speed());
    }
    boolean playing = !p.paused() && !p.ended();
    if (shownPlaying == null || shownPlaying != playing) {
      // Changed only when it changes: a bar left alone changes nothing on screen.
      shownPlaying = playing;
      pause.setGraphic(new FontIcon(playing ? Feather.PAUSE : Feather.PLAY));
      pause.setTooltip(new Tooltip(Texts.get(playing ? "replay.hold" : "replay.play")));
    }
    if (seekingTo == Long.MIN_VALUE && !position.isValueChanging() && !position.isPressed()) {
      long now = Math.max(p.firstMicros(), Math.min(p.lastMicros(), p.nowMicros()));
      position.setValue((now - p.firstMicros()) / 1e6);
      time.setText(at(now) + " / " + at(p.lastMicros())
          + (p.ended() ? " · " + Texts.get("replay.ended")
              : p.paused() ? " · " + Texts.get("replay.held") : ""));
    }
  }

  private void playOrHold() {
    Playback p = control.playback();
    if (p == null) {
      return;
    }
    if (p.ended()) {
      // Played to its end: Play plays it again from the start.
      seekTo(0);
    } else {
      p.pause(!p.paused());
      refresh();
    }
  }

  private void speed(ToggleButton b) {
    Playback p = control.playback();
    if (p != null) {
      p.speed((double) b.getUserData());
    }
    refresh();
  }

  private void seekTo(double seconds) {
    Playback p = control.playback();
    if (p == null) {
      return;
    }
    seekingTo = p.firstMicros() + (long) (seconds * 1e6);
    time.setText(at(seekingTo) + " / " + at(p.lastMicros()));
    p.seek(seekingTo);
  }

  private long shownFirst() {
    return shown == null ? 0 : shown.firstMicros();
  }

  /** A moment of the recording: its time of day, with its date when it spans more than one. */
  private String at(long micros) {
    boolean days = shown != null && !day(shown.firstMicros()).equals(day(shown.lastMicros()));
    return DateTimeFormatter.ofPattern(days ? "d MMM HH:mm:ss" : "HH:mm:ss", Texts.locale())
        .format(Instant.ofEpochSecond(0, micros * 1000).atZone(zone));
  }

  private java.time.LocalDate day(long micros) {
    return Instant.ofEpochSecond(0, micros * 1000).atZone(zone).toLocalDate();
  }
}
