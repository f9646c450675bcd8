package org.livedash.ui.chart;

import java.util.ArrayList;
import java.util.List;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.event.EventType;
import javafx.scene.Node;

/** The event handlers one chart plugin put on a chart, so they come off as they went on. */
final class ChartHandlers {
  private final List<Runnable> removals = new ArrayList<>();

  /** Puts {@code handler} on {@code node} for events of {@code type}. */
  <T extends Event> void add(Node node, EventType<T> type, EventHandler<? super T> handler) {
    node.addEventHandler(type, handler);
    removals.add(() -> node.removeEventHandler(type, handler));
  }

  /** Takes every handler put on so far off again. */
  void removeAll() {
    removals.forEach(Runnable::run);
    removals.clear();
  }
}
