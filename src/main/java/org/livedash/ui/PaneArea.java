package org.livedash.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.livedash.model.PaneTree;

/**
 * The dashboard's panes as the user arranged them: each split a {@link SplitPane} whose
 * dividers resize its parts, built from a {@link PaneTree}. A pane hidden (a chart with no
 * series of its kind, or taking turns on a short window) leaves its room to the others; a pane
 * maximised takes the whole area and what stands around it.
 */
final class PaneArea extends StackPane {
  private final Map<String, Region> panes = new LinkedHashMap<>();
  private PaneTree tree = PaneTree.standard();
  /** The split each shown split pane was built from, to read its dividers back. */
  private final Map<SplitPane, PaneTree> built = new IdentityHashMap<>();
  /** Every split pane shown, emptied before the panes are placed again. */
  private final List<SplitPane> splits = new ArrayList<>();
  private String maximised;
  /** What a maximised pane takes the room of besides the other panes: the tiles, a pane. */
  private List<Node> around = List.of();
  private final Map<Node, Boolean> shownBefore = new HashMap<>();
  private Runnable onArranged = () -> { };

  PaneArea() {
    getStyleClass().add("pane-area");
  }

  /** Places {@code node} as the pane {@code id} wherever the arrangement names it. */
  void put(String id, Region node) {
    panes.put(id, node);
    node.visibleProperty().addListener((o, was, now) -> build());
  }

  /** Forgets the pane {@code id}: it is no longer the user's (another arrangement is shown). */
  void remove(String id) {
    panes.remove(id);
  }

  /** What a maximised pane takes the room of, besides the other panes. */
  void around(Node... nodes) {
    around = List.of(nodes);
  }

  /** What runs when the user split or closed a pane. */
  void setOnArranged(Runnable action) {
    onArranged = action;
  }

  /** The arrangement as shown, the dividers where the user left them. */
  PaneTree tree() {
    tree = read(tree);
    return tree;
  }

  /** Whether the panes stand as the window first shows them: sensors above markets. */
  boolean standard() {
    return tree.ids().equals(PaneTree.standard().ids()) && !tree.leaf()
        && PaneTree.ROWS.equals(tree.split());
  }

  /** The pane {@code id} (one the area has) below the others, unless it is arranged already. */
  void showBelow(String id) {
    if (!tree().ids().contains(id)) {
      tree = tree.below(id);
      build();
      onArranged.run();
    }
  }

  /** Shows {@code arrangement}: panes it names that the area has not are left out. */
  void arrange(PaneTree arrangement) {
    tree = arrangement;
    build();
  }

  /** The pane {@code added} beside {@code target}: to its right or below it. */
  void split(String target, String added, String how, Region node) {
    PaneTree without = tree().without(added);
    tree = (without == null ? tree : without).with(added, target, how);
    if (panes.get(added) != node) {
      put(added, node);
    }
    maximised = null;
    showAround();
    build();
    onArranged.run();
  }

  /** Takes the pane {@code id} out of the arrangement; its room goes to the panes beside it. */
  void close(String id) {
    PaneTree left = tree().without(id);
    if (left == null) {
      return;
    }
    tree = left;
    if (id.equals(maximised)) {
      maximised = null;
      showAround();
    }
    build();
    onArranged.run();
  }

  /** Gives the pane {@code id} the dashboard's whole room, or, maximised already, gives it back. */
  void maximise(String id) {
    boolean was = maximised != null;
    maximised = id.equals(maximised) ? null : id;
    if (maximised != null && !was) {
      around.forEach(n -> shownBefore.put(n, n.isVisible()));
    }
    showAround();
    build();
  }

  private void showAround() {
    for (Node n : around) {
      boolean show = maximised == null && shownBefore.getOrDefault(n, n.isVisible());
      n.setVisible(show);
      n.setManaged(show);
    }
  }

  private void build() {
    tree = read(tree);
    built.clear();
    // A pane is in one parent at a time: out of the old splits before it goes in a new one.
    getChildren().clear();
    splits.forEach(s -> s.getItems().clear());
    splits.clear();
    Node root = maximised != null && panes.containsKey(maximised) ? panes.get(maximised)
        : node(tree);
    if (root != null) {
      getChildren().add(root);
    }
  }

  /** The split panes for {@code part}, leaving out hidden panes; null when none is shown. */
  private Node node(PaneTree part) {
    if (part.leaf()) {
      Region pane = panes.get(part.pane());
      return pane != null && pane.isVisible() ? pane : null;
    }
    List<Node> shown = new ArrayList<>();
    List<Double> shares = new ArrayList<>();
    List<Double> all = part.shares();
    for (int i = 0; i < part.panes().size(); i++) {
      Node n = node(part.panes().get(i));
      if (n != null) {
        shown.add(n);
        shares.add(all.get(i));
      }
    }
    if (shown.size() <= 1) {
      return shown.isEmpty() ? null : shown.get(0);
    }
    SplitPane split = new SplitPane();
    splits.add(split);
    split.setOrientation(PaneTree.ROWS.equals(part.split()) ? Orientation.VERTICAL
        : Orientation.HORIZONTAL);
    split.getItems().setAll(shown);
    double sum = shares.stream().mapToDouble(Double::doubleValue).sum();
    double[] at = new double[shown.size() - 1];
    double edge = 0;
    for (int i = 0; i < at.length; i++) {
      edge += shares.get(i) / sum;
      at[i] = edge;
    }
    // Dividers dragged are read when the arrangement is kept, not written at every move.
    split.setDividerPositions(at);
    // Only a split showing all its parts says their sizes.
    if (shown.size() == part.panes().size()) {
      built.put(split, part);
    }
    return split;
  }

  /** {@code part} with the sizes its split pane shows, where one shows all its parts. */
  private PaneTree read(PaneTree part) {
    if (part.leaf()) {
      return part;
    }
    List<PaneTree> parts = part.panes().stream().map(this::read).toList();
    PaneTree now = new PaneTree(null, part.split(), part.sizes(), parts);
    for (Map.Entry<SplitPane, PaneTree> e : built.entrySet()) {
      if (e.getValue() == part) {
        double[] at = e.getKey().getDividerPositions();
        List<Double> sizes = new ArrayList<>();
        double before = 0;
        for (double d : at) {
          sizes.add(d - before);
          before = d;
        }
        sizes.add(1 - before);
        now = now.resized(sizes);
        e.setValue(now);
      }
    }
    return now;
  }
}
