package org.livedash.ui;

import org.livedash.i18n.Texts;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
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
  private final javafx.beans.property.BooleanProperty narrowBar =
      new javafx.beans.property.SimpleBooleanProperty();
  private final ToggleButton statsToggle = new ToggleButton(null, new FontIcon(Feather.SIDEBAR));
  private final ToggleButton messagesToggle = new ToggleButton(null, new FontIcon(Feather.LIST));
  private final ToggleButton alertsToggle = new ToggleButton(null, new FontIcon(Feather.BELL));
  private final Button snapshot = new Button(null, new FontIcon(Feather.CAMERA));
  private final Button about = new Button(null, new FontIcon(Feather.INFO));
  private final Button wire = new Button(null, new FontIcon(Feather.CODE));
  private final Button lesson = new Button(null, new FontIcon(Feather.BOOK_OPEN));
  private final MenuButton language = new MenuButton(null, new FontIcon(Feather.GLOBE));
  private final Button feeds = new Button(null, new FontIcon(Feather.LAYERS));
  private final MoreMenu more = new MoreMenu();
  private final Label name = new Label("LiveDash");
  private final Label age = new Label();
  private final TextField url;
  private java.util.function.Consumer<java.util.Locale> onLanguage = l -> { };
  private final List<ToggleButton> modeButtons = new java.util.ArrayList<>();

  ConnectionBar(DashboardViewModel vm, boolean darkTheme) {
    getStyleClass().add("connection-bar");
    setAlignment(Pos.CENTER_LEFT);
    setSpacing(10);

    FontIcon logo = new FontIcon(Feather.ACTIVITY);
    logo.getStyleClass().add("logo-icon");
    // The mark, not a button: its tooltip says what the window is.
    Tooltip.install(logo, new Tooltip(Texts.get("bar.logo.tip")));
    name.getStyleClass().add("app-name");

    url = urlField(vm);
    feeds.setId("feeds-button");
    feeds.setTooltip(new Tooltip(Texts.get("bar.feeds.tip")));
    feeds.setMinWidth(Region.USE_PREF_SIZE);

    HBox toggle = modeToggle(vm, modeButtons);
    toggle.disableProperty().bind(vm.comparingProperty().or(vm.pollableProperty().not()));
    HBox pollBox = pollInterval(vm);
    pollBox.visibleProperty().bind(vm.pollableProperty().and(narrowBar.not()
        .or(vm.modeProperty().isNotEqualTo(FeedMode.WS))));
    pollBox.managedProperty().bind(pollBox.visibleProperty());
    List.of(vm.pollableProperty(), vm.modeProperty()).forEach(p -> p.addListener(o -> fitTo(
        getWidth())));

    Button connect = new Button();
    connect.setId("connect-button");
    connect.textProperty().bind(javafx.beans.binding.Bindings.when(vm.connectedProperty())
        .then(Texts.get("bar.disconnect")).otherwise(Texts.get("bar.connect")));
    connect.setOnAction(e -> vm.toggleConnection());

    Circle dot = new Circle(6);
    dot.setId("status-dot");
    dot.getStyleClass().add("status-dot");
    vm.stateProperty().addListener((o, a, b) -> styleDot(dot, b, vm.degradedProperty().get()));
    vm.degradedProperty().addListener((o, a, b) -> styleDot(dot, vm.stateProperty().get(), b));
    styleDot(dot, vm.stateProperty().get(), vm.degradedProperty().get());
    Label status = new Label();
    status.setId("status-text");
    status.getStyleClass().add("status-text");
    status.textProperty().bind(vm.statusTextProperty());
    Tooltip detail = new Tooltip();
    detail.textProperty().bind(javafx.beans.binding.Bindings.concat(vm.statusTextProperty(), "\n",
        vm.lastMessageProperty(), "\n", vm.statusDetailProperty()));
    status.setTooltip(detail);
    age.setId("last-message");
    age.getStyleClass().add("muted");
    age.textProperty().bind(vm.lastMessageProperty());

    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    dark.setId("theme-toggle");
    dark.setSelected(darkTheme);
    dark.setGraphic(new FontIcon(darkTheme ? Feather.SUN : Feather.MOON));
    dark.setTooltip(new Tooltip(Texts.get("bar.theme.tip")));

    // Wide enough for "Reconnecting in 10.0 s", so the countdown is never cut.
    status.setPrefWidth(190);
    status.setMinWidth(Region.USE_PREF_SIZE);
    age.setMinWidth(Region.USE_PREF_SIZE);
    age.setPrefWidth(170);
    url.setMinWidth(100);
    url.setPrefColumnCount(18);
    HBox.setHgrow(url, Priority.SOMETIMES);
    url.setMaxWidth(360);
    for (javafx.scene.Node n : List.of(logo, name, toggle, pollBox, connect)) {
      if (n instanceof Region r) {
        r.setMinWidth(Region.USE_PREF_SIZE);
      }
    }
    secondaryButtons();
    getChildren().addAll(logo, name, feeds, url, toggle, pollBox, connect, dot, status, age, spacer,
        lesson, wire, messagesToggle, alertsToggle, statsToggle, snapshot, dark, language, about,
        more);
    // The bar takes the window's width and rearranges itself to fit (fitTo).
    setMinWidth(0);
    widthProperty().addListener((o, a, w) -> fitTo(w.doubleValue()));
    arrange(true, false);
  }

  /** The server's address; Enter connects to it. */
  private static TextField urlField(DashboardViewModel vm) {
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
    // The whole address, or what is wrong with it: the field may be too narrow to show it.
    urlTip.textProperty().bind(javafx.beans.binding.Bindings.when(
        vm.urlErrorProperty().isEmpty()).then(vm.urlProperty()).otherwise(vm.urlErrorProperty()));
    url.setTooltip(urlTip);
    vm.urlErrorProperty().addListener((o, a, b) ->
        url.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("danger"), !b.isEmpty()));
    return url;
  }

  /** Stats, snapshot, theme and about; and the menu that holds them on a narrow window. */
  private void secondaryButtons() {
    language.setId("language-menu");
    language.setTooltip(new Tooltip(Texts.get("bar.language")));
    language.getStyleClass().addAll("flat", "no-arrow");
    language.setMinWidth(Region.USE_PREF_SIZE);
    javafx.scene.control.Menu inMore = new javafx.scene.control.Menu(Texts.get("bar.language"));
    for (java.util.Locale l : Texts.LANGUAGES) {
      MenuItem item = new MenuItem(Texts.get("language." + l.getLanguage()));
      item.setId("language-" + l.getLanguage());
      item.setOnAction(e -> onLanguage.accept(l));
      language.getItems().add(item);
      MenuItem again = new MenuItem(item.getText());
      again.setOnAction(e -> onLanguage.accept(l));
      inMore.getItems().add(again);
    }
    more.mirror(List.of(inMore));
    lesson.setId("lesson-button");
    lesson.setTooltip(new Tooltip(org.livedash.i18n.Texts.get("lesson.open")));
    wire.setId("wire-button");
    wire.setTooltip(new Tooltip(org.livedash.i18n.Texts.get("wire.open.tip")));
    messagesToggle.setId("messages-toggle");
    messagesToggle.setTooltip(new Tooltip(Texts.get("bar.messages.tip")));
    statsToggle.setId("stats-toggle");
    statsToggle.setTooltip(new Tooltip(Texts.get("bar.stats.tip")));
    alertsToggle.setId("alerts-toggle");
    alertsToggle.setTooltip(new Tooltip(Texts.get("bar.alerts.tip")));
    snapshot.setId("snapshot-button");
    snapshot.setTooltip(new Tooltip(Texts.get("bar.snapshot.tip")));
    about.setId("about-button");
    about.setTooltip(new Tooltip(Texts.get("bar.about")));
    for (javafx.scene.control.ButtonBase b : List.of(lesson, wire, messagesToggle, alertsToggle,
        statsToggle, snapshot, dark, about)) {
      b.getStyleClass().add("flat");
      b.setMinWidth(Region.USE_PREF_SIZE);
    }
    MenuItem messages = menuItem(Texts.get("browser.open"), messagesToggle);
    messages.disableProperty().bind(messagesToggle.disableProperty());
    // Shown only for a feed whose messages can be browsed: the bar rearranges itself.
    messagesToggle.disableProperty().addListener((o, a, b) -> fitTo(getWidth()));
    more.mirror(List.of(messages,
        menuItem(org.livedash.i18n.Texts.get("lesson.open"), lesson),
        menuItem(org.livedash.i18n.Texts.get("wire.open"), wire),
        menuItem(Texts.get("key.snapshot"), snapshot),
        menuItem(Texts.get("bar.switchTheme"), dark), menuItem(Texts.get("bar.about"), about)));
  }

  /**
   * Keeps the bar on one line at any window width: when everything does not fit, the age of
   * the last message goes into the status tooltip and the snapshot, theme and about buttons into
   * a menu; when that is still too wide, the mode buttons keep only their icons, the name goes
   * and, while pushing, the polling interval.
   */
  private void fitTo(double width) {
    arrange(false, false);
    if (prefWidth(-1) <= width) {
      return;
    }
    arrange(true, false);
    if (prefWidth(-1) <= width) {
      return;
    }
    arrange(true, true);
  }

  private void arrange(boolean compact, boolean narrow) {
    show(age, !compact);
    show(snapshot, !compact);
    show(dark, !compact);
    show(about, !compact);
    show(wire, !compact);
    show(lesson, !compact);
    show(messagesToggle, !messagesToggle.isDisabled());
    show(language, !compact);
    more.showMirrored(compact);
    show(name, !narrow);
    narrowBar.set(narrow);
    for (ToggleButton b : modeButtons) {
      b.setContentDisplay(narrow ? javafx.scene.control.ContentDisplay.GRAPHIC_ONLY
          : javafx.scene.control.ContentDisplay.LEFT);
    }
  }

  private static void show(javafx.scene.Node node, boolean shown) {
    node.setVisible(shown);
    node.setManaged(shown);
  }

  private static MenuItem menuItem(String text, javafx.scene.control.ButtonBase target) {
    MenuItem item = new MenuItem(text);
    item.setOnAction(e -> target.fire());
    return item;
  }

  private static HBox modeToggle(DashboardViewModel vm, List<ToggleButton> into) {
    ToggleGroup modes = new ToggleGroup();
    ToggleButton ws = modeButton(FeedMode.WS, "ws-mode", Feather.ZAP, modes, "left-pill");
    ToggleButton poll = modeButton(FeedMode.POLL, "poll-mode", Feather.REFRESH_CW, modes,
        "center-pill");
    ToggleButton longPoll = modeButton(FeedMode.LONGPOLL, "longpoll-mode", Feather.CLOCK, modes,
        "right-pill");
    List<ToggleButton> buttons = List.of(ws, poll, longPoll);
    into.addAll(buttons);
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
    Label every = new Label(Texts.get("bar.every"));
    every.getStyleClass().add("muted");
    Spinner<Integer> interval = new Spinner<>();
    interval.setId("poll-interval");
    interval.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(
        PollIntervalInput.MIN_POLL_MILLIS, PollIntervalInput.MAX_POLL_MILLIS,
        vm.pollIntervalMillisProperty().get(), 100));
    interval.setEditable(true);
    interval.setPrefWidth(100);
    // Bad input is said, next to the field, and changes nothing; a value out of range is
    // clamped and says so. Never an exception from the converter.
    Tooltip problem = new Tooltip();
    interval.getValueFactory().setConverter(new javafx.util.StringConverter<>() {
      @Override
      public String toString(Integer value) {
        return value == null ? "" : value.toString();
      }

      @Override
      public Integer fromString(String text) {
        PollIntervalInput input = PollIntervalInput.parse(text);
        boolean bad = !input.isValid();
        interval.getEditor().pseudoClassStateChanged(DANGER, bad);
        problem.setText(input.message());
        interval.setTooltip(input.message().isEmpty() ? null : problem);
        return bad ? interval.getValue() : input.millis();
      }
    });
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
  Button feedsButton() {
    return feeds;
  }

  /** What choosing a language in the bar does. */
  void setOnLanguage(java.util.function.Consumer<java.util.Locale> action) {
    onLanguage = action;
  }

  Button lessonButton() {
    return lesson;
  }

  Button wireButton() {
    return wire;
  }

  Button aboutButton() {
    return about;
  }

  /** Where the settings dialog finds and keeps the window's settings; until then it is off. */
  void usePreferences(Preferences preferences,
      java.util.function.Supplier<org.livedash.model.Reason> desktopProblem) {
    more.usePreferences(preferences, desktopProblem);
  }

  /** Opens a recording to play as the feed; the view wires what it does. */
  MenuItem openRecording() {
    return more.openRecording();
  }

  /** The ⋯ menu: what has no button of its own. */
  MoreMenu moreMenu() {
    return more;
  }

  /** Saves the dashboard as an image; the view wires what it does. */
  Button snapshotButton() {
    return snapshot;
  }

  /** Puts the caret in the address field, its text selected for typing over. */
  void focusUrl() {
    url.requestFocus();
    url.selectAll();
  }

  /** Shows or hides the push-vs-polling panel; the view decides where the panel goes. */
  ToggleButton statsToggle() {
    return statsToggle;
  }

  /** Opens the alert log; says how many alerts wait to be acknowledged. */
  ToggleButton alertsToggle() {
    return alertsToggle;
  }

  /** Shows or hides the message browser (feeds in their own JSON shape). */
  ToggleButton messagesToggle() {
    return messagesToggle;
  }

  /** The theme toggle; the application swaps stylesheets when it changes. */
  ToggleButton themeToggle() {
    return dark;
  }

  private static ToggleButton modeButton(FeedMode mode, String id, Feather icon,
      ToggleGroup group, String pill) {
    ToggleButton b = new ToggleButton(Texts.get("mode.short." + mode.key()), new FontIcon(icon));
    b.setTooltip(new Tooltip(Texts.of(mode.title())));
    b.setId(id);
    b.setUserData(mode);
    b.setToggleGroup(group);
    b.getStyleClass().add(pill);
    return b;
  }

  private static final javafx.css.PseudoClass DANGER =
      javafx.css.PseudoClass.getPseudoClass("danger");

  /** The dot's colour: the connection's state, amber when live but its source is down. */
  static void styleDot(Circle dot, ConnectionState state, boolean degraded) {
    dot.getStyleClass().removeAll("live", "connecting", "reconnecting", "down", "degraded");
    dot.getStyleClass().add(degraded ? "degraded"
        : state.name().toLowerCase(java.util.Locale.ROOT));
  }
}
