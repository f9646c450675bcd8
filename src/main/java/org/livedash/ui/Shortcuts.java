package org.livedash.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The keyboard shortcuts: one list that both handles the keys and fills the help overlay, so
 * the two never disagree. Keys without a modifier are left to a text field that has the focus,
 * so typing a URL never switches a chart.
 */
final class Shortcuts {
  /** One shortcut: its keys, how the help writes them, what it does in words, and the action. */
  record Shortcut(List<KeyCombination> keys, String keysText, String action, Runnable run) {}

  private final List<Shortcut> all = new ArrayList<>();

  /** Adds a shortcut; {@code keys} in {@link KeyCombination#valueOf} syntax ("Shortcut+T"). */
  Shortcuts add(String keysText, String action, Runnable run, String... keys) {
    List<KeyCombination> combos = new ArrayList<>();
    for (String k : keys) {
      combos.add(KeyCombination.valueOf(k));
    }
    all.add(new Shortcut(List.copyOf(combos), keysText, action, run));
    return this;
  }

  List<Shortcut> all() {
    return List.copyOf(all);
  }

  /** Handles the shortcuts in {@code scene}, before any control sees the key. */
  void install(Scene scene) {
    scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
      if (leftToFocusOwner(scene.getFocusOwner(), e)) {
        return;
      }
      for (Shortcut s : all) {
        for (KeyCombination k : s.keys()) {
          if (k.match(e)) {
            s.run().run();
            e.consume();
            return;
          }
        }
      }
    });
  }

  /**
   * Whether the focused control needs the key itself: a text field any plain key, a button or
   * a choice the space bar that presses it.
   */
  private static boolean leftToFocusOwner(javafx.scene.Node owner, KeyEvent e) {
    if (owner instanceof TextInputControl) {
      return isPlain(e);
    }
    return e.getCode() == KeyCode.SPACE && (owner instanceof javafx.scene.control.ButtonBase
        || owner instanceof javafx.scene.control.ComboBoxBase<?>
        || owner instanceof javafx.scene.control.ChoiceBox<?>);
  }

  /** A key a text field wants for itself: no Ctrl, Alt or Meta, and not a function key. */
  private static boolean isPlain(KeyEvent e) {
    return !e.isShortcutDown() && !e.isControlDown() && !e.isAltDown() && !e.isMetaDown()
        && !e.getCode().isFunctionKey() && e.getCode() != KeyCode.ESCAPE;
  }
}
