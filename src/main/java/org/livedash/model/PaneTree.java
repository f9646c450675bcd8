package org.livedash.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How a dashboard's panes are arranged: a pane, or a split of parts side by side
 * ({@link #COLUMNS}) or one above the other ({@link #ROWS}), each part taking its share of the
 * room. Kept in a layout as {@code {"pane": "sensors"}} or
 * {@code {"split": "rows", "sizes": [0.5, 0.5], "panes": [...]}}; splitting and closing give a new
 * tree, so an arrangement shown is never changed under the window.
 *
 * @param pane the pane's id, for a pane; null for a split
 * @param split {@link #ROWS} or {@link #COLUMNS}, for a split
 * @param sizes each part's share of the split's room, in order (they sum to 1); empty: equal
 * @param panes the split's parts, in order
 */
public record PaneTree(String pane, String split, List<Double> sizes, List<PaneTree> panes) {
  /** Parts one above the other. */
  public static final String ROWS = "rows";
  /** Parts side by side. */
  public static final String COLUMNS = "columns";

  public PaneTree {
    sizes = sizes == null ? List.of() : List.copyOf(sizes);
    panes = panes == null ? List.of() : List.copyOf(panes);
  }

  /** The pane {@code id} alone. */
  public static PaneTree of(String id) {
    return new PaneTree(Objects.requireNonNull(id), null, null, null);
  }

  /** {@code parts} split {@code how} ({@link #ROWS} or {@link #COLUMNS}) in equal shares. */
  public static PaneTree split(String how, List<PaneTree> parts) {
    return new PaneTree(null, how, equal(parts.size()), parts);
  }

  /** The window's own arrangement: the sensors' chart above the markets'. */
  public static PaneTree standard() {
    return split(ROWS, List.of(of("sensors"), of("markets")));
  }

  /** Whether this is a pane, not a split. */
  public boolean leaf() {
    return pane != null;
  }

  /** The panes' ids, in reading order. */
  public List<String> ids() {
    List<String> out = new ArrayList<>();
    collect(out);
    return out;
  }

  private void collect(List<String> out) {
    if (leaf()) {
      out.add(pane);
    } else {
      panes.forEach(p -> p.collect(out));
    }
  }

  /** Each part's share of the room, summing to 1: equal where the sizes do not say. */
  public List<Double> shares() {
    if (sizes.size() != panes.size() || sizes.stream().anyMatch(s -> !(s > 0))) {
      return equal(panes.size());
    }
    double sum = sizes.stream().mapToDouble(Double::doubleValue).sum();
    return sizes.stream().map(s -> s / sum).toList();
  }

  /**
   * The pane {@code added} beside {@code target} — after it in a split {@code how} it already
   * stands in, else sharing its room in a new split — or this tree when {@code target} is not
   * in it.
   */
  public PaneTree with(String added, String target, String how) {
    if (leaf()) {
      return pane.equals(target) ? split(how, List.of(this, of(added))) : this;
    }
    List<PaneTree> parts = new ArrayList<>();
    List<Double> shares = new ArrayList<>(shares());
    for (int i = 0; i < panes.size(); i++) {
      PaneTree part = panes.get(i);
      if (part.leaf() && part.pane.equals(target) && how.equals(split)) {
        // The new pane takes half the room of the one it was made beside.
        double half = shares.get(parts.size()) / 2;
        shares.set(parts.size(), half);
        parts.add(part);
        shares.add(parts.size(), half);
        parts.add(of(added));
      } else {
        parts.add(part.with(added, target, how));
      }
    }
    return new PaneTree(null, split, shares, parts);
  }

  /** The pane {@code added} in a row of its own below the others, with an equal share. */
  public PaneTree below(String added) {
    if (leaf() || !ROWS.equals(split)) {
      return split(ROWS, List.of(this, of(added)));
    }
    int n = panes.size();
    List<Double> shares = new ArrayList<>(shares().stream().map(s -> s * n / (n + 1)).toList());
    shares.add(1.0 / (n + 1));
    List<PaneTree> parts = new ArrayList<>(panes);
    parts.add(of(added));
    return new PaneTree(null, split, shares, parts);
  }

  /**
   * This tree without the pane {@code id}: its room goes to the parts beside it, and a split
   * left with one part is that part. Null when nothing is left.
   */
  public PaneTree without(String id) {
    if (leaf()) {
      return pane.equals(id) ? null : this;
    }
    List<PaneTree> parts = new ArrayList<>();
    List<Double> shares = new ArrayList<>();
    List<Double> had = shares();
    for (int i = 0; i < panes.size(); i++) {
      PaneTree part = panes.get(i).without(id);
      if (part != null) {
        parts.add(part);
        shares.add(had.get(i));
      }
    }
    if (parts.isEmpty()) {
      return null;
    }
    return parts.size() == 1 ? parts.get(0) : new PaneTree(null, split, shares, parts);
  }

  /** This split with its parts' shares {@code now} (as the user dragged its dividers). */
  public PaneTree resized(List<Double> now) {
    return leaf() || now.size() != panes.size() ? this
        : new PaneTree(null, split, now, panes);
  }

  private static List<Double> equal(int n) {
    List<Double> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(1.0 / n);
    }
    return out;
  }
}
