package org.livedash.server;

import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.sync.RedisCommands;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.livedash.feed.CatalogueCodec;
import org.livedash.feed.FrameWriter;
import org.livedash.feed.Update;

/**
 * The owner's side of a shared feed: numbers a batch of the source's readings after the last
 * number in Redis and appends it, with the series it brings first, in one atomic step that also
 * checks this relay still owns the lease and nothing else was appended. A relay that does not
 * own the feed (a standby) drops its source's readings: the owner publishes them. Called on
 * the source's thread; {@link RedisFeed} changes ownership between calls.
 */
final class RedisPublisher implements FeedSource.ReadingSink {
  private final RedisFeedConfig config;
  private final FeedSource source;
  private final FrameWriter codec;
  private final CatalogueCodec catalogue = new CatalogueCodec();
  private final int streamLength;
  private volatile RedisCommands<String, String> redis;
  private volatile Ownership ownership;
  private long dropped;
  /** When an append last failed to reach Redis (System.nanoTime), 0 when none did. */
  private long failedAtNanos;
  /** After a failed append, the readings of the next second are dropped without trying. */
  private static final long RETRY_AFTER_NANOS = 1_000_000_000L;

  /** What an owner needs to append: its lease, the stream, where it stands, what it told. */
  static final class Ownership {
    final String token;
    final String epoch;
    long last;
    final Set<String> described;

    Ownership(String token, String epoch, long last, Set<String> described) {
      this.token = token;
      this.epoch = epoch;
      this.last = last;
      this.described = new HashSet<>(described);
    }
  }

  RedisPublisher(RedisFeedConfig config, FeedSource source, FrameWriter codec,
      int streamLength) {
    this.config = config;
    this.source = source;
    this.codec = codec;
    this.streamLength = streamLength;
  }

  /** This relay now owns the feed (or, with null, no longer does). */
  void own(RedisCommands<String, String> commands, Ownership now) {
    redis = commands;
    ownership = now;
  }

  boolean owns() {
    return ownership != null;
  }

  /** Readings an owner could not append (Redis away): lost, and counted. */
  synchronized long dropped() {
    return dropped;
  }

  @Override
  public synchronized void publish(List<Reading> readings) {
    Ownership o = ownership;
    if (o == null || readings.isEmpty()) {
      return;
    }
    if (failedAtNanos != 0 && System.nanoTime() - failedAtNanos < RETRY_AFTER_NANOS) {
      // Redis did not answer a moment ago: do not hold the source's thread on every batch.
      dropped += readings.size();
      return;
    }
    List<String> args = new ArrayList<>();
    List<String> pairs = new ArrayList<>();
    StringBuilder updates = new StringBuilder(readings.size() * 80);
    StringBuilder series = new StringBuilder();
    Set<String> told = new HashSet<>();
    long seq = o.last;
    for (Reading r : readings) {
      if (!o.described.contains(r.seriesId()) && told.add(r.seriesId())) {
        String entry = catalogue.encodeEntry(source.described(r.seriesId()));
        series.append(series.isEmpty() ? "" : "\n").append(entry);
        pairs.add(r.seriesId());
        pairs.add(entry);
      }
      updates.append(updates.isEmpty() ? "" : "\n").append(codec.encodeUpdate(
          new Update(++seq, r.seriesId(), r.timeMicros(), r.value(), r.volume())));
    }
    args.add(o.token);
    args.add(o.epoch);
    args.add(Long.toString(o.last));
    args.add(Integer.toString(readings.size()));
    args.add(updates.toString());
    args.add(series.toString());
    args.add(Integer.toString(streamLength));
    args.addAll(pairs);
    long result;
    try {
      Long r = redis.eval(RedisScripts.APPEND, ScriptOutputType.INTEGER,
          new String[] {config.key("meta"), config.key("stream"), config.key("lease"),
              config.key("series")}, args.toArray(String[]::new));
      result = r == null ? -1 : r;
    } catch (RuntimeException e) {
      dropped += readings.size();
      failedAtNanos = System.nanoTime();
      return;
    }
    failedAtNanos = 0;
    if (result > 0) {
      o.last = result;
      o.described.addAll(told);
    } else {
      // Lease lost, stream changed, or another relay appended: stop until told again.
      dropped += readings.size();
      ownership = null;
    }
  }
}
