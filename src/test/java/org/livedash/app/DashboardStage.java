package org.livedash.app;

import atlantafx.base.theme.PrimerDark;
import java.time.Duration;
import java.time.ZoneId;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.livedash.model.FeedMode;
import org.livedash.ui.DashboardView;
import org.livedash.ui.DashboardViewModel;
import org.livedash.client.FeedAccess;
import org.livedash.client.SupervisorControl;
import org.livedash.client.LaunchOptions;
import org.livedash.client.AppContext;

/** The real dashboard on a context, shown on a test's stage at 1440×900 in the dark theme. */
final class DashboardStage {
  private DashboardStage() {}

  /** The app on its embedded demo feed of {@code rate} updates/s a series, pushed. */
  static AppContext demo(double rate) throws Exception {
    return AppContext.start(new LaunchOptions(null, FeedMode.WS, Duration.ofMillis(200),
        LaunchOptions.Theme.DARK, rate, null, null, false, false, FeedAccess.standard(), null,
        null));
  }

  /** The same, the feeds shown as the user left them in {@code views}. */
  static AppContext demo(double rate, org.livedash.settings.ViewLibrary views) throws Exception {
    return AppContext.start(new LaunchOptions(null, FeedMode.WS, Duration.ofMillis(200),
        LaunchOptions.Theme.DARK, rate, null, null, false, false, FeedAccess.standard(), null,
        null), views);
  }

  static DashboardView show(Stage stage, AppContext context) {
    Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet());
    DashboardViewModel vm = new DashboardViewModel(new SupervisorControl(context),
        context.stats(), FeedMode.WS, Duration.ofMillis(200), System::nanoTime);
    DashboardView view = new DashboardView(vm, context.store(), ZoneId.of("UTC"), true,
        dark -> {}, "test");
    Scene scene = new Scene(view, 1440, 900);
    scene.getStylesheets().add(DashboardStage.class.getResource("/assets/css/livedash.css")
        .toExternalForm());
    stage.setScene(scene);
    // The stage is shared by the tests: one that resized it must not leave its size here.
    stage.sizeToScene();
    stage.show();
    view.start();
    return view;
  }
}
