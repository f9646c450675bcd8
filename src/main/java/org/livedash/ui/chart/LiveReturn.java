package org.livedash.ui.chart;

import javafx.event.EventHandler;
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
  private final EventHandler<MouseEvent> press = this::onPressed;
  private final EventHandler<MouseEvent> click = this::onClicked;
  private final EventHandler<KeyEvent> keys = this::onKey;

  @Override
  public void attach(ChartView v) {
    view = v;
    v.canvas().addEventHandler(MouseEvent.MOUSE_PRESSED, press);
    v.canvas().addEventHandler(MouseEvent.MOUSE_CLICKED, click);
    v.chart().addEventHandler(KeyEvent.KEY_PRESSED, keys);
  }

  @Override
  public void detach() {
    view.canvas().removeEventHandler(MouseEvent.MOUSE_PRESSED, press);
    view.canvas().removeEventHandler(MouseEvent.MOUSE_CLICKED, click);
    view.chart().removeEventHandler(KeyEvent.KEY_PRESSED, keys);
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
