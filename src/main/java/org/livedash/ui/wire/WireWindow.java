package org.livedash.ui.wire;

import java.time.ZoneId;
import javafx.animation.AnimationTimer;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.livedash.i18n.Texts;
import org.livedash.model.EpochMicros;
import org.livedash.model.FeedMode;
import org.livedash.model.WireEvent;
import org.livedash.model.WireLog;
import org.livedash.report.Lesson;

/**
 * The wire view: a window beside the dashboard that shows what really crosses the connection —
 * the handshake verbatim, frames and polls as they arrive, and a live sequence diagram of the
 * feed's connection beside one in the other style. Off by default: the transports keep nothing
 * for it until it opens, and it stops them (and its companion connection) when it closes. It
 * reads the wire log once every {@link #READ_EVERY_NANOS}, never blocking the JavaFX thread.
 */
public final class WireWindow {
  private static final long READ_EVERY_NANOS = 100_000_000L;
  private static final long DRAW_EVERY_NANOS = 33_000_000L;
  /** Below this height the explanations give way to the rows, as tooltips on the titles. */
  private static final double ROOMY_HEIGHT = 760;

  private final WireControl control;
  private final WireLog log;
  private final Stage stage = new Stage();
  private final HandshakePane handshake = new HandshakePane();
  private final WireTable table;
  private final SequenceDiagram diagram = new SequenceDiagram();
  private final Label kept = new Label();
  private final ToggleButton pause = new ToggleButton(Texts.get("wire.pause"));
  private final CheckBox companion = new CheckBox(Texts.get("wire.companion"));
  private final CheckBox browser = new CheckBox(Texts.get("wire.browser"));
  private final AnimationTimer pulse;
  private long next;
  private long lastRead;
  private long lastDraw;
  private FeedMode lastMode;
  private FeedMode lastCompanion;
  private long reads;
  private final VBox top = new VBox();
  /** Whether the window is tall enough for the explanations beside the frames and diagram. */
  private final javafx.beans.property.BooleanProperty roomy =
      new javafx.beans.property.SimpleBooleanProperty(true);
  private javafx.scene.layout.FlowPane toolbar;
  private Lesson lesson;
  private LessonBar lessonBar;

  /**
   * @param control the feed, whose {@link WireControl#wireLog} this view reads
   * @param stylesheet the dashboard's stylesheet, so both windows look alike
   */
  public WireWindow(Window owner, WireControl control, ZoneId zone, String stylesheet,
      boolean dark) {
    this.control = control;
    this.log = control.wireLog();
    this.table = new WireTable(zone);
    diagram.setDark(dark);
    stage.initOwner(owner);
    stage.setTitle(Texts.get("wire.title"));
    BorderPane root = new BorderPane();
    root.setId("wire-root");
    root.getStyleClass().add("wire-root");
    toolbar = toolbar();
    top.getChildren().add(toolbar);
    root.setTop(top);
    root.setCenter(body());
    // As large as it likes on a big screen, within the screen on a small one.
    javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
    Scene scene = new Scene(root, Math.min(1480, screen.getWidth() * 0.96),
        Math.min(860, screen.getHeight() * 0.94));
    if (stylesheet != null) {
      scene.getStylesheets().add(stylesheet);
    }
    roomy.bind(scene.heightProperty().greaterThanOrEqualTo(ROOMY_HEIGHT));
    // Escape closes it, as it closes the dashboard's drawers and overlays.
    scene.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
      if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
        e.consume();
        stage.hide();
      }
    });
    stage.setScene(scene);
    pulse = new AnimationTimer() {
      @Override
      public void handle(long now) {
        tick(now);
      }
    };
    stage.setOnShown(e -> started());
    stage.setOnHidden(e -> stopped());
  }

  private javafx.scene.layout.FlowPane toolbar() {
    pause.setId("wire-pause");
    pause.selectedProperty().addListener((o, a, p) ->
        pause.setText(Texts.get(p ? "wire.resume" : "wire.pause")));
    TextField filter = new TextField();
    filter.setId("wire-filter");
    filter.setPromptText(Texts.get("wire.filter.prompt"));
    filter.setPrefColumnCount(18);
    filter.textProperty().addListener((o, a, t) -> table.setFilter(t));
    ChoiceBox<WireTable.Show> show = new ChoiceBox<>();
    show.setId("wire-show");
    show.getItems().addAll(WireTable.Show.values());
    show.setValue(WireTable.Show.ALL);
    show.setConverter(new StringConverter<>() {
      @Override
      public String toString(WireTable.Show s) {
        return s == null ? "" : Texts.get(switch (s) {
          case ALL -> "wire.show.all";
          case FRAMES -> "wire.show.frames";
          case REQUESTS -> "wire.show.polls";
        });
      }

      @Override
      public WireTable.Show fromString(String s) {
        return WireTable.Show.ALL;
      }
    });
    show.valueProperty().addListener((o, a, s) -> table.setShow(s));
    companion.setId("wire-companion");
    companion.setSelected(true);
    companion.setTooltip(new Tooltip(Texts.get("wire.companion.tip")));
    companion.selectedProperty().addListener((o, a, on) -> control.companion(on));
    browser.setId("wire-browser-headers");
    browser.setSelected(control.browserHeaders());
    browser.setTooltip(new Tooltip(Texts.get("wire.browser.tip")));
    browser.selectedProperty().addListener((o, a, on) -> control.setBrowserHeaders(on));
    kept.getStyleClass().add("wire-muted");
    // On a narrow window the controls go to a second line, never cut to "…".
    javafx.scene.layout.FlowPane bar = new javafx.scene.layout.FlowPane(10, 6, pause, filter,
        show, companion, browser, kept);
    for (Region r : java.util.List.of(pause, show, companion, browser, kept)) {
      r.setMinWidth(Region.USE_PREF_SIZE);
    }
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.setPadding(new Insets(8, 10, 8, 10));
    bar.getStyleClass().add("wire-toolbar");
    return bar;
  }

  private SplitPane body() {
    ScrollPane handshakeScroll = new ScrollPane(handshake);
    handshakeScroll.setFitToWidth(true);
    handshakeScroll.setPrefViewportHeight(250);
    Label framesTitle = new Label(Texts.get("wire.frames.title"));
    framesTitle.getStyleClass().add("wire-section-title");
    Label framesHelp = new Label(Texts.get("wire.frames.help"));
    framesHelp.setWrapText(true);
    framesHelp.getStyleClass().add("wire-explain");
    framesHelp.setMinHeight(Region.USE_PREF_SIZE);
    // On a short window the rows come first: the explanation stays a tooltip on the title.
    framesTitle.setTooltip(new Tooltip(framesHelp.getText()));
    framesTitle.setMaxWidth(Double.MAX_VALUE);
    framesHelp.visibleProperty().bind(roomy);
    framesHelp.managedProperty().bind(roomy);

    VBox frames = new VBox(4, framesTitle, framesHelp, table.table());
    frames.setPadding(new Insets(6, 10, 0, 10));
    VBox.setVgrow(table.table(), Priority.ALWAYS);
    table.detail().setPrefRowCount(8);
    SplitPane left = new SplitPane(handshakeScroll, frames, table.detail());
    left.setOrientation(Orientation.VERTICAL);
    left.setDividerPositions(0.33, 0.83);
    roomy.addListener((o, a, tall) -> {
      table.detail().setPrefRowCount(tall ? 8 : 3);
      left.setDividerPositions(tall ? 0.33 : 0.28, tall ? 0.83 : 0.9);
    });
    Label diagramTitle = new Label(Texts.get("wire.diagram.title",
        SequenceDiagram.WINDOW_SECONDS));
    diagramTitle.getStyleClass().add("wire-section-title");
    diagramTitle.setWrapText(true);
    diagramTitle.setMinHeight(Region.USE_PREF_SIZE);
    Label legend = new Label(Texts.get("wire.diagram.legend"));
    legend.getStyleClass().add("wire-explain");
    legend.setWrapText(true);
    legend.setMinHeight(Region.USE_PREF_SIZE);
    legend.visibleProperty().bind(roomy);
    legend.managedProperty().bind(roomy);
    diagramTitle.setTooltip(new Tooltip(legend.getText()));
    VBox right = new VBox(6, diagramTitle, diagram, legend);
    right.setPadding(new Insets(8, 10, 10, 10));
    VBox.setVgrow(diagram, Priority.ALWAYS);
    SplitPane split = new SplitPane(left, right);
    split.setDividerPositions(0.62);
    return split;
  }

  /**
   * Puts the lesson above the view and begins its first step; a lesson under way starts over.
   *
   * @param feed what the lesson is measured on, in words, for the handout
   * @param background where the handout is written
   */
  public void startLesson(Lesson lesson, String feed, java.util.concurrent.Executor background) {
    this.lesson = lesson;
    lessonBar = new LessonBar(lesson, feed, background);
    top.getChildren().setAll(lessonBar, toolbar);
    companion.setSelected(true);
  }

  /** Runs {@code action} once, the next time the window closes. */
  public void onceHidden(Runnable action) {
    stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN,
        new javafx.event.EventHandler<>() {
          @Override
          public void handle(javafx.stage.WindowEvent e) {
            stage.removeEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, this);
            action.run();
          }
        });
  }

  /** Shows the window, or brings it to the front. */
  public void show() {
    if (stage.isShowing()) {
      stage.toFront();
    } else {
      stage.show();
    }
  }

  public void close() {
    stage.hide();
  }

  private void started() {
    log.setOpen(true);
    next = log.since(0).next();
    control.companion(companion.isSelected());
    pulse.start();
  }

  private void stopped() {
    pulse.stop();
    control.companion(false);
    log.setOpen(false);
    table.clear();
    diagram.clear();
  }

  private void tick(long now) {
    if (lesson != null) {
      lesson.tick();
    }
    if (now - lastRead >= READ_EVERY_NANOS) {
      lastRead = now;
      read();
    }
    if (now - lastDraw >= DRAW_EVERY_NANOS && !pause.isSelected()) {
      lastDraw = now;
      diagram.draw(EpochMicros.now(java.time.Clock.systemUTC()));
    }
  }

  /** Takes what the transports added since the last read, and follows the feed's mode. */
  private void read() {
    FeedMode mode = control.status().mode();
    FeedMode beside = control.companionMode();
    // The feed's own handshake; while it polls, that of the push connection beside it.
    boolean ownIsPush = mode == FeedMode.WS || beside != FeedMode.WS;
    handshake.show(log.handshake(ownIsPush ? WireEvent.Lane.MAIN : WireEvent.Lane.COMPANION));
    boolean modeChanged = mode != lastMode;
    if (modeChanged || beside == null && reads++ % 10 == 0) {
      lastMode = mode;
      // The companion is always the other style: a switch of the feed's mode changes it, and
      // one that could not start (no feed yet) is tried again every second.
      control.companion(companion.isSelected());
    }
    if (modeChanged || beside != lastCompanion || lastCompanion == null) {
      lastCompanion = beside;
      diagram.setTitles(styleName(mode), beside == null ? null : beside == FeedMode.POLL
          ? Texts.get("mode.poll.every", 1) : styleName(beside));
    }
    if (pause.isSelected()) {
      return;
    }
    WireLog.Batch batch = log.since(next);
    next = batch.next();
    table.add(batch.events());
    diagram.add(batch.events());
    kept.setText(batch.notShown() > 0
        ? Texts.get("wire.kept", table.shown().size(), batch.notShown(), WireLog.MAX_PER_SECOND)
        : Texts.get("wire.kept.all", table.shown().size()));
  }

  private static String styleName(FeedMode mode) {
    return Texts.get("mode." + mode.key());
  }

}
