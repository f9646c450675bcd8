package org.livedash.ui;

import java.util.List;
import org.livedash.i18n.Texts;
import org.livedash.model.FeedMode;

/**
 * The dashboard's keyboard: which key does which of the common actions, in the order
 * {@link HelpOverlay} lists them.
 */
final class DashboardKeys {
  private DashboardKeys() {}

  /** The keys of {@code view}'s common actions; {@code help} and {@code escape} are its own. */
  static Shortcuts of(DashboardView view, DashboardViewModel vm, ChartGroup charts,
      Exports exports, ConnectionBar bar, Runnable help, Runnable escape) {
    Shortcuts keys = new Shortcuts()
        .add(Texts.get("key.f1"), Texts.get("key.help"), help, "F1", "Shift+Slash")
        .add("Esc", Texts.get("key.escape"), escape, "Esc")
        .add("F5", Texts.get("key.connect"), vm::toggleConnection, "F5")
        .add("Ctrl+1", Texts.get("key.ws"), () -> vm.modeProperty().set(FeedMode.WS), "Shortcut+1")
        .add("Ctrl+2", Texts.get("key.poll"), () -> vm.modeProperty().set(FeedMode.POLL),
            "Shortcut+2")
        .add("Ctrl+3", Texts.get("key.longpoll"), () -> vm.modeProperty().set(FeedMode.LONGPOLL),
            "Shortcut+3")
        .add("Space", Texts.get("key.pause"), charts::togglePause,
            "Space")
        .add(Texts.get("key.lHome"), Texts.get("key.live"), charts::backToLive, "L",
            "Home")
        .add(Texts.get("key.zoom.keys"), Texts.get("key.zoom"), () -> charts.zoom(0.8),
            "Shortcut+Equals", "Shortcut+Add")
        .add(null, "", () -> charts.zoom(1.25), "Shortcut+Minus", "Shortcut+Subtract");
    List<java.time.Duration> windows = WindowChoice.windows();
    for (int i = 0; i < windows.size(); i++) {
      java.time.Duration w = windows.get(i);
      keys.add(i == 0 ? "1 … " + windows.size() : null, Texts.get("key.window"),
          () -> charts.chooseWindow(w), String.valueOf(i + 1),
          "Numpad " + (i + 1));
    }
    return keys
        .add("S", Texts.get("key.stats"), view::toggleStats, "S")
        .add("W", Texts.get("key.wire"), view::openWire, "W")
        .add("Ctrl+S", Texts.get("key.snapshot"), exports::dashboardPng, "Shortcut+S")
        .add("Ctrl+E", Texts.get("key.csv"),
            () -> exports.chartCsv(view.sensorChart(), ChartPanel.CsvKind.VISIBLE), "Shortcut+E")
        .add("Ctrl+T", Texts.get("key.theme"),
            () -> bar.themeToggle().fire(), "Shortcut+T")
        .add("Ctrl+L", Texts.get("key.url"), bar::focusUrl, "Shortcut+L")
        .add("Ctrl+O", Texts.get("key.feeds"), view::openFeeds,
            "Shortcut+O")
        // Not a line of its own in the help, which must fit a short window: the menu shows it.
        .add(null, "", () -> bar.openRecording().fire(), "Shortcut+Shift+O");
  }
}
