package org.livedash.client;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.livedash.model.AlertRule;
import org.livedash.model.FeedView;
import org.livedash.model.SeriesOverride;
import org.livedash.model.SeriesStore;
import org.livedash.settings.ViewLibrary;

/**
 * How the user watches the current feed ({@link FeedView}): taken from the views kept as a
 * connection begins, changed by the user, and put to work in the store — series described as
 * the user said, judged by the view's alert rules together with the command line's.
 */
final class FeedViews {
  private final SeriesStore store;
  private volatile ViewLibrary library = new ViewLibrary(null);
  /** The view of the current feed, and its key; set as a connection begins. */
  private volatile FeedView view = FeedView.NONE;
  private volatile String key = "";
  private volatile Map<String, List<AlertRule>> commandLine = Map.of();

  FeedViews(SeriesStore store) {
    this.store = store;
  }

  void use(ViewLibrary views) {
    library = views;
  }

  /** Rules the command line gave, judged beside every feed's view's own. */
  void commandLineRules(Map<String, List<AlertRule>> rules) {
    commandLine = Map.copyOf(rules);
    judge();
  }

  /** A connection to the feed whose view is {@code viewKey} begins. */
  void begin(String viewKey) {
    key = viewKey;
    view = library.view(viewKey);
    judge();
  }

  FeedView view() {
    return view;
  }

  /** Keeps view {@code viewKey} (taken when the user acted: the feed may have changed since). */
  void save(String viewKey, FeedView next) {
    if (viewKey.equals(key)) {
      view = next;
      judge();
    }
    library.save(viewKey, next);
  }

  /** The user set a series' name, unit or thresholds: shown and judged so from now on. */
  void override(String viewKey, String id, SeriesOverride o) {
    boolean current = viewKey.equals(key);
    save(viewKey, (current ? view : library.view(viewKey)).withSeries(id, o));
    if (current) {
      store.redescribe(id, o::apply);
    }
  }

  /** The user set a series' alert rules: judged by them from now on. */
  void alertRules(String viewKey, String id, List<AlertRule> rules) {
    save(viewKey, (viewKey.equals(key) ? view : library.view(viewKey)).withAlerts(id, rules));
  }

  private void judge() {
    Map<String, List<AlertRule>> rules = new LinkedHashMap<>(view.alerts());
    commandLine.forEach((id, more) -> {
      List<AlertRule> all = new ArrayList<>(rules.getOrDefault(id, List.of()));
      more.stream().filter(r -> !all.contains(r)).forEach(all::add);
      rules.put(id, all);
    });
    store.alertRules(rules);
  }
}
