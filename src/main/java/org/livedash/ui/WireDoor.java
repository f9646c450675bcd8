package org.livedash.ui;

import java.time.ZoneId;
import java.util.concurrent.Executor;
import javafx.scene.Scene;
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

  /** Opens the lesson: the wire view with the lesson's steps above it, from step one. */
  void openLesson(Scene owner, boolean dark, Executor background) {
    openWire(owner, dark);
    if (wire != null) {
      wire.startLesson(new Lesson(vm.stats(), vm.control().wireLog(), vm::useMode,
          System::nanoTime), vm.control().feedDescription(), background);
    }
  }

  void close() {
    if (wire != null) {
      wire.close();
    }
  }
}
