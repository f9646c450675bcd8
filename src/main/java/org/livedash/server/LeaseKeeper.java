package org.livedash.server;

import io.lettuce.core.Limit;
import io.lettuce.core.Range;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.api.sync.RedisCommands;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.logging.Logger;
import org.livedash.model.Reason;

/**
 * A relay's watch over who publishes a shared feed, every third of a lease on a thread and a
 * connection of its own, so a renewal never waits behind an append: the stream is still the
 * one served, and Redis still holds what this relay read of it (else a new stream begins — a
 * Redis restarted from an older save must never be numbered on); the lease is kept, or taken
 * (handing the {@link RedisPublisher} what the feed last published of each series), or given
 * up to a relay whose source delivers when this one's does not.
 */
final class LeaseKeeper {
  private static final Logger LOG = Logger.getLogger(LeaseKeeper.class.getName());

  private final RedisFeedConfig config;
  private final FeedHub hub;
  /** Null for a relay without a source: it never publishes. */
  private final FeedSource source;
  private final RedisPublisher publisher;
  private final SharedStreamReader reader;
  private final RedisFeed link;
  private final SplittableRandom random;
  private final String token;
  private final LongSupplier clockMicros;
  private final ScheduledExecutorService thread;
  /** When the lease was first seen free (System.nanoTime), 0 while a relay holds it. */
  private volatile long ownerlessSince;
  /** When this relay's source was first seen not delivering (nanoTime), 0 while it is. */
  private long sourceDownSince;

  LeaseKeeper(RedisFeedConfig config, FeedHub hub, FeedSource source, RedisPublisher publisher,
      SharedStreamReader reader, RedisFeed link, SplittableRandom random,
      LongSupplier clockMicros) {
    this.config = config;
    this.hub = hub;
    this.source = source;
    this.publisher = publisher;
    this.reader = reader;
    this.link = link;
    this.random = random;
    this.token = FeedServer.newStreamId(random);
    this.clockMicros = clockMicros;
    this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "redis-lease-" + config.feed());
      t.setDaemon(true);
      return t;
    });
  }

  void start() {
    thread.scheduleWithFixedDelay(this::maintain, 0, config.leaseMillis() / 3,
        TimeUnit.MILLISECONDS);
  }

  private void maintain() {
    try {
      RedisCommands<String, String> redis = link.leasing();
      // What this relay read, taken before Redis is asked: Redis's last only grows, so it can
      // be below only if Redis lost what was read. Read with the stream it belongs to: if the
      // reader began another stream meanwhile, a number of the old one would look like a
      // rollback of the new one, and a new stream would begin for nothing.
      FeedHub.Served served = hub.served();
      SharedStreamReader.Place place = reader.place();
      String servedEpoch = served.stream();
      long held = served.last();
      List<String> meta = link.ensure(redis);
      String epoch = meta.get(0);
      if (!epoch.equals(servedEpoch)) {
        reader.rejoin();
      } else if (rolledBack(redis, Long.parseLong(meta.get(1)), held, place)) {
        RedisScripts.NEW_EPOCH.run(redis, ScriptOutputType.VALUE, new String[] {
            config.key("meta"), config.key("stream"), config.key("series")}, epoch,
            FeedServer.newStreamId(random));
        LOG.warning(Reason.of("relay.redisLostWrites", config.shown(), epoch).english());
        reader.rejoin();
        return;
      }
      if (publisher.owns() && !epoch.equals(publisher.epoch())) {
        publisher.standBy();
      }
      if (source != null) {
        keepLease(redis);
      }
      watchOwner(redis);
    } catch (RuntimeException e) {
      link.failed(e);
    }
  }

  /**
   * Whether Redis holds less of the served stream than this relay had read from it ({@code
   * held}, up to entry {@code p}): its {@code last} is below, or that entry is gone or was
   * written by another write.
   */
  private boolean rolledBack(RedisCommands<String, String> redis, long last, long held,
      SharedStreamReader.Place p) {
    if (last < held) {
      return true;
    }
    if (p.write() == null) {
      return false;
    }
    List<StreamMessage<String, String>> entry = redis.xrange(config.key("stream"),
        Range.create(p.id(), p.id()));
    if (!entry.isEmpty()) {
      return !p.write().equals(entry.get(0).getBody().get("w"));
    }
    // Gone: trimmed away (this relay is far behind), or lost.
    List<StreamMessage<String, String>> first = redis.xrange(config.key("stream"),
        Range.create("-", "+"), Limit.from(1));
    return !first.isEmpty() && SharedStreamReader.firstSeq(first.get(0))
        <= Long.parseLong(p.id().substring(0, p.id().indexOf('-')));
  }

  private void keepLease(RedisCommands<String, String> redis) {
    boolean delivering = source.problem() == null;
    long now = System.nanoTime();
    sourceDownSince = delivering ? 0 : sourceDownSince == 0 ? now : sourceDownSince;
    boolean anotherDelivers = relays(redis, delivering);
    if (publisher.owns()) {
      if (!renew(redis)) {
        publisher.standBy();
        LOG.warning(Reason.of("relay.lostLease", config.shown()).english());
      } else if (!delivering && anotherDelivers
          && now - sourceDownSince > config.leaseMillis() * 1_000_000L) {
        release(redis);
        LOG.warning(Reason.of("relay.gaveLease", config.shown(), source.problem()).english());
      }
      return;
    }
    // A relay whose source is down leaves the feed to one whose source delivers, unless none
    // has taken it for two leases.
    if (!delivering && (anotherDelivers || ownerlessSince == 0
        || now - ownerlessSince < 2 * config.leaseMillis() * 1_000_000L)) {
      return;
    }
    String ok = redis.set(config.key("lease"), token,
        SetArgs.Builder.nx().px(config.leaseMillis()));
    // A lease that names this relay already (a Redis restored from a save holds the one it had,
    // with what was left of its time; or it stopped publishing on a refused write) is taken
    // for a whole lease: else it runs out under the new owner's first writes and the feed
    // changes hands again for nothing.
    if ("OK".equals(ok) || renew(redis)) {
      take(redis);
    }
  }

  /** Keeps the lease for another whole lease if it names this relay; whether it does. */
  private boolean renew(RedisCommands<String, String> redis) {
    Long kept = RedisScripts.RENEW.run(redis, ScriptOutputType.INTEGER,
        new String[] {config.key("lease")}, token, Long.toString(config.leaseMillis()));
    return kept != null && kept == 1;
  }

  /** Holding the lease: publish from where the feed stands, what it never published. */
  private void take(RedisCommands<String, String> redis) {
    List<String> meta = redis.hmget(config.key("meta"), "epoch", "last", "at").stream()
        .map(kv -> kv.getValueOrElse(null)).toList();
    Map<String, SourceWindow.Mark> marks = new HashMap<>();
    redis.hgetall(config.key("tail")).forEach((id, v) -> {
      int space = v.indexOf(' ');
      marks.put(id, new SourceWindow.Mark(Long.parseUnsignedLong(v.substring(0, space), 16),
          Long.parseLong(v.substring(space + 1))));
    });
    long cutoff = meta.get(2) == null ? 0 : Long.parseLong(meta.get(2));
    publisher.own(new RedisPublisher.Ownership(token, meta.get(0), Long.parseLong(meta.get(1)),
        new HashSet<>(redis.hkeys(config.key("series")))), marks, cutoff);
    LOG.info(Reason.of("relay.owns", config.shown(), meta.get(1)).english());
  }

  /**
   * Says whether this relay's source delivers, forgets relays silent for long, and answers
   * whether another relay said within two leases that its source delivers.
   */
  private boolean relays(RedisCommands<String, String> redis, boolean delivering) {
    long nowMillis = clockMicros.getAsLong() / 1_000;
    redis.hset(config.key("relays"), token, (delivering ? "1 " : "0 ") + nowMillis);
    boolean another = false;
    for (Map.Entry<String, String> e : redis.hgetall(config.key("relays")).entrySet()) {
      String[] v = e.getValue().split(" ");
      long said = Long.parseLong(v[1]);
      if (nowMillis - said > 20 * config.leaseMillis()) {
        redis.hdel(config.key("relays"), e.getKey());
      } else if (!e.getKey().equals(token) && v[0].equals("1")
          && nowMillis - said < 2 * config.leaseMillis()) {
        another = true;
      }
    }
    return another;
  }

  /** Whether some relay holds the lease: a feed nobody publishes is said to be one. */
  private void watchOwner(RedisCommands<String, String> redis) {
    if (redis.get(config.key("lease")) != null) {
      ownerlessSince = 0;
    } else if (ownerlessSince == 0) {
      ownerlessSince = System.nanoTime();
    }
  }

  /** Whether no relay has held the lease for longer than a lease. */
  boolean ownerless() {
    long since = ownerlessSince;
    return since != 0 && System.nanoTime() - since > config.leaseMillis() * 1_000_000L;
  }

  /** Stops publishing and gives the lease up, if this relay holds it. */
  void release(RedisCommands<String, String> redis) {
    publisher.standBy();
    RedisScripts.RELEASE.run(redis, ScriptOutputType.INTEGER, new String[] {config.key("lease")},
        token);
  }

  void close() {
    thread.shutdownNow();
  }
}
