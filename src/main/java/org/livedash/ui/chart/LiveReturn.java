package org.livedash.ui.chart;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * Takes a chart back to live and to autoscale: a double click, or Home with the focus. And a
 * press gives the chart the focus for its keys, so a scrolling parent does not keep it.
 */
final class LiveReturn implements ChartPlugin {
  private ChartView view;
  private final ChartHandlers handlers = new ChartHandlers();

  @Override
  public void attach(ChartView v) {
    view = v;
    handlers.add(v.canvas(), MouseEvent.MOUSE_PRESSED, this::onPressed);
    handlers.add(v.canvas(), MouseEvent.MOUSE_CLICKED, this::onClicked);
    handlers.add(v.chart(), KeyEvent.KEY_PRESSED, this::onKey);
  }

  @Override
  public void detach() {
    handlers.removeAll();
  }

  private void onPressed(MouseEvent e) {
    view.chart().requestFocus();
    e.consume();
  }

  private void onClicked(MouseEvent e) {
    if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
      backToLive();
    }
  }

  private void onKey(KeyEvent e) {
    if (e.getCode() == KeyCode.HOME) {
      backToLive();
      e.consume();
    }
  }

  private void backToLive() {
    view.viewport().backToLive();
    view.state().valueZoom.clear();
    view.viewChanged();
  }
}
