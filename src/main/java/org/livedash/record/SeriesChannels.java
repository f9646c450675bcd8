package org.livedash.record;

import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.livedash.model.SeriesMeta;

/**
 * The open file's channel of each series, made as its first reading comes, with the series'
 * buckets for the feed being recorded: one lookup a reading finds both.
 */
final class SeriesChannels {
  /** A series' channel in the open file, and its buckets (null until its next reading). */
  static final class Channel {
    final int id;
    FileBuckets.Series buckets;

    Channel(int id) {
      this.id = id;
    }
  }

  private final Map<String, Channel> byId = new HashMap<>();

  /** {@code meta}'s channel, written to {@code mcap} with its schema the first time. */
  Channel of(SeriesMeta meta, McapWriter mcap, int readingSchema) throws IOException {
    Channel c = byId.get(meta.id());
    if (c == null) {
      Map<String, String> about = new LinkedHashMap<>();
      about.put("id", meta.id());
      about.put("name", meta.name());
      about.put("unit", meta.unit());
      about.put("kind", meta.kind().name().toLowerCase(java.util.Locale.ROOT));
      c = new Channel(mcap.channel(readingSchema, "/" + meta.id(), "json", about));
      byId.put(meta.id(), c);
    }
    return c;
  }

  /** Another feed: each series' readings go to that feed's buckets from now on. */
  void feedChanged() {
    byId.values().forEach(c -> c.buckets = null);
  }

  /** Another file: its channels are made again. */
  void clear() {
    byId.clear();
  }
}
