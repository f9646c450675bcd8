package org.livedash.ui;

import java.util.List;
import org.livedash.i18n.Texts;
import java.util.concurrent.Executor;
import org.livedash.model.SeriesStore;
import org.livedash.model.StoreSet;

/**
 * The feeds one window shows: the first, and those of a {@link FeedList} beside it. Keeps what
 * the window reads ({@link StoreSet}) and what the strip lists in step with the feeds running,
 * and says, feed by feed, whether what is shown of it may be old and what time it is on its
 * clock, so one feed's outage dims only its own tiles.
 */
final class ShownFeeds {
  private final StoreSet stores;
  private final FeedStrip strip;
  private FeedList list = FeedList.NONE;
  private List<FeedList.Feed> shown = List.of();
  /** The push-vs-polling panel of the feed chosen; none until the window gives one. */
  private StatsPicker stats;

  /** The first feed's store, and a strip whose add button runs {@code onAdd}. */
  ShownFeeds(SeriesStore first, Runnable onAdd) {
    this.stores = new StoreSet(first);
    this.strip = new FeedStrip(onAdd, this::refresh, System::nanoTime);
  }

  /** What the window reads: every shown feed's store as one. */
  StoreSet stores() {
    return stores;
  }

  /** The feeds' chips, under the bar. */
  FeedStrip strip() {
    return strip;
  }

  FeedList list() {
    return list;
  }

  /** The push-vs-polling panel: the first feed's ({@code first}) or that of a feed beside it. */
  StatsPicker statsPicker(StatsPanel first) {
    stats = new StatsPicker(first);
    return stats;
  }

  /** Shows the feeds of {@code feeds} beside the first; pausing, removing on {@code background}. */
  void use(FeedList feeds, Executor background) {
    this.list = feeds;
    strip.use(feeds, background);
    refresh();
  }

  /** Brings the stores and the strip to the feeds running now, and their states; on a beat. */
  void refresh() {
    List<FeedList.Feed> now = list.feeds();
    if (!now.equals(shown)) {
      for (FeedList.Feed gone : shown) {
        if (!now.contains(gone)) {
          stores.remove(gone.name());
        }
      }
      for (FeedList.Feed f : now) {
        if (!shown.contains(f)) {
          stores.add(f.name(), f.store());
        }
      }
      shown = now;
      strip.show(now);
      if (stats != null) {
        stats.offer(strip.models());
      }
    }
    strip.refresh();
  }

  /** A series shown, as its own feed knows it: that feed's connection and the series' id there. */
  record Owner(FeedControl control, String id) { }

  /** Who owns the series shown as {@code shownId}: a feed beside, or the first ({@code first}). */
  Owner ownerOf(String shownId, FeedControl first) {
    for (FeedList.Feed f : shown) {
      String prefix = f.name() + org.livedash.model.StoreView.FEED_SEPARATOR;
      if (shownId.startsWith(prefix)) {
        return new Owner(f.control(), shownId.substring(prefix.length()));
      }
    }
    return new Owner(first, shownId);
  }

  /**
   * A tile's settings and alert rules, set on the feed its series belongs to (the first feed,
   * {@code first}, or one beside it), under the series' own id there.
   */
  void setsSeriesFrom(TileBoard tiles, FeedControl first,
      java.util.function.Supplier<javafx.stage.Window> owner,
      java.util.function.Consumer<String> notice) {
    tiles.setOnTileSettings(meta -> SeriesSettingsDialog.show(owner.get(), meta)
        .ifPresent(o -> {
          Owner s = ownerOf(meta.id(), first);
          s.control().override(s.id(), o);
        }));
    tiles.setOnTileAlerts(meta -> {
      if (derived(meta.id())) {
        // Said, not taken: no store judges a derived series' rules yet.
        notice.accept(Texts.get("derive.noRules", meta.name()));
        return;
      }
      Owner s = ownerOf(meta.id(), first);
      AlertRulesDialog.show(owner.get(), meta,
          s.control().view().alerts().getOrDefault(s.id(), List.of()))
          .ifPresent(rules -> s.control().alertRules(s.id(), rules));
    });
  }

  /** Whether {@code id} is a derived series' (the store shown without a feed's name). */
  private boolean derived(String id) {
    int part = stores.feeds().indexOf("") + 1;
    boolean[] is = new boolean[1];
    stores.read(r -> {
      int i = r.indexOf(id);
      is[0] = part > 0 && i >= 0 && r.feedOf(i) == part;
    });
    return is[0];
  }

  /**
   * Whether each feed's values may be old, in the order the stores are read; the first's given.
   * The derived series (the store without a name) may be as old as any feed they read.
   */
  boolean[] stale(boolean first) {
    List<String> names = stores.feeds();
    boolean[] stale = new boolean[names.size() + 1];
    stale[0] = first;
    boolean any = first;
    for (int i = 0; i < names.size(); i++) {
      stale[i + 1] = strip.isStale(names.get(i));
      any |= stale[i + 1];
    }
    int derived = names.indexOf("");
    if (derived >= 0) {
      stale[derived + 1] = any;
    }
    return stale;
  }

  /** Now on each feed's clock, epoch µs, in the order the stores are read; the first's given. */
  long[] nowMicros(long first) {
    List<String> names = stores.feeds();
    long[] now = new long[names.size() + 1];
    now[0] = first;
    for (int i = 0; i < names.size(); i++) {
      now[i + 1] = strip.sourceNowMicros(names.get(i));
    }
    return now;
  }

  /**
   * Refreshes each feed's state, then, under one read, dims each tile and each series of a
   * value pane whose feed is stale, with its age on its feed's clock, and runs {@code also}.
   *
   * @param firstStale whether the first feed is stale; {@code firstNow} its clock's now
   */
  void showAges(TileBoard tiles, Iterable<ValuePane> panes, boolean firstStale, long firstNow,
      java.util.function.Consumer<org.livedash.model.StoreView> also) {
    refresh();
    boolean[] staleFeeds = stale(firstStale);
    long[] feedNow = nowMicros(firstNow);
    stores().read(r -> {
      tiles.showAge(r, staleFeeds, feedNow);
      panes.forEach(p -> p.showAge(r, staleFeeds, feedNow));
      also.accept(r);
    });
  }
}
