package org.livedash.server;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.livedash.feed.CatalogueCodec;
import org.livedash.feed.Utf8;
import org.livedash.model.SeriesMeta;

/**
 * The series a feed server serves: those its source knew from the start, and those it met since
 * (protocol 1.2), each with the sequence number of its first update, so a batch that carries a
 * series' first update can carry its description too. Bounded by
 * {@link CatalogueCodec#MAX_SERIES}. Thread-safe.
 */
final class FeedCatalogue {
  private final CatalogueCodec codec = new CatalogueCodec();
  private final List<SeriesMeta> all = new ArrayList<>();
  private final Map<String, SeriesMeta> byId = new HashMap<>();
  /** Series added while running, in the order of their first update. */
  private final List<Added> added = new ArrayList<>();
  private String json;
  private long refused;

  /**
   * A series added while running: the number of its first update, and its catalogue entry with
   * the entry's size in UTF-8 bytes (what it adds to a frame).
   */
  record Added(long firstSeq, String json, long bytes) {}

  FeedCatalogue(List<SeriesMeta> initial) {
    for (SeriesMeta m : initial) {
      if (byId.putIfAbsent(m.id(), m) == null) {
        all.add(m);
      }
    }
  }

  synchronized boolean contains(String id) {
    return byId.containsKey(id);
  }

  /** Series {@code id}'s description, or null when it is not in the catalogue. */
  synchronized SeriesMeta meta(String id) {
    return byId.get(id);
  }

  /**
   * Adds a series first updated at {@code firstSeq}. Returns its description as a catalogue
   * entry, or null when the catalogue is full (its readings are then refused and counted).
   */
  synchronized String add(SeriesMeta meta, long firstSeq) {
    if (all.size() >= CatalogueCodec.MAX_SERIES) {
      refused++;
      return null;
    }
    String entry = codec.encodeEntry(meta);
    byId.put(meta.id(), meta);
    all.add(meta);
    added.add(new Added(firstSeq, entry, Utf8.length(entry)));
    json = null;
    return entry;
  }

  /** {@code GET /api/series}: the whole catalogue, encoded once per change. */
  synchronized String json() {
    if (json == null) {
      json = codec.encode(all);
    }
    return json;
  }

  synchronized int size() {
    return all.size();
  }

  /** Readings refused because they would have been of series beyond the limit. */
  synchronized long refused() {
    return refused;
  }

  /** Every series added while running (what a {@code hello} carries). */
  synchronized List<Added> addedSoFar() {
    return List.copyOf(added);
  }

  /** The series whose first update is numbered from {@code from} to {@code to}. */
  synchronized List<Added> addedBetween(long from, long to) {
    if (added.isEmpty() || to < from) {
      return List.of();
    }
    int lo = 0;
    int hi = added.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (added.get(mid).firstSeq() < from) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    List<Added> out = new ArrayList<>();
    for (int i = lo; i < added.size() && added.get(i).firstSeq() <= to; i++) {
      out.add(added.get(i));
    }
    return out;
  }
}
