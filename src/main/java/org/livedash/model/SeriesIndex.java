package org.livedash.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The store's series in the order they are shown, each found by its id or its place. Guarded by
 * {@link SeriesStore}'s lock.
 */
final class SeriesIndex {
  private final List<StoredSeries> entries = new ArrayList<>();
  private final Map<String, Integer> indexById = new HashMap<>();

  int size() {
    return entries.size();
  }

  StoredSeries at(int index) {
    return entries.get(index);
  }

  /** The series of that id, or null. */
  StoredSeries get(String id) {
    Integer i = indexById.get(id);
    return i == null ? null : entries.get(i);
  }

  /** The place of the series of that id, or -1. */
  int indexOf(String id) {
    Integer i = indexById.get(id);
    return i == null ? -1 : i;
  }

  /** Adds a series at the end. */
  void add(StoredSeries entry) {
    indexById.put(entry.meta.id(), entries.size());
    entries.add(entry);
  }

  /** Puts {@code entry} in the place of the series of its id, which must be there. */
  void replace(StoredSeries entry) {
    entries.set(indexById.get(entry.meta.id()), entry);
  }

  /** Every series, by id, as they are now. */
  Map<String, StoredSeries> byId() {
    Map<String, StoredSeries> byId = new HashMap<>();
    for (StoredSeries e : entries) {
      byId.put(e.meta.id(), e);
    }
    return byId;
  }

  /** Every series' description, in order. */
  List<SeriesMeta> metas() {
    return entries.stream().map(e -> e.meta).toList();
  }

  void clear() {
    entries.clear();
    indexById.clear();
  }
}
