package org.livedash.ui.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * Where each threshold's label goes: beside its line, on the first spot — from the right end
 * leftwards, above the line then below — that covers neither the data nor another label. A
 * label is always placed, once: where data crosses every spot it goes where no other label is,
 * on an opaque ground, so it stays legible (and only where labels fill every spot, at the right
 * end above its line).
 */
final class ThresholdLabels {
  /** Spots tried along a line, from the right end to the left end. */
  private static final int STEPS = 7;
  /** Room kept between a label and its line, or the data. */
  static final double GAP = 2;

  /** A label's rectangle, in canvas pixels. */
  record Box(double x, double y, double w, double h) {
    boolean overlaps(Box o) {
      return x < o.x + o.w && o.x < x + w && y < o.y + o.h && o.y < y + h;
    }
  }

  /** What is drawn in a lane: whether anything crosses a rectangle. */
  @FunctionalInterface
  interface Obstacles {
    boolean cross(double x0, double x1, double y0, double y1);
  }

  private final List<Box> placed = new ArrayList<>();
  /** Other text drawn in the plot (a restart marker's words, a lane's unit). */
  private final List<Box> taken = new ArrayList<>();

  /** The labels placed in this frame. */
  List<Box> placed() {
    return List.copyOf(placed);
  }

  /** Whether {@code box} covers no label placed and no other text. */
  boolean free(Box box) {
    return placed.stream().noneMatch(box::overlaps) && taken.stream().noneMatch(box::overlaps);
  }

  /** Takes a rectangle other text is drawn in, so no label is placed over it. */
  void occupy(Box box) {
    taken.add(box);
  }

  /** Starts a new frame: no label placed yet. */
  void clear() {
    placed.clear();
    taken.clear();
  }

  /**
   * Places a {@code w}×{@code h} label for the line at {@code lineY}, between {@code left} and
   * {@code right} and between {@code top} and {@code bottom}: off the data where it can be, and
   * never over another label — null when there is no room for it at all (a lane too short, the
   * others taking every spot): the line then goes unlabelled rather than under a jumble.
   */
  Box place(double lineY, double w, double h, double left, double right, double top,
      double bottom, Obstacles data) {
    List<Box> spots = new ArrayList<>();
    double span = Math.max(0, right - left - w);
    for (int i = 0; i < STEPS; i++) {
      double x = right - w - span * i / (STEPS - 1);
      spots.add(new Box(x, lineY - GAP - h, w, h));
      spots.add(new Box(x, lineY + GAP, w, h));
    }
    spots.removeIf(b -> b.y < top || b.y + b.h > bottom);
    Box chosen = null;
    Box freeOfLabels = null;
    for (Box b : spots) {
      if (placed.stream().anyMatch(b::overlaps) || taken.stream().anyMatch(b::overlaps)) {
        continue;
      }
      if (freeOfLabels == null) {
        freeOfLabels = b;
      }
      if (!data.cross(b.x - GAP, b.x + b.w + GAP, b.y - GAP, b.y + b.h + GAP)) {
        chosen = b;
        break;
      }
    }
    if (chosen == null) {
      chosen = freeOfLabels;
    }
    if (chosen != null) {
      placed.add(chosen);
    }
    return chosen;
  }
}
