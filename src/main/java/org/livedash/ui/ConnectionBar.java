package org.livedash.ui;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.livedash.model.ConnectionState;
import org.livedash.model.FeedMode;

/**
 * The top bar: the server URL, the push/polling toggle with the poll interval, connect and
 * disconnect, and the connection's state as a coloured dot with the age of the last message.
 */
final class ConnectionBar extends HBox {
  private final ToggleButton dark = new ToggleButton();
  private final Button snapshot = new Button(null, new FontIcon(Feather.CAMERA));
  private final Button about = new Button(null, new FontIcon(Feather.INFO));

  ConnectionBar(DashboardViewModel vm, boolean darkTheme) {
    getStyleClass().add("connection-bar");
    setAlignment(Pos.CENTER_LEFT);
    setSpacing(10);

    FontIcon logo = new FontIcon(Feather.ACTIVITY);
    logo.getStyleClass().add("logo-icon");
    Label name = new Label("LiveDash");
    name.getStyleClass().add("app-name");

    TextField url = new TextField();
    url.setId("url-field");
    url.setPromptText("ws://host:port/feed");
    url.textProperty().bindBidirectional(vm.urlProperty());
    url.setOnAction(e -> {
      if (vm.connectedProperty().get()) {
        vm.toggleConnection();
      }
      vm.toggleConnection();
    });
    Tooltip urlTip = new Tooltip();
    urlTip.textProperty().bind(vm.urlErrorProperty());
    vm.urlErrorProperty().addListener((o, a, b) -> {
      url.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("danger"), !b.isEmpty());
      url.setTooltip(b.isEmpty() ? null : urlTip);
    });

    HBox toggle = modeToggle(vm);
    toggle.disableProperty().bind(vm.comparingProperty());
    HBox pollBox = pollInterval(vm);

    Button connect = new Button();
    connect.setId("connect-button");
    connect.textProperty().bind(javafx.beans.binding.Bindings.when(vm.connectedProperty())
        .then("Disconnect").otherwise("Connect"));
    connect.setOnAction(e -> vm.toggleConnection());

    Circle dot = new Circle(6);
    dot.setId("status-dot");
    dot.getStyleClass().add("status-dot");
    vm.stateProperty().addListener((o, a, b) -> styleDot(dot, b));
    styleDot(dot, vm.stateProperty().get());
    Label status = new Label();
    status.setId("status-text");
    status.getStyleClass().add("status-text");
    status.textProperty().bind(vm.statusTextProperty());
    Tooltip detail = new Tooltip();
    detail.textProperty().bind(vm.statusDetailProperty());
    status.setTooltip(detail);
    Label age = new Label();
    age.setId("last-message");
    age.getStyleClass().add("muted");
    age.textProperty().bind(vm.lastMessageProperty());

    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    dark.setId("theme-toggle");
    dark.setSelected(darkTheme);
    dark.setGraphic(new FontIcon(darkTheme ? Feather.SUN : Feather.MOON));
    dark.setTooltip(new Tooltip("Switch between the dark and light theme"));
    dark.getStyleClass().add("flat");

    status.setMinWidth(90);
    age.setMinWidth(40);
    url.setMinWidth(140);
    url.setPrefColumnCount(16);
    for (javafx.scene.Node n : List.of(logo, name, toggle, pollBox, connect, dark)) {
      if (n instanceof Region r) {
        r.setMinWidth(Region.USE_PREF_SIZE);
      }
    }
    snapshot.setId("snapshot-button");
    snapshot.setTooltip(new Tooltip("Save the whole dashboard as PNG"));
    snapshot.getStyleClass().add("flat");
    about.setId("about-button");
    about.setTooltip(new Tooltip("About LiveDash"));
    about.getStyleClass().add("flat");
    getChildren().addAll(logo, name, url, toggle, pollBox, connect, dot, status, age, spacer,
        snapshot, dark, about);
  }

  private static HBox modeToggle(DashboardViewModel vm) {
    ToggleGroup modes = new ToggleGroup();
    ToggleButton ws = modeButton(FeedMode.WS, "ws-mode", Feather.ZAP, modes, "left-pill");
    ToggleButton poll = modeButton(FeedMode.POLL, "poll-mode", Feather.REFRESH_CW, modes,
        "center-pill");
    ToggleButton longPoll = modeButton(FeedMode.LONGPOLL, "longpoll-mode", Feather.CLOCK, modes,
        "right-pill");
    List<ToggleButton> buttons = List.of(ws, poll, longPoll);
    HBox toggle = new HBox(ws, poll, longPoll);
    toggle.setId("mode-toggle");
    modes.selectToggle(buttons.get(vm.modeProperty().get().ordinal()));
    modes.selectedToggleProperty().addListener((o, old, now) -> {
      if (now == null) {
        modes.selectToggle(old);
        return;
      }
      vm.modeProperty().set((FeedMode) now.getUserData());
    });
    vm.modeProperty().addListener((o, old, now) ->
        modes.selectToggle(buttons.get(now.ordinal())));
    return toggle;
  }

  private static HBox pollInterval(DashboardViewModel vm) {
    Label every = new Label("every");
    every.getStyleClass().add("muted");
    Spinner<Integer> interval = new Spinner<>();
    interval.setId("poll-interval");
    interval.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(
        DashboardViewModel.MIN_POLL_MILLIS, DashboardViewModel.MAX_POLL_MILLIS,
        vm.pollIntervalMillisProperty().get(), 100));
    interval.setEditable(true);
    interval.setPrefWidth(100);
    interval.valueProperty().addListener((o, a, b) -> {
      if (b != null) {
        vm.pollIntervalMillisProperty().set(b);
      }
    });
    Label ms = new Label("ms");
    ms.getStyleClass().add("muted");
    HBox pollBox = new HBox(6, every, interval, ms);
    pollBox.setAlignment(Pos.CENTER_LEFT);
    pollBox.disableProperty().bind(vm.modeProperty().isNotEqualTo(FeedMode.POLL));
    return pollBox;
  }

  /** Opens the About dialog; the view wires what it does. */
  Button aboutButton() {
    return about;
  }

  /** Saves the dashboard as an image; the view wires what it does. */
  Button snapshotButton() {
    return snapshot;
  }

  /** The theme toggle; the application swaps stylesheets when it changes. */
  ToggleButton themeToggle() {
    return dark;
  }

  private static ToggleButton modeButton(FeedMode mode, String id, Feather icon,
      ToggleGroup group, String pill) {
    ToggleButton b = new ToggleButton(mode.label().replace("HTTP ", ""), new FontIcon(icon));
    b.setTooltip(new Tooltip(mode.label()));
    b.setId(id);
    b.setUserData(mode);
    b.setToggleGroup(group);
    b.getStyleClass().add(pill);
    return b;
  }

  private static void styleDot(Circle dot, ConnectionState state) {
    dot.getStyleClass().removeAll("live", "connecting", "reconnecting", "down");
    dot.getStyleClass().add(state.name().toLowerCase(java.util.Locale.ROOT));
  }
}
