package org.livedash.ui.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import org.livedash.model.Layout;

/**
 * The notes the user marked on the time axis, shared by every chart (as the crosshair is): each
 * chart draws those in its window; a chart asks for a new one at a moment through
 * {@link #ask}, which the dashboard answers with a dialog. On the JavaFX thread only.
 */
public final class ChartNotes {
  /** The most notes kept: the oldest go first. */
  static final int MOST = 500;
  private final List<Layout.Annotation> notes = new ArrayList<>();
  private final List<Runnable> listeners = new ArrayList<>();
  private LongConsumer asker = t -> { };
  private java.util.function.Consumer<Layout.Annotation> onAdded = n -> { };

  /** Every note, oldest first. */
  public List<Layout.Annotation> all() {
    return List.copyOf(notes);
  }

  /** Adds a note the user marked; the oldest goes when there are too many. */
  public void add(Layout.Annotation note) {
    notes.add(note);
    onAdded.accept(note);
    while (notes.size() > MOST) {
      notes.remove(0);
    }
    changed();
  }

  /** Shows {@code these} too, those not shown already (a recording's, opened). */
  public void show(List<Layout.Annotation> these) {
    List<Layout.Annotation> more = these.stream().filter(n -> !notes.contains(n)).toList();
    if (!more.isEmpty()) {
      List<Layout.Annotation> all = new ArrayList<>(notes);
      all.addAll(more);
      all.sort(java.util.Comparator.comparingLong(Layout.Annotation::atMicros));
      replace(all);
    }
  }

  /** Shows {@code these} in place of every note (a layout opened). */
  public void replace(List<Layout.Annotation> these) {
    notes.clear();
    notes.addAll(these.subList(Math.max(0, these.size() - MOST), these.size()));
    changed();
  }

  /** Who is asked for a note at a moment (epoch µs) a chart was asked to mark. */
  public void onAsk(LongConsumer action) {
    asker = action;
  }

  /** Asks for a note at {@code micros}. */
  void ask(long micros) {
    asker.accept(micros);
  }

  /** Tells {@code action} of each note the user marks (not those a layout brings). */
  public void onAdded(java.util.function.Consumer<Layout.Annotation> action) {
    onAdded = action;
  }

  /** Tells {@code listener} each time the notes change. */
  public void addListener(Runnable listener) {
    listeners.add(listener);
  }

  private void changed() {
    listeners.forEach(Runnable::run);
  }
}
