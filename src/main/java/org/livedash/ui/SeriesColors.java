package org.livedash.ui;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.paint.Color;
import org.livedash.model.FeedView;
import org.livedash.model.SeriesMeta;
import org.livedash.ui.chart.ChartPalette;

/**
 * Each series' colour, the same in its tile, its chart and from one run to the next: the one
 * its feed's view kept for it, else the first of the palette no other kept series has — so a
 * venue whose series arrive in another order each run still shows each in its own colour.
 */
final class SeriesColors {
  /** The most series whose colours a feed's view keeps. */
  static final int KEPT = 256;

  private final Map<String, Color> colors = new HashMap<>();
  private Map<String, Integer> kept = Map.of();

  /**
   * Colours {@code catalogue} as {@code view} kept them, adding what it did not.
   *
   * @return the view with the colours added, to keep; null when nothing was added
   */
  FeedView assign(List<SeriesMeta> catalogue, FeedView view) {
    Map<String, Integer> slots = new HashMap<>(view.colors());
    Set<Integer> taken = new HashSet<>(slots.values());
    boolean added = false;
    colors.clear();
    for (SeriesMeta m : catalogue) {
      Integer slot = slots.get(m.id());
      if (slot == null) {
        slot = 0;
        while (taken.contains(slot) && slot < ChartPalette.SERIES_COLORS) {
          slot++;
        }
        slot = slot < ChartPalette.SERIES_COLORS ? slot : taken.size();
        if (slots.size() < KEPT) {
          slots.put(m.id(), slot);
          added = true;
        }
        taken.add(slot);
      }
      colors.put(m.id(), ChartPalette.seriesColor(slot));
    }
    kept = Map.copyOf(slots);
    return added ? view.withColors(kept) : null;
  }

  /** The colour of a series of the last catalogue coloured. */
  Color of(String id) {
    return colors.get(id);
  }

  /** {@code view} with the colours given, which may not be in it yet (it is kept off-thread). */
  FeedView keptIn(FeedView view) {
    return view.withColors(kept);
  }
}
