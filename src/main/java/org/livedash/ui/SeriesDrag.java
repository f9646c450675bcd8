package org.livedash.ui;

import java.util.function.Consumer;
import javafx.css.PseudoClass;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import org.livedash.model.SeriesMeta;

/**
 * A series dragged from its tile (or a number from the message browser) onto a pane, within the
 * window: a press-drag-release gesture of JavaFX's own (no system drag and drop, no clipboard),
 * the pane under the pointer lit as it passes.
 */
final class SeriesDrag {
  private static final PseudoClass DROP = PseudoClass.getPseudoClass("drop");

  private SeriesDrag() {}

  /**
   * A number of the message browser dragged: dropped on a pane, it is plotted and its series,
   * once the feed has it, given to {@code plotTo}'s consumer (the pane).
   */
  record Field(Consumer<Consumer<SeriesMeta>> plotTo) { }

  /** Lets {@code tile}, showing {@code meta}, be dragged onto a pane. */
  static void from(Node tile, SeriesMeta meta) {
    tile.setUserData(meta);
    tile.setOnDragDetected(e -> {
      if (e.getButton() == MouseButton.PRIMARY) {
        tile.startFullDrag();
        tile.setCursor(Cursor.CLOSED_HAND);
      }
    });
    tile.setOnMouseReleased(e -> tile.setCursor(null));
  }

  /** Lets {@code pane} take a series dragged onto it: {@code onDrop} is told which. */
  static void onto(Node pane, Consumer<SeriesMeta> onDrop) {
    pane.setOnMouseDragEntered(e -> pane.pseudoClassStateChanged(DROP,
        e.getGestureSource() instanceof Node n
            && (n.getUserData() instanceof SeriesMeta || n.getUserData() instanceof Field)));
    pane.setOnMouseDragExited(e -> pane.pseudoClassStateChanged(DROP, false));
    pane.setOnMouseDragReleased(e -> {
      pane.pseudoClassStateChanged(DROP, false);
      if (e.getGestureSource() instanceof Node n && n.getUserData() instanceof SeriesMeta m) {
        onDrop.accept(m);
      } else if (e.getGestureSource() instanceof Node n && n.getUserData() instanceof Field f) {
        f.plotTo().accept(onDrop);
      }
    });
  }
}
