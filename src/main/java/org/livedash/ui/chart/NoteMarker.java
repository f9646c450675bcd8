package org.livedash.ui.chart;

import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.livedash.i18n.Texts;

/**
 * Marks a note on the time axis: N with the focus, at the moment under the pointer (or the live
 * edge when it is outside the chart), or a right click, at the moment clicked.
 */
final class NoteMarker implements ChartPlugin {
  private final ChartNotes notes;
  private final ChartHandlers handlers = new ChartHandlers();
  private ChartView view;

  NoteMarker(ChartNotes notes) {
    this.notes = notes;
  }

  @Override
  public void attach(ChartView v) {
    view = v;
    handlers.add(v.chart(), KeyEvent.KEY_PRESSED, this::onKey);
    handlers.add(v.canvas(), ContextMenuEvent.CONTEXT_MENU_REQUESTED, this::onMenu);
  }

  @Override
  public void detach() {
    handlers.removeAll();
  }

  private void onKey(KeyEvent e) {
    if (e.getCode() == KeyCode.N && !e.isShortcutDown()) {
      long at = view.crosshair().isShown() ? view.crosshair().time() : view.latestMicros();
      notes.ask(at);
      e.consume();
    }
  }

  private void onMenu(ContextMenuEvent e) {
    long at = view.timeAt(e.getX());
    MenuItem note = new MenuItem(Texts.get("note.here"));
    note.setOnAction(a -> notes.ask(at));
    new ContextMenu(note).show(view.canvas(), e.getScreenX(), e.getScreenY());
    e.consume();
  }
}
