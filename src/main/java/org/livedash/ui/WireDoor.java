package org.livedash.ui;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.Executor;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import org.livedash.feed.profile.Profile;
import org.livedash.i18n.Texts;
import org.livedash.model.FeedMode;
import org.livedash.report.Lesson;
import org.livedash.ui.wire.WireWindow;

/**
 * Opens the wire view beside the dashboard, and the lesson in it: one window, made the first
 * time it is asked for, closed with the dashboard.
 */
final class WireDoor {
  private final DashboardViewModel vm;
  private final ZoneId zone;
  private WireWindow wire;

  WireDoor(DashboardViewModel vm, ZoneId zone) {
    this.vm = vm;
    this.zone = zone;
  }

  /** Opens the wire view (or brings it to the front); nothing where no wire is tapped. */
  void openWire(Scene owner, boolean dark) {
    if (vm.control().wireLog() == null || owner == null) {
      return;
    }
    if (wire == null) {
      wire = new WireWindow(owner.getWindow(), vm.control(), zone,
          owner.getStylesheets().isEmpty() ? null : owner.getStylesheets().get(0), dark);
    }
    wire.show();
  }

  /**
   * Opens the lesson: the wire view with the lesson's steps above it, from step one. On a feed
   * that is pushed only the polling steps cannot run: the user is offered the demo feed for the
   * lesson, and the feed is connected again when the wire view closes; or nothing happens.
   */
  void openLesson(Scene owner, boolean dark, Executor background) {
    FeedControl control = vm.control();
    if (control.offersPolling() || control.wireLog() == null || owner == null) {
      beginLesson(owner, dark, background);
      return;
    }
    Alert ask = new Alert(Alert.AlertType.CONFIRMATION, Texts.get("lesson.pushOnly.text",
        control.feedDescription()), new ButtonType(Texts.get("lesson.pushOnly.demo"),
        ButtonBar.ButtonData.OK_DONE), DialogButtons.cancel());
    ask.initOwner(owner.getWindow());
    ask.setTitle(Texts.get("lesson.pushOnly.title"));
    ask.setHeaderText(Texts.get("lesson.pushOnly.title"));
    ask.getDialogPane().setId("lesson-push-only");
    ask.getDialogPane().setPrefWidth(520);
    if (ask.showAndWait().map(b -> b.getButtonData() != ButtonBar.ButtonData.OK_DONE)
        .orElse(true)) {
      return;
    }
    Profile back = control.currentProfile();
    String backUrl = control.currentUrl();
    Duration interval = vm.pollInterval();
    control.connect(Profile.liveDash(Texts.get("feed.demo"), null), Map.of(), FeedMode.WS,
        interval);
    // The lesson begins once the demo is the feed (the bar's modes come back with it).
    vm.pollableProperty().addListener(new ChangeListener<>() {
      @Override
      public void changed(ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
        if (now) {
          o.removeListener(this);
          beginLesson(owner, dark, background);
          if (wire != null) {
            wire.onceHidden(() -> reconnect(back, backUrl, interval));
          }
        }
      }
    });
  }

  private void beginLesson(Scene owner, boolean dark, Executor background) {
    openWire(owner, dark);
    if (wire != null) {
      wire.startLesson(new Lesson(vm.stats(), vm.control().wireLog(), vm::useMode,
          System::nanoTime), vm.control().feedDescription(), background);
    }
  }

  /** The user's own feed again, after a lesson run on the demo. */
  private void reconnect(Profile back, String backUrl, Duration interval) {
    try {
      if (back != null) {
        vm.control().connect(back, Map.of(), FeedMode.WS, interval);
      } else if (backUrl != null && !backUrl.isBlank()) {
        vm.control().connect(backUrl, FeedMode.WS, interval);
      }
    } catch (IllegalArgumentException e) {
      vm.stats().reportProblem(Texts.message(e));
    }
  }

  void close() {
    if (wire != null) {
      wire.close();
    }
  }
}
