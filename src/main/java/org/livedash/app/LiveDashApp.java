package org.livedash.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Dimension2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.livedash.i18n.Texts;
import org.livedash.model.ConnectionStatus;
import org.livedash.model.FeedMode;
import org.livedash.record.RecordingFolder;
import org.livedash.settings.UserDirectories;
import org.livedash.ui.DashboardView;
import org.livedash.ui.DashboardViewModel;
import org.livedash.ui.WindowSize;
import org.livedash.settings.ViewLibrary;
import org.livedash.settings.Settings;
import org.livedash.settings.SecretKeyring;
import org.livedash.settings.ProfileLibrary;
import org.livedash.settings.SettingsFile;
import org.livedash.client.Version;
import org.livedash.client.SeriesNames;
import org.livedash.client.SupervisorControl;
import org.livedash.client.LaunchOptions;
import org.livedash.client.StatsReport;
import org.livedash.client.AppContext;
import org.livedash.model.Layout;
import org.livedash.ui.Preferences;

/**
 * The JavaFX application: starts the feed pipeline off the JavaFX thread in {@link #init}, shows
 * the dashboard, and on exit writes the stats report if asked and shuts the pipeline down.
 */
public final class LiveDashApp extends Application {
  private static final Logger LOG = Logger.getLogger(LiveDashApp.class.getName());
  private static volatile LaunchOptions launchOptions = LaunchOptions.defaults();
  /** Whether the window opens on the lesson ({@code --lesson}). */
  private static volatile boolean lessonAtStart;
  private static volatile List<String> addedAtStart = List.of();
  /** {@code --layout}'s, shown once the window is up; or null. */
  private static volatile Layout layoutAtStart;
  /** Whether {@code --lang} chose the language, over the one kept from the last run. */
  private static volatile boolean languageGiven;
  private static volatile CompletableFuture<AppContext> starting;
  private static volatile long updatesReceived;
  /** What the window records of its feeds, into the recordings folder. */
  private static volatile WindowRecordings recordings;

  private final SettingsFile settingsFile = new SettingsFile(SettingsFile.platformDirectory());
  private final SecretKeyring keyring = new SecretKeyring();
  private Settings saved = Settings.DEFAULTS;
  private boolean darkTheme;
  private Stage window;
  private AppContext context;
  private DashboardView view;
  private LaunchOptions options;
  /** The feeds beside the first and the derived series. */
  private WindowDocument document;

  /**
   * Starts the window with these options and returns, when the window has closed, how many
   * updates were received.
   */
  public static long launch(LaunchOptions given, List<String> added, Layout layout,
      boolean lesson, boolean language) {
    recordings = new WindowRecordings(new RecordingFolder(UserDirectories.system().recordings(),
        java.time.Clock.systemDefaultZone()));
    LaunchOptions options = recordings.first(given,
        new SettingsFile(SettingsFile.platformDirectory()).load().recordingOrDefaults());
    launchOptions = options;
    addedAtStart = List.copyOf(added);
    layoutAtStart = layout;
    lessonAtStart = lesson;
    languageGiven = language;
    // The feed (embedded server, catalogue, connection) comes up while JavaFX starts.
    starting = CompletableFuture.supplyAsync(() -> {
      try {
        return AppContext.start(options, new ViewLibrary(SettingsFile.platformDirectory()));
      } catch (Exception e) {
        throw new CompletionException(e);
      }
    });
    Application.launch(LiveDashApp.class);
    return updatesReceived;
  }

  @Override
  public void init() throws Exception {
    options = launchOptions;
    try {
      context = starting.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof Exception cause ? cause : e;
    }
    recordings.begun(context);
  }

  @Override
  public void start(Stage stage) {
    saved = settingsFile.load();
    if (!settingsFile.problem().isEmpty()) {
      LOG.warning(settingsFile.problem());
    }
    boolean dark = options.theme() != null ? options.theme() == LaunchOptions.Theme.DARK
        : !"light".equals(saved.theme());
    applyTheme(dark);
    if (!languageGiven && saved.language() != null) {
      Texts.use(Texts.parse(saved.language()));
    }
    document = new WindowDocument(options, recordings,
        new ProfileLibrary(SettingsFile.platformDirectory()), keyring);
    document.open(addedAtStart, layoutAtStart, saved);
    // Kept as they change: a window ended by a signal opens the same feeds and series again.
    document.onChange(() -> Platform.runLater(this::keepDocument));
    view = buildView(options.mode(), options.pollInterval());
    Scene scene = place(stage, saved.window());
    scene.getStylesheets().add(Objects.requireNonNull(
        LiveDashApp.class.getResource("/assets/css/livedash.css")).toExternalForm());
    stage.setTitle("LiveDash");
    stage.getIcons().add(new Image(Objects.requireNonNull(
        LiveDashApp.class.getResourceAsStream("/assets/icons/livedash-64.png"))));
    stage.setScene(scene);
    window = stage;
    if (options.printStartup()) {
      view.setOnFirstData(() -> System.out.printf(
          "startup: first live point on screen %d ms after JVM start (at epoch ms %d)%n",
          ManagementFactory.getRuntimeMXBean().getUptime(), System.currentTimeMillis()));
    }
    stage.show();
    view.start();
    if (layoutAtStart != null) {
      view.showLayout(layoutAtStart);
    }
    alertsReachTheDesktop(stage);
    if (lessonAtStart) {
      view.openLesson();
    }
    if (options.exitAfter() != null) {
      // Not a JavaFX animation: one running keeps JavaFX pulsing 60 times a second, which would
      // make a window measured with --exit-after cost more than one left open.
      Thread exit = new Thread(() -> {
        try {
          Thread.sleep(options.exitAfter().toMillis());
          Platform.runLater(Platform::exit);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }, "exit-after");
      exit.setDaemon(true);
      exit.start();
    }
  }

  /**
   * Alerts raised while the window is behind others become desktop notifications; the alert log
   * of the last runs is read back from their recordings. Both off the JavaFX thread.
   */
  private void alertsReachTheDesktop(Stage stage) {
    java.util.concurrent.atomic.AtomicBoolean inFront =
        new java.util.concurrent.atomic.AtomicBoolean(stage.isFocused());
    stage.focusedProperty().addListener((o, a, focused) -> inFront.set(focused));
    java.nio.file.Path current = context.recorder() == null ? null : context.recorder().file();
    context.backgroundExecutor().execute(() -> {
      // Why they cannot, the notifier logs once and the alert log shows.
      context.alerts().notifyDesktop(inFront::get, ZoneId.systemDefault());
      context.alerts().restoreFrom(new RecordingFolder(UserDirectories.system().recordings(),
          java.time.Clock.systemDefaultZone()), current);
    });
  }

  /** The dashboard for the feed as it runs, in the language in use. */
  private DashboardView buildView(FeedMode mode, java.time.Duration pollInterval) {
    DashboardViewModel vm = new DashboardViewModel(new SupervisorControl(context, keyring),
        context.stats(), mode, pollInterval, System::nanoTime);
    DashboardView v = new DashboardView(vm, context.store(), ZoneId.systemDefault(), darkTheme,
        this::applyTheme, Version.get());
    v.setShelves(new ProfileLibrary(SettingsFile.platformDirectory()), preferences(),
        context.backgroundExecutor());
    document.showIn(v);
    // The notes go on from the window built before, a layout's, or the last run's.
    v.notes().replace(view != null ? view.notes().all() : layoutAtStart != null
        ? layoutAtStart.annotations() : saved.notesOrNone());
    v.notes().addListener(this::keepDocument);
    v.notes().onAdded(context::recordNote);
    // The panes the user made, as the window before had them, or the last run.
    Settings.Arrangement panes = view != null ? arrangementOf(view)
        : layoutAtStart != null ? null : saved.arrangement();
    if (panes != null) {
      v.showArrangement(panes.panes(), panes.tree());
    }
    v.setOnArranged(this::keepDocument);
    v.setOnLanguage(this::switchLanguage);
    return v;
  }

  /**
   * Shows the window in another language: the feed runs on, untouched; the dashboard is built
   * again around it, in the mode it is in, and the choice is kept for the next run.
   */
  private void switchLanguage(java.util.Locale language) {
    Texts.use(language);
    saved = saved.withLanguage(language.getLanguage());
    context.backgroundExecutor().execute(() -> SeriesNames.relabel(context.store()));
    view.stop();
    ConnectionStatus status = context.supervisor().status();
    view = buildView(status.mode(), view.pollInterval());
    window.getScene().setRoot(view);
    view.start();
  }

  /**
   * Puts the window where it was last time if that place is still on a screen, else at a size
   * that fits the primary screen.
   */
  private Scene place(Stage stage, Settings.Placement last) {
    stage.setMinWidth(WindowSize.MIN_WIDTH);
    stage.setMinHeight(WindowSize.MIN_HEIGHT);
    if (last != null && !Screen.getScreensForRectangle(last.x(), last.y(), last.width(),
        last.height()).isEmpty() && fits(last)) {
      stage.setX(last.x());
      stage.setY(last.y());
      stage.setWidth(last.width());
      stage.setHeight(last.height());
      stage.setMaximized(last.maximized());
      return new Scene(view);
    }
    Rectangle2D screen = Screen.getPrimary().getVisualBounds();
    Dimension2D size = WindowSize.initial(screen.getWidth(), screen.getHeight());
    stage.setMaximized(WindowSize.maximise(screen.getWidth(), screen.getHeight()));
    return new Scene(view, size.getWidth(), size.getHeight());
  }

  private static boolean fits(Settings.Placement p) {
    return Screen.getScreens().stream().map(Screen::getVisualBounds).anyMatch(b ->
        p.width() <= b.getWidth() + 1 && p.height() <= b.getHeight() + 1);
  }

  private void applyTheme(boolean dark) {
    darkTheme = dark;
    Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
        : new PrimerLight().getUserAgentStylesheet());
  }

  @Override
  public void stop() throws Exception {
    keyring.close();
    if (view != null) {
      view.stop();
      saved = document.keptIn(saved).withNotes(view.notes().all())
          .withArrangement(arrangementOf(view));
      rememberWindow();
    }
    if (document != null) {
      document.stopDeriving();
    }
    if (context != null) {
      updatesReceived = context.stats().totalUpdates(System.nanoTime());
      Path out = options.statsOut();
      if (out != null) {
        List<StatsReport.Feed> feeds = new java.util.ArrayList<>(List.of(context.figures()));
        feeds.addAll(document == null ? List.of() : document.figures());
        new StatsReport().write(feeds, out);
      }
      if (document != null) {
        document.close();
      }
      try {
        context.close();
      } catch (Exception e) {
        LOG.log(Level.FINE, "shutdown was not clean", e);
      }
    }
  }

  /**
   * The settings dialog's side: how the window records, kept in the settings file; new limits
   * kept at once on the recordings folder, and by this run's recording as it goes on.
   */
  private Preferences preferences() {
    return new Preferences() {
      @Override
      public Preferences.Recording recording() {
        Settings.Recording r = saved.recordingOrDefaults();
        return new Preferences.Recording(r.enabled(), r.keepHours(), r.keepGigabytes());
      }

      @Override
      public String recordingsFolder() {
        return UserDirectories.system().recordings().toString();
      }

      @Override
      public void keep(Preferences.Recording next) {
        Settings.Recording r = new Settings.Recording(next.enabled(), next.keepHours(),
            next.keepGigabytes());
        saved = saved.withRecording(r);
        Settings toWrite = saved;
        recordings.bound(r, context.backgroundExecutor(), () -> {
          try {
            settingsFile.save(toWrite);
          } catch (IOException | RuntimeException e) {
            LOG.warning(Texts.get("files.settingsUnsaved", settingsFile.path(), Texts.message(e)));
          }
        });
      }
    };
  }

  /** The panes the user made in {@code shown}, and how all stand. */
  private static Settings.Arrangement arrangementOf(DashboardView shown) {
    Layout panes = shown.arrangement();
    return new Settings.Arrangement(panes.charts(), panes.panes());
  }

  /** The feeds beside the first, derived series, notes and panes, kept for the next start. */
  private void keepDocument() {
    saved = document.keptIn(saved).withNotes(view.notes().all())
        .withArrangement(arrangementOf(view));
    Settings toWrite = saved;
    context.backgroundExecutor().execute(() -> {
      try {
        settingsFile.save(toWrite);
      } catch (IOException | RuntimeException e) {
        LOG.warning(Texts.get("files.settingsUnsaved", settingsFile.path(), Texts.message(e)));
      }
    });
  }

  /** Saves the theme and where the window is, for the next start; a failure is only logged. */
  private void rememberWindow() {
    Settings.Placement at = window == null ? saved.window() : new Settings.Placement(
        window.getX(), window.getY(), window.getWidth(), window.getHeight(),
        window.isMaximized());
    try {
      settingsFile.save(saved.withTheme(darkTheme ? "dark" : "light").withWindow(at));
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, Texts.get("files.settingsUnsaved", settingsFile.path(),
          Texts.message(e)));
    }
  }
}
