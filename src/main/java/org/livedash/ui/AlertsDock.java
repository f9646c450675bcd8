package org.livedash.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.Pane;
import javafx.stage.FileChooser;
import org.livedash.alert.AlertCsv;
import org.livedash.alert.AlertLog;
import org.livedash.i18n.Texts;

/**
 * Where the alert log goes: under the charts, while the bar's bell is on.
 * The bell shows how many alerts wait to be acknowledged, and turns red while one of them is
 * on. The log is exported as CSV off the JavaFX thread. Where alerts cannot reach the desktop,
 * the log says why.
 */
final class AlertsDock {
  private static final long REFRESH_NANOS = 250_000_000L;

  private final ToggleButton toggle;
  private final FeedControl control;
  private final AlertLog log;
  private final AlertLogPanel panel;
  private final Executor background;
  private final Consumer<String> notice;
  private long lastRefresh;
  private long shownVersion = -1;

  /**
   * @param host where the log goes while open: under the charts, which make room for it
   * @param notice shows a line in the status line
   */
  AlertsDock(ToggleButton toggle, FeedControl control, ZoneId zone, Pane host,
      Executor background, Consumer<String> notice) {
    this.toggle = toggle;
    this.control = control;
    this.log = control.alertLog();
    this.background = background;
    this.notice = notice;
    // A window without an alert log (a test's) has no bell.
    toggle.setVisible(log != null);
    toggle.setManaged(log != null);
    panel = log == null ? null : new AlertLogPanel(log, zone, this::export);
    toggle.selectedProperty().addListener((o, a, on) -> {
      if (on) {
        panel.refresh(control.desktopNotifications());
        host.getChildren().add(panel);
      } else {
        host.getChildren().remove(panel);
      }
    });
  }

  /** Each frame: the bell's count, and the log if open, a few times a second when it changed. */
  void frame(long now) {
    if (log == null || now - lastRefresh < REFRESH_NANOS || log.version() == shownVersion) {
      return;
    }
    lastRefresh = now;
    shownVersion = log.version();
    List<AlertLog.Entry> entries = log.entries();
    long waiting = entries.stream().filter(e -> !e.acknowledged()).count();
    boolean on = entries.stream().anyMatch(e -> !e.acknowledged() && e.alert().isOn());
    toggle.setText(waiting == 0 ? null : Long.toString(waiting));
    toggle.getStyleClass().remove("alerting");
    if (on) {
      toggle.getStyleClass().add("alerting");
    }
    if (toggle.isSelected()) {
      panel.refresh(control.desktopNotifications());
    }
  }

  private void export(List<AlertLog.Entry> entries) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle(Texts.get("alerts.export"));
    chooser.setInitialFileName("livedash-alerts.csv");
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
    java.io.File chosen = chooser.showSaveDialog(toggle.getScene().getWindow());
    if (chosen == null) {
      return;
    }
    Path file = chosen.toPath();
    background.execute(() -> {
      String said;
      try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        AlertCsv.write(entries, out);
        said = Texts.get("export.saved", file.toAbsolutePath());
      } catch (IOException e) {
        said = Texts.get("export.failed", file, Texts.message(e));
      }
      String text = said;
      Platform.runLater(() -> notice.accept(text));
    });
  }
}
