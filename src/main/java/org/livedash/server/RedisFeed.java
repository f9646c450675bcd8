package org.livedash.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lettuce.core.Limit;
import io.lettuce.core.Range;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.XReadArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.livedash.feed.CatalogueCodec;
import org.livedash.model.SeriesMeta;

/**
 * A relay's link to the feed's shared history in Redis (Lettuce). Every relay tails the stream
 * and serves what it reads, so relays of one feed serve the same stream, numbers and history; a
 * client that loses one resumes on another with exactly what it missed. A relay with a source
 * competes for the lease; the one holding it publishes ({@link RedisPublisher}), the others
 * stand by with their source warm and take over within a lease when it dies. If the stream in
 * Redis began again (Redis lost it), the relay serves the new stream and says so to every
 * client. Redis away: the relay keeps serving what it has, and its health says why.
 */
final class RedisFeed implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(RedisFeed.class.getName());
  private static final long BLOCK_MILLIS = 500;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final RedisFeedConfig config;
  private final FeedHub hub;
  private final FeedSource source;
  private final RedisPublisher publisher;
  private final SplittableRandom random;
  private final CatalogueCodec catalogue = new CatalogueCodec();
  private final String token;
  private final RedisClient client;
  private volatile StatefulRedisConnection<String, String> commandConnection;
  private volatile StatefulRedisConnection<String, String> tailConnection;
  private Thread tail;
  private volatile boolean running = true;
  private volatile String lastId = "0-0";
  private volatile String problem = "connecting to Redis";
  /** When the lease was first seen free (System.nanoTime), 0 while a relay holds it. */
  private volatile long ownerlessSince;

  RedisFeed(RedisFeedConfig config, FeedHub hub, FeedSource source, RedisPublisher publisher,
      SplittableRandom random) {
    this.config = config;
    this.hub = hub;
    this.source = source.reads() ? source : null;
    this.publisher = publisher;
    this.random = random;
    this.token = FeedServer.newStreamId(random);
    RedisURI uri = RedisURI.create(config.redis());
    if (config.password() != null) {
      uri.setAuthentication(config.password());
    }
    uri.setTimeout(Duration.ofMillis(500));
    client = RedisClient.create(uri);
  }

  /** Joins the feed (its stream, catalogue and history) and starts tailing and the lease. */
  void start(ScheduledExecutorService timer) {
    try {
      join(connected().sync());
    } catch (RuntimeException e) {
      problem = "Redis " + config.shown() + " unreachable: " + oneLine(e);
      LOG.warning(problem);
    }
    tail = new Thread(this::tailLoop, "redis-tail-" + config.feed());
    tail.setDaemon(true);
    tail.start();
    timer.scheduleWithFixedDelay(this::maintain, 0, config.leaseMillis() / 3,
        TimeUnit.MILLISECONDS);
  }

  /**
   * The command connection, opened (with the tail's) if it is not yet: a relay started while
   * Redis is away connects when it comes. Lettuce reconnects an open connection by itself.
   */
  private StatefulRedisConnection<String, String> connected() {
    if (commandConnection == null) {
      StatefulRedisConnection<String, String> tailing = client.connect();
      tailing.setTimeout(Duration.ofMillis(BLOCK_MILLIS * 4));
      try {
        commandConnection = client.connect();
      } catch (RuntimeException e) {
        tailing.close();
        throw e;
      }
      tailConnection = tailing;
    }
    return commandConnection;
  }

  /** Takes the feed's stream and catalogue, and the history Redis still holds. */
  private void join(RedisCommands<String, String> redis) {
    List<String> meta = ensure(redis);
    hub.beginStream(meta.get(0), 0);
    lastId = "0-0";
    for (Map.Entry<String, String> e : redis.hgetall(config.key("series")).entrySet()) {
      int space = e.getValue().indexOf(' ');
      SeriesMeta m = catalogue.decodeEntry(parse(e.getValue().substring(space + 1)));
      if (!hub.catalogue().contains(m.id())) {
        hub.catalogue().add(m, Long.parseLong(e.getValue().substring(0, space)));
      }
    }
    // The history Redis holds, oldest first, a page at a time; the tail goes on from there.
    while (true) {
      String from = lastId.equals("0-0") ? "-" : "(" + lastId;
      List<StreamMessage<String, String>> page = redis.xrange(config.key("stream"),
          Range.create(from, "+"), Limit.from(1_000));
      deliver(page);
      if (page.size() < 1_000) {
        break;
      }
    }
    problem = null;
    LOG.info("joined feed " + config.shown() + ": stream " + meta.get(0) + ", last "
        + meta.get(1));
  }

  private List<String> ensure(RedisCommands<String, String> redis) {
    return redis.eval(RedisScripts.ENSURE, ScriptOutputType.MULTI,
        new String[] {config.key("meta")}, FeedServer.newStreamId(random));
  }

  /** Every third of a lease: the stream is still the one served, and the lease is kept. */
  private void maintain() {
    try {
      RedisCommands<String, String> redis = connected().sync();
      List<String> meta = ensure(redis);
      if (!meta.get(0).equals(hub.streamId())) {
        if (problem == null) {
          LOG.warning("the feed's stream in Redis began again (" + meta.get(0) + ")");
        }
        publisher.own(redis, null);
        join(redis);
      } else if (problem != null) {
        problem = null;
        LOG.info("Redis " + config.shown() + " is back: stream " + meta.get(0) + " goes on");
      }
      if (source != null) {
        keepLease(redis, meta);
      }
      watchOwner(redis);
    } catch (RuntimeException e) {
      if (problem == null) {
        problem = "Redis " + config.shown() + " unreachable: " + oneLine(e)
            + "; serving what this relay holds";
        LOG.warning(problem);
      }
    }
  }

  private void keepLease(RedisCommands<String, String> redis, List<String> meta) {
    if (publisher.owns()) {
      Long kept = redis.eval(RedisScripts.RENEW, ScriptOutputType.INTEGER,
          new String[] {config.key("lease")}, token, Long.toString(config.leaseMillis()));
      if (kept != null && kept == 1) {
        return;
      }
      publisher.own(redis, null);
      LOG.warning("lost the lease of feed " + config.shown() + ": standing by");
    }
    String ok = redis.set(config.key("lease"), token,
        SetArgs.Builder.nx().px(config.leaseMillis()));
    // Still ours after a refused append: own it again, from the number Redis holds now.
    if ("OK".equals(ok) || token.equals(redis.get(config.key("lease")))) {
      Set<String> described = new HashSet<>(redis.hkeys(config.key("series")));
      publisher.own(redis, new RedisPublisher.Ownership(token, meta.get(0),
          Long.parseLong(meta.get(1)), described));
      LOG.info("owns feed " + config.shown() + " from " + meta.get(1) + " on");
    }
  }

  /** Whether some relay holds the lease: a feed nobody publishes is said to be one. */
  private void watchOwner(RedisCommands<String, String> redis) {
    if (redis.get(config.key("lease")) != null) {
      ownerlessSince = 0;
    } else if (ownerlessSince == 0) {
      ownerlessSince = System.nanoTime();
    }
  }

  private void tailLoop() {
    while (running) {
      try {
        if (problem != null || tailConnection == null) {
          Thread.sleep(BLOCK_MILLIS);
          continue;
        }
        deliver(tailConnection.sync().xread(XReadArgs.Builder.block(BLOCK_MILLIS).count(500),
            XReadArgs.StreamOffset.from(config.key("stream"), lastId)));
      } catch (InterruptedException e) {
        return;
      } catch (RuntimeException e) {
        if (running && problem == null) {
          problem = "Redis " + config.shown() + " unreachable: " + oneLine(e)
              + "; serving what this relay holds";
          LOG.warning(problem);
        }
      }
    }
  }

  private void deliver(List<StreamMessage<String, String>> entries) {
    for (StreamMessage<String, String> m : entries) {
      long first = Long.parseLong(m.getId().substring(0, m.getId().indexOf('-')));
      List<String> updates = List.of(m.getBody().getOrDefault("u", "").split("\n"));
      String s = m.getBody().getOrDefault("s", "");
      List<String> seriesJson = s.isEmpty() ? List.of() : List.of(s.split("\n"));
      List<SeriesMeta> series = new ArrayList<>(seriesJson.size());
      for (String entry : seriesJson) {
        series.add(catalogue.decodeEntry(parse(entry)));
      }
      hub.publishShared(first, updates, series, seriesJson);
      lastId = m.getId();
    }
  }

  private static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new IllegalStateException("a catalogue entry in Redis is not JSON: " + json, e);
    }
  }

  /** What is wrong with the link now, or null. */
  String problem() {
    long since = ownerlessSince;
    if (problem == null && since != 0
        && System.nanoTime() - since > config.leaseMillis() * 1_000_000L) {
      return "no relay is publishing feed " + config.feed() + " (none holds its lease)";
    }
    return problem;
  }

  /** One line for health and the start-up message. */
  String description() {
    return "Redis " + config.shown() + (source == null ? ", no source"
        : publisher.owns() ? ", publishing the source" : ", standing by to publish");
  }

  @Override
  public void close() {
    running = false;
    try {
      if (publisher.owns() && commandConnection != null) {
        publisher.own(null, null);
        commandConnection.sync().eval(RedisScripts.RELEASE, ScriptOutputType.INTEGER,
            new String[] {config.key("lease")}, token);
      }
    } catch (RuntimeException e) {
      LOG.fine("lease not released: " + e.getMessage());
    }
    if (tail != null) {
      tail.interrupt();
    }
    client.shutdown(Duration.ZERO, Duration.ofSeconds(1));
  }

  private static String oneLine(Throwable t) {
    String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    return m.lines().findFirst().orElse(m);
  }
}
