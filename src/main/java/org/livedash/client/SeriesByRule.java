package org.livedash.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.livedash.feed.mapping.FeedMapping;

/**
 * Which series each rule of a feed's mapping gave: so the series a click in the message
 * browser brought (other symbols too, as they trade) are handed once each to the window to
 * plot, and the series a changed rule no longer gives can be let go. A rule keeps its index as
 * clicks change the mapping (rules are only added, or given a value). Written on the feed's
 * thread, read on others; bounded.
 */
final class SeriesByRule {
  /** Series kept at most per feed, as many as a feed may discover. */
  private static final int MAX = org.livedash.model.SeriesStore.MAX_DISCOVERED;

  private final Map<Integer, Set<String>> byRule = new ConcurrentHashMap<>();
  private final AtomicInteger kept = new AtomicInteger();
  private volatile Set<Integer> clicked = Set.of();
  private final ConcurrentLinkedQueue<String> pending = new ConcurrentLinkedQueue<>();

  /** Rule {@code rule} was clicked: the series it gives from now on are to be plotted. */
  synchronized void clicked(int rule) {
    Set<Integer> more = new java.util.HashSet<>(clicked);
    more.add(rule);
    clicked = Set.copyOf(more);
  }

  /** A new feed: nothing given, nothing clicked. */
  synchronized void reset() {
    byRule.clear();
    kept.set(0);
    clicked = Set.of();
    pending.clear();
  }

  /** An update of series {@code id} was given by {@code by}'s rule in use. */
  void given(FeedMapping by, String id) {
    int rule = by.ruleInUse();
    Set<String> ids = byRule.get(rule);
    if (ids == null) {
      ids = byRule.computeIfAbsent(rule, r -> ConcurrentHashMap.newKeySet());
    }
    if (!ids.contains(id) && kept.get() < MAX && ids.add(id)) {
      kept.incrementAndGet();
      if (clicked.contains(rule)) {
        pending.add(id);
      }
    }
  }

  /**
   * Forgets what rule {@code rule} gave, and returns it: the rule is about to name its series
   * otherwise.
   */
  Set<String> renamed(int rule) {
    Set<String> ids = byRule.remove(rule);
    if (ids == null) {
      return Set.of();
    }
    kept.addAndGet(-ids.size());
    return Set.copyOf(ids);
  }

  /** Hands series {@code id} to the window to plot, as a clicked rule's would be. */
  void announce(String id) {
    pending.add(id);
  }

  /** The series announced since the last call. */
  List<String> take() {
    List<String> out = new ArrayList<>();
    for (String id = pending.poll(); id != null; id = pending.poll()) {
      out.add(id);
    }
    return out;
  }
}
