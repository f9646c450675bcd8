package org.livedash.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lettuce.core.Limit;
import io.lettuce.core.Range;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.XReadArgs;
import io.lettuce.core.api.sync.RedisCommands;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.livedash.feed.CatalogueCodec;
import org.livedash.model.Reason;
import org.livedash.model.SeriesMeta;

/**
 * A relay's reader of the shared stream, on a thread of its own and the only one that hands
 * the hub what Redis holds: it joins the stream (its catalogue and history, from the start when
 * it is another stream than the one served), then tails it. Every entry carries its epoch; one
 * of another epoch means the stream began again, and it is joined afresh, so which stream an
 * entry belongs to never depends on timing. The last reading of each series in an entry is
 * marked published in the relay's {@link SourceWindow}.
 */
final class SharedStreamReader {
  private static final Logger LOG = Logger.getLogger(SharedStreamReader.class.getName());
  static final long BLOCK_MILLIS = 500;
  private static final int PAGE = 1_000;
  private static final ObjectMapper JSON = new ObjectMapper();

  /** An entry of the stream: its id and the write that made it (null before any). */
  record Place(String id, String write) {
    static final Place START = new Place("0-0", null);
  }

  private final RedisFeedConfig config;
  private final FeedHub hub;
  private final SourceWindow window;
  private final RedisFeed link;
  private final CatalogueCodec catalogue = new CatalogueCodec();
  private final Thread thread;
  private volatile boolean running = true;
  /** Set when the stream must be read again from its start (another epoch); this clears it. */
  private volatile boolean rejoin = true;
  /** The newest entry delivered: written here, checked by the lease thread. */
  private volatile Place place = Place.START;
  /** Told the readings read as they come (a relay without a source judging rules), or null. */
  private volatile FeedSource.ReadingSink told;

  SharedStreamReader(RedisFeedConfig config, FeedHub hub, SourceWindow window, RedisFeed link) {
    this.config = config;
    this.hub = hub;
    this.window = window;
    this.link = link;
    this.thread = new Thread(this::readLoop, "redis-read-" + config.feed());
    thread.setDaemon(true);
  }

  void start() {
    thread.start();
  }

  /**
   * Tells {@code sink} the readings of the entries read from now on, as they come (not those a
   * join takes in: history), and the holes among them.
   */
  void tell(FeedSource.ReadingSink sink) {
    told = sink;
  }

  /** The stream began again in Redis: read it afresh from its start. */
  void rejoin() {
    rejoin = true;
  }

  boolean rejoining() {
    return rejoin;
  }

  Place place() {
    return place;
  }

  /**
   * Takes the feed's stream: from its start when it is another stream than the one served
   * (history, catalogue), else from where this relay stopped reading.
   */
  void join(RedisCommands<String, String> redis) {
    List<String> meta = link.ensure(redis);
    String epoch = meta.get(0);
    window.follow(epoch);
    if (!epoch.equals(hub.streamId())) {
      List<StreamMessage<String, String>> first = redis.xrange(config.key("stream"),
          Range.create("-", "+"), Limit.from(1));
      long before = first.isEmpty() ? Long.parseLong(meta.get(1)) : firstSeq(first.get(0)) - 1;
      // The place first: whoever sees the new stream served never sees a place of the old one.
      place = Place.START;
      hub.beginStream(epoch, before);
      // In the order of their first update, as the relay that published them has them: every
      // relay lists a feed's series alike, so a client failing over sees the same tiles.
      List<String> entries = new ArrayList<>(redis.hgetall(config.key("series")).values());
      entries.sort(java.util.Comparator.comparingLong(v -> Long.parseLong(
          v.substring(0, v.indexOf(' ')))));
      for (String v : entries) {
        int space = v.indexOf(' ');
        SeriesMeta m = catalogue.decodeEntry(parse(v.substring(space + 1)));
        if (!hub.catalogue().contains(m.id())) {
          hub.catalogue().add(m, Long.parseLong(v.substring(0, space)));
        }
      }
    }
    // What Redis holds after this relay's place, oldest first, a page at a time.
    while (true) {
      String from = place == Place.START ? "-" : "(" + place.id();
      List<StreamMessage<String, String>> page = redis.xrange(config.key("stream"),
          Range.create(from, "+"), Limit.from(PAGE));
      if (!deliver(page)) {
        return;
      }
      if (page.size() < PAGE) {
        break;
      }
    }
    rejoin = false;
    link.reached();
    LOG.info(Reason.of("relay.joined", config.shown(), epoch, meta.get(1)).english());
  }

  private void readLoop() {
    while (running) {
      try {
        RedisCommands<String, String> redis = link.reading();
        if (rejoin) {
          join(redis);
          continue;
        }
        deliver(redis.xread(XReadArgs.Builder.block(BLOCK_MILLIS).count(500),
            XReadArgs.StreamOffset.from(config.key("stream"), place.id())));
        link.reached();
      } catch (RuntimeException e) {
        if (!running) {
          return;
        }
        link.failed(e);
        try {
          Thread.sleep(BLOCK_MILLIS);
        } catch (InterruptedException interrupted) {
          return;
        }
      }
    }
  }

  /**
   * Hands entries to the hub, in order. An entry of another stream means the stream began again
   * since: nothing more is delivered until it is joined afresh (false).
   */
  private boolean deliver(List<StreamMessage<String, String>> entries) {
    for (StreamMessage<String, String> m : entries) {
      Map<String, String> body = m.getBody();
      String epoch = body.get("e");
      if (epoch != null && !epoch.equals(hub.streamId())) {
        rejoin = true;
        return false;
      }
      long first = firstSeq(m);
      String hole = body.get("h");
      String u = body.get("u");
      FeedSource.ReadingSink sink = rejoin ? null : told;
      if (hole != null) {
        hub.publishHole(first, first + Long.parseLong(hole) - 1);
        if (sink != null) {
          sink.missed(Long.parseLong(hole), 0, 0);
        }
      } else if (u != null && !u.isEmpty()) {
        String s = body.getOrDefault("s", "");
        List<String> seriesJson = s.isEmpty() ? List.of() : List.of(s.split("\n"));
        List<SeriesMeta> series = new ArrayList<>(seriesJson.size());
        for (String entry : seriesJson) {
          series.add(catalogue.decodeEntry(parse(entry)));
        }
        List<String> lines = List.of(u.split("\n"));
        hub.publishShared(first, lines, series, seriesJson);
        marked(body.get("k"));
        if (sink != null) {
          sink.publish(readings(lines));
        }
      }
      place = new Place(m.getId(), body.get("w"));
    }
    return true;
  }

  /** The readings of an entry's encoded updates (each a batch's update: id, t, v, vol). */
  private static List<Reading> readings(List<String> lines) {
    List<Reading> readings = new ArrayList<>(lines.size());
    for (String line : lines) {
      JsonNode u = parse(line);
      readings.add(Reading.of(u.path("id").asText(), u.path("t").asLong(), u.path("v").asDouble(),
          u.has("vol") ? u.path("vol").asDouble() : Double.NaN));
    }
    return readings;
  }

  /** The last reading of each series in an entry, published: the window lets them go. */
  private void marked(String marks) {
    if (marks == null || marks.isEmpty()) {
      return;
    }
    String stream = hub.streamId();
    for (JsonNode mark : parse(marks)) {
      window.published(stream, mark.get(0).asText(),
          Long.parseUnsignedLong(mark.get(1).asText(), 16), Long.parseLong(mark.get(2).asText()));
    }
  }

  /** The first sequence number of an entry: its id's first part. */
  static long firstSeq(StreamMessage<String, String> m) {
    return Long.parseLong(m.getId().substring(0, m.getId().indexOf('-')));
  }

  private static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new IllegalStateException("an entry in Redis is not JSON: " + json, e);
    }
  }

  void close() {
    running = false;
    thread.interrupt();
  }
}
