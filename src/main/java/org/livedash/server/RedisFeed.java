package org.livedash.server;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.LongSupplier;
import java.util.logging.Logger;
import org.livedash.model.Reason;

/**
 * A relay's link to the feed's shared history in Redis (Lettuce). Every relay reads the stream
 * and serves what it reads, so relays of one feed serve the same stream, numbers and history; a
 * client that loses one resumes on another with exactly what it missed. A relay with a source
 * competes for the lease; the one holding it publishes ({@link RedisPublisher}), the others
 * stand by with their source warm and what it read kept ({@link SourceWindow}), and take over
 * within a lease when it dies, publishing what it never did.
 *
 * <p>Three threads, each with its connection, so none waits behind another: the reader ({@link
 * SharedStreamReader}, the only one that hands entries to the hub), the lease ({@link
 * LeaseKeeper}) and the appender. Redis away: the relay serves what it holds, its own readings
 * wait in order, and its health and its clients are told why.
 */
final class RedisFeed implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(RedisFeed.class.getName());

  private final RedisFeedConfig config;
  private final FeedSource source;
  private final RedisPublisher publisher;
  private final SourceWindow window;
  private final SplittableRandom random;
  private final RedisClient client;
  private final SharedStreamReader reader;
  private final LeaseKeeper lease;
  private volatile StatefulRedisConnection<String, String> leaseConnection;
  private volatile StatefulRedisConnection<String, String> readConnection;
  private static final Reason CONNECTING = Reason.of("relay.connectingRedis");
  private volatile Reason unreachable = CONNECTING;

  RedisFeed(RedisFeedConfig config, FeedHub hub, FeedSource source, RedisPublisher publisher,
      SourceWindow window, SplittableRandom random, LongSupplier clockMicros) {
    this.config = config;
    this.source = source.reads() ? source : null;
    this.publisher = publisher;
    this.window = window;
    this.random = random;
    RedisURI uri = RedisURI.create(config.redis());
    if (config.password() != null) {
      uri.setAuthentication(config.password());
    }
    uri.setTimeout(Duration.ofMillis(500));
    client = RedisClient.create(uri);
    reader = new SharedStreamReader(config, hub, window, this);
    lease = new LeaseKeeper(config, hub, this.source, publisher, reader, this, random,
        clockMicros);
  }

  /** Tells {@code sink} the readings read from the shared stream as they come (see the reader). */
  void tell(FeedSource.ReadingSink sink) {
    reader.tell(sink);
  }

  /** Joins the feed (its stream, catalogue and history) and starts reading, appending, leasing. */
  void start() {
    try {
      reader.join(reading());
    } catch (RuntimeException e) {
      failed(e);
    }
    reader.start();
    lease.start();
  }

  /** The reader's connection, opening the relay's connections if they are not yet. */
  RedisCommands<String, String> reading() {
    connect();
    return readConnection.sync();
  }

  /** The lease's connection, opening the relay's connections if they are not yet. */
  RedisCommands<String, String> leasing() {
    connect();
    return leaseConnection.sync();
  }

  /**
   * Opens the three connections if they are not yet: a relay started while Redis is away
   * connects when it comes. Lettuce reconnects an open connection by itself.
   */
  private synchronized void connect() {
    if (leaseConnection != null) {
      return;
    }
    List<StatefulRedisConnection<String, String>> opened = new ArrayList<>();
    try {
      StatefulRedisConnection<String, String> read = client.connect();
      opened.add(read);
      read.setTimeout(Duration.ofMillis(SharedStreamReader.BLOCK_MILLIS * 4));
      StatefulRedisConnection<String, String> append = client.connect();
      opened.add(append);
      StatefulRedisConnection<String, String> leasing = client.connect();
      opened.add(leasing);
      readConnection = read;
      leaseConnection = leasing;
      publisher.start(append.sync());
    } catch (RuntimeException e) {
      opened.forEach(StatefulRedisConnection::close);
      throw e;
    }
  }

  /** The feed's epoch and last number, a new stream made first if Redis has none. */
  List<String> ensure(RedisCommands<String, String> redis) {
    return RedisScripts.ENSURE.run(redis, ScriptOutputType.MULTI,
        new String[] {config.key("meta")}, FeedServer.newStreamId(random));
  }

  /** Redis did not answer: said once, until it does again. */
  void failed(RuntimeException e) {
    Reason was = unreachable;
    if (was == null || was.equals(CONNECTING)) {
      unreachable = Reason.of("relay.redisUnreachable", config.shown(), oneLine(e));
      LOG.warning(Reason.of("relay.servingHeld", unreachable).english());
    }
  }

  /** Redis answered the reader. */
  void reached() {
    if (unreachable != null) {
      unreachable = null;
      LOG.info(Reason.of("relay.redisAnswers", config.shown()).english());
    }
  }

  /** What is wrong with the shared feed now, or null. */
  Trouble trouble() {
    Reason r = unreachable;
    if (r != null) {
      return new Trouble("shared-history", withWaiting(Reason.of("relay.servingHeld", r)));
    }
    Reason failing = publisher.failing();
    if (failing != null) {
      return new Trouble("shared-history", withWaiting(failing));
    }
    if (lease.ownerless()) {
      return new Trouble("no-publisher", Reason.of("relay.noPublisher", config.feed()));
    }
    return null;
  }

  /** {@code why}, and how many readings wait to be published when some do. */
  private Reason withWaiting(Reason why) {
    int waiting = publisher.waiting();
    return waiting == 0 ? why : Reason.of("relay.waiting", why, waiting);
  }

  /** One line for health and the start-up message. */
  Reason description() {
    return Reason.of(source == null ? "relay.redisNoSource" : publisher.owns()
        ? "relay.redisPublishing" : "relay.redisStandingBy", config.shown());
  }

  /** What this relay did with its source's readings, for {@code /api/health}. */
  Map<String, Object> counts() {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("owner", publisher.owns());
    c.put("appended", publisher.appended());
    c.put("waiting", publisher.waiting());
    c.put("held", window.size());
    c.put("lostWaiting", window.lostReadings());
    c.put("holeNumbers", publisher.holeNumbers());
    c.put("refusedSeries", publisher.refusedSeries());
    return c;
  }

  @Override
  public void close() {
    lease.close();
    publisher.close();
    try {
      if (publisher.owns() && leaseConnection != null) {
        lease.release(leaseConnection.sync());
      }
    } catch (RuntimeException e) {
      LOG.fine("lease not released: " + e.getMessage());
    }
    reader.close();
    client.shutdown(Duration.ZERO, Duration.ofSeconds(1));
  }

  static String oneLine(Throwable t) {
    String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    return m.lines().findFirst().orElse(m);
  }
}
