package org.livedash.model;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How a user watches one feed, kept between runs: the names, units and thresholds they gave its
 * series, which series are on each chart, the time window, and each series' colour. Kept per
 * feed (the demo, a profile, a server's address), so each opens as it was left.
 *
 * @param windowSeconds the charts' time window, or null for the default
 * @param colors each series' place in the chart palette, so it keeps its colour from one run to
 *     the next whatever order its series arrive in
 * @param alerts each series' alert rules, beside its alarm levels
 */
public record FeedView(Map<String, SeriesOverride> series, List<String> sensorChart,
    List<String> marketChart, Long windowSeconds, Map<String, Integer> colors,
    Map<String, List<AlertRule>> alerts) {
  /** Nothing said yet: the feed's own names, the first series plotted, the default window. */
  public static final FeedView NONE = new FeedView(Map.of(), null, null, null, null);

  /** A view with no alert rules. */
  public FeedView(Map<String, SeriesOverride> series, List<String> sensorChart,
      List<String> marketChart, Long windowSeconds, Map<String, Integer> colors) {
    this(series, sensorChart, marketChart, windowSeconds, colors, null);
  }

  public FeedView {
    series = series == null ? Map.of() : Map.copyOf(series);
    colors = colors == null ? Map.of() : Map.copyOf(colors);
    Map<String, List<AlertRule>> kept = new TreeMap<>();
    if (alerts != null) {
      alerts.forEach((id, rules) -> {
        if (rules != null && !rules.isEmpty()) {
          kept.put(id, List.copyOf(rules));
        }
      });
    }
    alerts = java.util.Collections.unmodifiableMap(kept);
    sensorChart = sensorChart == null ? null : List.copyOf(sensorChart);
    marketChart = marketChart == null ? null : List.copyOf(marketChart);
  }

  /** The series as this user shows it: {@code meta} with their override, if any. */
  public SeriesMeta apply(SeriesMeta meta) {
    SeriesOverride o = series.get(meta.id());
    return o == null ? meta : o.apply(meta);
  }

  /** Series described by {@code feed}, then as this user shows them. */
  public SeriesDiscovery over(SeriesDiscovery feed) {
    return series.isEmpty() ? feed : id -> apply(feed.describe(id));
  }

  /** With one series' override set. */
  public FeedView withSeries(String id, SeriesOverride o) {
    Map<String, SeriesOverride> m = new TreeMap<>(series);
    m.put(id, o);
    return new FeedView(m, sensorChart, marketChart, windowSeconds, colors, alerts);
  }

  /** With the charts' series and window as they are now. */
  public FeedView withCharts(List<String> sensors, List<String> markets, Long window) {
    return new FeedView(series, sensors, markets, window, colors, alerts);
  }

  /** With each series' place in the palette. */
  public FeedView withColors(Map<String, Integer> newColors) {
    return new FeedView(series, sensorChart, marketChart, windowSeconds, newColors, alerts);
  }

  /** With series {@code id}'s alert rules (none: removed). */
  public FeedView withAlerts(String id, List<AlertRule> rules) {
    Map<String, List<AlertRule>> m = new TreeMap<>(alerts);
    m.put(id, rules);
    return new FeedView(series, sensorChart, marketChart, windowSeconds, colors, m);
  }
}
