package org.livedash.ui;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import org.livedash.i18n.Texts;

/**
 * The dialogs' common buttons in the window's language: JavaFX's own ({@code ButtonType.CANCEL})
 * take their words from the system's language once, at start, so a Spanish window on an English
 * system would say "Cancel". Each call makes a new button type: keep the one a dialog was given
 * to compare its result with.
 */
final class DialogButtons {
  private DialogButtons() {}

  static ButtonType cancel() {
    return new ButtonType(Texts.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
  }

  static ButtonType close() {
    return new ButtonType(Texts.get("dialog.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
  }

  static ButtonType ok() {
    return new ButtonType(Texts.get("dialog.ok"), ButtonBar.ButtonData.OK_DONE);
  }
}
