package org.livedash.model;

/**
 * Describes a series a mapped feed brings for the first time: its name, unit and kind, from the
 * profile where it says, else its id. Called inside the store's write, once per new series.
 */
@FunctionalInterface
public interface SeriesDiscovery {
  SeriesMeta describe(String seriesId);

  /** Series named by their ids, with no unit, all of one kind. */
  static SeriesDiscovery byId(SeriesKind kind) {
    return id -> SeriesMeta.of(id, id, "", kind, Double.NaN, Double.NaN);
  }
}
