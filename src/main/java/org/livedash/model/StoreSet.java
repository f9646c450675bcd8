package org.livedash.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The stores of every feed one window shows, read as one: the first feed's, then each feed
 * added beside it, its series named by the feed ({@link StoreView}), and the window's derived
 * series under their own names. Each store stays its feed's own (its position, stream, alarms);
 * this only reads them together, each under its read lock, so a frame sees every feed at one
 * moment. Feeds are added and removed on one thread; any thread may read.
 */
public final class StoreSet implements StoreReader {
  /** What is read now: replaced whole when a feed comes or goes. */
  private record Shown(List<String> feeds, List<SeriesStore> stores, StoreView joined,
      long generation) { }

  private final SeriesStore first;
  private volatile Shown shown;

  public StoreSet(SeriesStore first) {
    this.first = first;
    shown = new Shown(List.of(), List.of(), viewOf(first), 0);
  }

  /** The one view a store hands out, the same object at every read: joined with the others. */
  private static StoreView viewOf(SeriesStore store) {
    StoreView[] view = new StoreView[1];
    store.read(r -> view[0] = r);
    return view[0];
  }

  /**
   * Shows the series of {@code store} beside the others, named {@code feed/…}; with an empty
   * {@code feed} (once: the window's derived series), under their own names.
   */
  public void add(String feed, SeriesStore store) {
    Shown now = shown;
    if (feed.contains(StoreView.FEED_SEPARATOR) || now.feeds().contains(feed)) {
      throw new InvalidInputException(Reason.of("feeds.badName", feed));
    }
    List<String> f = new ArrayList<>(now.feeds());
    List<SeriesStore> s = new ArrayList<>(now.stores());
    f.add(feed);
    s.add(store);
    use(f, s);
  }

  /** Stops showing the series of {@code feed}; a name not shown changes nothing. */
  public void remove(String feed) {
    Shown now = shown;
    int i = now.feeds().indexOf(feed);
    if (i < 0) {
      return;
    }
    List<String> f = new ArrayList<>(now.feeds());
    List<SeriesStore> s = new ArrayList<>(now.stores());
    f.remove(i);
    s.remove(i);
    use(f, s);
  }

  /** The feeds shown beside the first, in the order they were added ({@link StoreView#feedOf}). */
  public List<String> feeds() {
    return shown.feeds();
  }

  private void use(List<String> f, List<SeriesStore> s) {
    List<StoreView> views = new ArrayList<>(List.of(viewOf(first)));
    s.forEach(store -> views.add(viewOf(store)));
    List<String> names = new ArrayList<>(List.of(""));
    names.addAll(f);
    StoreView joined = s.isEmpty() ? views.get(0) : StoreView.joined(views, names);
    shown = new Shown(List.copyOf(f), List.copyOf(s), joined, shown.generation() + 1);
  }

  @Override
  public long version() {
    Shown now = shown;
    long v = first.version() * 31 + now.generation();
    for (SeriesStore s : now.stores()) {
      v = v * 31 + s.version();
    }
    return v;
  }

  @Override
  public void read(Consumer<StoreView> body) {
    Shown now = shown;
    readFrom(now.stores(), 0, now.joined(), body);
  }

  private void readFrom(List<SeriesStore> added, int k, StoreView view,
      Consumer<StoreView> body) {
    if (k == added.size()) {
      first.read(r -> body.accept(view));
    } else {
      added.get(k).read(r -> readFrom(added, k + 1, view, body));
    }
  }
}
