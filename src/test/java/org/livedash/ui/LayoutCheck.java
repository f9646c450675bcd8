package org.livedash.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TreeTableView;
import javafx.scene.text.Text;

/**
 * What a person would see wrong in a window at a given size, found by walking its scene: a
 * control outside the window or squeezed to nothing, a button whose text is cut, an icon button
 * that does not say what it does, another text cut without its whole text as a tooltip, two
 * texts drawn over each other, a control cut at the side of a scroll pane that cannot scroll
 * sideways. What else a scroll pane or a split pane clips away can be scrolled or dragged into
 * view, so it is judged by what is left of it.
 */
public final class LayoutCheck {
  private final List<String> problems = new ArrayList<>();
  private final List<Labeled> texts = new ArrayList<>();
  private final double width;
  private final double height;

  private LayoutCheck(double width, double height) {
    this.width = width;
    this.height = height;
  }

  /** Every problem found in {@code root}'s scene of {@code width × height}; empty when none. */
  public static List<String> problems(Parent root, double width, double height) {
    LayoutCheck check = new LayoutCheck(width, height);
    check.walk(root);
    check.overlaps();
    return check.problems;
  }

  private void walk(Node node) {
    if (!node.isVisible()) {
      return;
    }
    if (node instanceof Control c && !blank(c)) {
      inspect(c);
    }
    // Rows and inner parts of tables, lists and text fields are theirs to lay out and clip.
    if (node instanceof Parent p && !(node instanceof TableView<?>
        || node instanceof TreeTableView<?> || node instanceof ListView<?>
        || node instanceof TextInputControl)) {
      for (Node child : p.getChildrenUnmodifiable()) {
        walk(child);
      }
    }
  }

  private static boolean blank(Control c) {
    return c instanceof Labeled l && (l.getText() == null || l.getText().isEmpty())
        && l.getGraphic() == null;
  }

  private void inspect(Control c) {
    Bounds raw = c.localToScene(c.getLayoutBounds());
    Bounds seen = visible(c);
    if (seen == null) {
      return;
    }
    if (seen.getMinX() < -0.5 || seen.getMaxX() > width + 0.5 || seen.getMinY() < -0.5
        || seen.getMaxY() > height + 0.5 || raw.getWidth() < 1 || raw.getHeight() < 1) {
      problems.add(describe(c) + " outside the " + width + "×" + height + " window at " + seen);
    }
    String sideways = cutSideways(c, raw);
    if (sideways != null) {
      problems.add(describe(c) + " cut at the side of " + sideways + ", which cannot scroll"
          + " sideways");
    }
    if (c instanceof ButtonBase b && b.getGraphic() != null && shownText(b).isEmpty()
        && b.getTooltip() == null) {
      problems.add("icon button " + describe(c) + " without a tooltip");
    }
    if (c instanceof Labeled l && l.getText() != null && !l.getText().isEmpty()) {
      texts.add(l);
      if (isCut(l)) {
        // An icon button may leave its text to its tooltip; one cut to "…" is cut.
        if (l instanceof ButtonBase && !shownText(l).isEmpty()) {
          problems.add("button " + describe(c) + " shown as '" + shownText(l) + "'");
        } else if (l.getTooltip() == null || !l.getTooltip().getText().contains(l.getText())) {
          problems.add(describe(c) + " cut to '" + shownText(l) + "' without a tooltip");
        }
      }
    }
  }

  /**
   * The scroll pane that cuts the control at its left or right side though it never scrolls
   * sideways (so no one can see the rest), described; null when there is none.
   */
  private static String cutSideways(Control c, Bounds raw) {
    for (Node p = c.getParent(); p != null; p = p.getParent()) {
      if (p instanceof javafx.scene.control.ScrollPane s) {
        // The nearest scroll pane decides: its own bars are not what it shows, and one that
        // scrolls sideways can bring the rest into view.
        if (!isContentOf(s, c)
            || s.getHbarPolicy() != javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER) {
          return null;
        }
        double left = s.localToScene(s.getLayoutBounds()).getMinX() + s.snappedLeftInset();
        double right = left + s.getViewportBounds().getWidth();
        boolean cut = raw.getMinX() < left - 0.5 || raw.getMaxX() > right + 0.5;
        return cut ? "ScrollPane" + (s.getId() == null ? "" : "#" + s.getId()) : null;
      }
    }
    return null;
  }

  private static boolean isContentOf(javafx.scene.control.ScrollPane s, Node node) {
    for (Node n = node; n != null && n != s; n = n.getParent()) {
      if (n == s.getContent()) {
        return true;
      }
    }
    return false;
  }

  /** Texts drawn over each other, as far as each is seen. */
  private void overlaps() {
    List<Bounds> seen = new ArrayList<>();
    for (Labeled l : texts) {
      seen.add(visible(l));
    }
    for (int i = 0; i < texts.size(); i++) {
      for (int j = i + 1; j < texts.size(); j++) {
        Labeled a = texts.get(i);
        Labeled b = texts.get(j);
        if (related(a, b)) {
          continue;
        }
        Bounds x = textBounds(a, seen.get(i));
        Bounds y = textBounds(b, seen.get(j));
        if (x != null && y != null && Math.min(x.getMaxX(), y.getMaxX())
            - Math.max(x.getMinX(), y.getMinX()) > 2 && Math.min(x.getMaxY(), y.getMaxY())
            - Math.max(x.getMinY(), y.getMinY()) > 2) {
          problems.add(describe(a) + " drawn over " + describe(b));
        }
      }
    }
  }

  /** Where a label's text is drawn (not its whole box), within what is seen of it. */
  private static Bounds textBounds(Labeled l, Bounds seen) {
    if (seen == null) {
      return null;
    }
    for (Node n : l.getChildrenUnmodifiable()) {
      if (n instanceof Text t && t.isVisible() && n != l.getGraphic()) {
        return intersect(t.localToScene(t.getBoundsInLocal()), seen);
      }
    }
    return null;
  }

  /**
   * Whether one holds the other, or the two are on different layers of a stack (a drawer over
   * the dashboard covers it: that is not two texts drawn over each other).
   */
  private static boolean related(Node a, Node b) {
    java.util.Set<Node> above = new java.util.HashSet<>();
    for (Node n = a; n != null; n = n.getParent()) {
      above.add(n);
    }
    for (Node n = b; n != null; n = n.getParent()) {
      if (above.contains(n)) {
        return n == a || n == b || n instanceof javafx.scene.layout.StackPane;
      }
    }
    return false;
  }

  /** The node's bounds in the scene less what its ancestors' clips cut; null if none is left. */
  private static Bounds visible(Node node) {
    Bounds b = node.localToScene(node.getLayoutBounds());
    for (Node p = node.getParent(); p != null && b != null; p = p.getParent()) {
      if (p.getClip() != null) {
        b = intersect(b, p.localToScene(p.getClip().getBoundsInParent()));
      }
    }
    return b;
  }

  private static Bounds intersect(Bounds a, Bounds b) {
    double minX = Math.max(a.getMinX(), b.getMinX());
    double minY = Math.max(a.getMinY(), b.getMinY());
    double maxX = Math.min(a.getMaxX(), b.getMaxX());
    double maxY = Math.min(a.getMaxY(), b.getMaxY());
    return maxX - minX < 0.5 || maxY - minY < 0.5 ? null
        : new BoundingBox(minX, minY, maxX - minX, maxY - minY);
  }

  /** Whether the label shows less than its text: cut with an ellipsis, or only its icon. */
  static boolean isCut(Labeled l) {
    return l.getText() != null && !l.getText().isEmpty() && !l.getText().equals(shownText(l));
  }

  static String shownText(Labeled l) {
    for (Node n : l.getChildrenUnmodifiable()) {
      // The label's own text, not an icon drawn as text (its graphic).
      if (n instanceof Text t && n != l.getGraphic()) {
        return t.isVisible() ? t.getText() : "";
      }
    }
    // A menu button draws its text with a label of its own, which is checked itself.
    return l.getText() == null ? "" : l.getText();
  }

  static String describe(Control c) {
    String text = c instanceof Labeled l ? " '" + l.getText() + "'" : "";
    return c.getClass().getSimpleName() + (c.getId() == null ? "" : "#" + c.getId()) + text;
  }
}
