package org.livedash.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.sync.RedisCommands;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.logging.Logger;
import org.livedash.feed.CatalogueCodec;
import org.livedash.feed.FrameWriter;
import org.livedash.feed.Update;
import org.livedash.model.Reason;

/**
 * The owner's side of a shared feed, on a thread of its own: takes what the source read from
 * the {@link SourceWindow}, numbers it after the last number in Redis and appends it — a hole
 * first where readings were lost — with the series it brings first, in one atomic step that
 * also checks this relay still owns the lease and nothing else was appended. Each write has an
 * id: when Redis does not answer, the same write is sent again, and Redis recognises one it
 * already applied, so a lost answer never costs a reading or a number. A relay that does not
 * own the feed keeps its source's readings in the window, for the day it takes over.
 */
final class RedisPublisher implements FeedSource.ReadingSink, AutoCloseable {
  private static final Logger LOG = Logger.getLogger(RedisPublisher.class.getName());
  /** Readings in one write at most: a script call stays short for Redis and its other clients. */
  static final int MAX_WRITE_READINGS = 2_000;
  private static final long FIRST_RETRY_MILLIS = 50;
  private static final long LAST_RETRY_MILLIS = 1_000;

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

  private final RedisFeedConfig config;
  private final FeedSource source;
  private final FrameWriter codec;
  private final CatalogueCodec catalogue = new CatalogueCodec();
  private final JsonFactory json = new JsonFactory();
  private final int historyLength;
  private final SourceWindow window;
  private final LongSupplier clockMicros;
  private final Thread thread;
  private final Object wake = new Object();
  private volatile RedisCommands<String, String> redis;
  /** The owner as told by the lease thread; the append thread follows it through handovers. */
  private volatile Ownership ownership;
  /** A change of owner the append thread has yet to make; guarded by {@code wake}. */
  private Handover handover;
  private volatile boolean running = true;
  /** Why appends fail now (Redis unreachable), null while they go through. */
  private volatile Reason failing;
  private long writes;
  private final AtomicLong appended = new AtomicLong();
  private final AtomicLong holeNumbers = new AtomicLong();
  private final AtomicLong refusedSeries = new AtomicLong();

  RedisPublisher(RedisFeedConfig config, FeedSource source, FrameWriter codec,
      int historyLength, SourceWindow window, LongSupplier clockMicros) {
    this.config = config;
    this.source = source;
    this.codec = codec;
    this.historyLength = historyLength;
    this.window = window;
    this.clockMicros = clockMicros;
    this.thread = new Thread(this::appendLoop, "redis-append-" + config.feed());
    thread.setDaemon(true);
  }

  /** Starts appending on its own thread, with this connection. */
  void start(RedisCommands<String, String> commands) {
    redis = commands;
    thread.start();
  }

  /** The source's readings, on the source's thread: kept in the window, never waiting on Redis. */
  @Override
  public void publish(List<Reading> readings) {
    if (readings.isEmpty()) {
      return;
    }
    window.add(readings, clockMicros.getAsLong());
    signal();
  }

  @Override
  public void missed(long count, long fromMicros, long toMicros) {
    window.missed(count, fromMicros, toMicros);
    signal();
  }

  /** A change of owner for the append thread to make, with what taking over needs. */
  private record Handover(Ownership ownership, Map<String, SourceWindow.Mark> marks,
      long cutoffMicros) {}

  /**
   * This relay now owns the feed: it appends, after {@code now.last}, what its window holds
   * that was not published (per {@code marks}, the feed's last publish being at {@code
   * cutoffMicros}). The append thread makes the change, between two writes.
   */
  void own(Ownership now, Map<String, SourceWindow.Mark> marks, long cutoffMicros) {
    synchronized (wake) {
      handover = new Handover(now, marks, cutoffMicros);
      ownership = now;
      wake.notifyAll();
    }
  }

  /** This relay no longer owns the feed (the append thread puts back what it had in flight). */
  void standBy() {
    synchronized (wake) {
      handover = new Handover(null, Map.of(), 0);
      ownership = null;
      wake.notifyAll();
    }
  }

  boolean owns() {
    return ownership != null;
  }

  /** The epoch this relay publishes in, null while it does not. */
  String epoch() {
    Ownership o = ownership;
    return o == null ? null : o.epoch;
  }

  /** Why appends fail now, or null. */
  Reason failing() {
    return failing;
  }

  /** Readings waiting to be appended. */
  int waiting() {
    return window.waiting();
  }

  /** Readings appended by this relay. */
  long appended() {
    return appended.get();
  }

  /** Numbers this relay issued as holes. */
  long holeNumbers() {
    return holeNumbers.get();
  }

  /** Readings of series beyond the catalogue's limit, refused. */
  long refusedSeries() {
    return refusedSeries.get();
  }

  private void signal() {
    synchronized (wake) {
      wake.notifyAll();
    }
  }

  private void appendLoop() {
    SourceWindow.Write inFlight = null;
    Ownership owner = null;
    String[] args = null;
    long retryMillis = FIRST_RETRY_MILLIS;
    while (running) {
      try {
        synchronized (wake) {
          if (handover != null) {
            if (owner != null) {
              // Whatever was in flight goes back to the window, not yet published.
              window.standBy(inFlight);
            }
            inFlight = null;
            failing = null;
            owner = handover.ownership();
            if (owner != null) {
              window.own(owner.epoch, handover.marks(), handover.cutoffMicros(),
                  source.deliveringSinceMicros(), clockMicros.getAsLong());
            }
            handover = null;
          }
          if (owner != null && inFlight == null) {
            inFlight = window.take(MAX_WRITE_READINGS);
            if (inFlight.isEmpty()) {
              inFlight = null;
            } else {
              args = arguments(owner, inFlight);
            }
          }
          if (inFlight == null) {
            wake.wait(250);
            continue;
          }
        }
        long result = append(args);
        failing = null;
        retryMillis = FIRST_RETRY_MILLIS;
        if (result > 0) {
          settled(owner, inFlight, result);
          inFlight = null;
        } else {
          refused(owner, result);
          synchronized (wake) {
            if (ownership == owner) {
              ownership = null;
              handover = new Handover(null, Map.of(), 0);
            }
          }
        }
      } catch (InterruptedException e) {
        return;
      } catch (RuntimeException e) {
        // Redis did not answer: the same write goes again, and Redis knows it if it was applied.
        Reason why = Reason.of("relay.appendsFail", config.shown(), RedisFeed.oneLine(e));
        if (failing == null) {
          LOG.warning(Reason.of("relay.readingsWait", why, window.waiting()).english());
        }
        failing = why;
        sleep(retryMillis);
        retryMillis = Math.min(LAST_RETRY_MILLIS, retryMillis * 2);
      }
    }
  }

  private long append(String[] args) {
    Long r = RedisScripts.APPEND.run(redis, ScriptOutputType.INTEGER,
        new String[] {config.key("meta"), config.key("stream"), config.key("lease"),
            config.key("series"), config.key("tail")}, args);
    return r == null ? -1 : r;
  }

  private void settled(Ownership owner, SourceWindow.Write w, long result) {
    owner.last = result;
    window.appended(w);
    appended.addAndGet(w.readings().size());
    holeNumbers.addAndGet(w.holeNumbers());
    if (w.holeNumbers() > 0) {
      LOG.warning(Reason.of(w.exactHole() ? "relay.holeExact" : "relay.holeUnknown",
          w.holeNumbers(), config.feed(), w.holeFrom(), w.holeTo()).english());
    }
  }

  private void refused(Ownership owner, long result) {
    if (result == -4) {
      // Redis holds less than this relay appended: it lost writes (a restart from an old
      // save). Numbering on would give numbers clients already have to other readings.
      String fresh = FeedServer.newStreamId(new java.util.SplittableRandom());
      RedisScripts.NEW_EPOCH.run(redis, ScriptOutputType.VALUE,
          new String[] {config.key("meta"), config.key("stream"), config.key("series")},
          owner.epoch, fresh);
      LOG.warning(Reason.of("relay.redisLostAppends", config.shown(), owner.epoch).english());
    } else {
      LOG.info(Reason.of("relay.stopped", config.feed(), Reason.of(switch ((int) result) {
        case -1 -> "relay.stopped.lease";
        case -2 -> "relay.stopped.stream";
        default -> "relay.stopped.appended";
      })).english());
    }
  }

  /** The script's arguments for one write, numbered after the owner's last. */
  private String[] arguments(Ownership o, SourceWindow.Write w) {
    StringBuilder updates = new StringBuilder(w.readings().size() * 80);
    StringBuilder series = new StringBuilder();
    List<String> newSeries = new ArrayList<>();
    Map<String, Reading> lastOf = new LinkedHashMap<>();
    Set<String> told = new HashSet<>();
    long seq = o.last + w.holeNumbers();
    int count = 0;
    for (Reading r : w.readings()) {
      String id = r.seriesId();
      if (!o.described.contains(id) && !told.contains(id)) {
        if (o.described.size() + told.size() >= CatalogueCodec.MAX_SERIES) {
          refusedSeries.incrementAndGet();
          continue;
        }
        told.add(id);
        String entry = catalogue.encodeEntry(source.described(id));
        series.append(series.isEmpty() ? "" : "\n").append(entry);
        newSeries.add(id);
        newSeries.add(Long.toString(seq + 1));
        newSeries.add(entry);
      }
      updates.append(updates.isEmpty() ? "" : "\n").append(codec.encodeUpdate(
          new Update(++seq, id, r.timeMicros(), r.value(), r.volume())));
      lastOf.put(id, r);
      count++;
    }
    o.described.addAll(told);
    List<String> args = new ArrayList<>(12 + newSeries.size());
    args.add(o.token);
    args.add(o.epoch);
    args.add(Long.toString(o.last));
    args.add(o.token + ":" + ++writes);
    args.add(Long.toString(w.holeNumbers()));
    args.add((w.exactHole() ? "lost " : "unknown ") + w.holeFrom() + " " + w.holeTo());
    args.add(Integer.toString(count));
    args.add(updates.toString());
    args.add(series.toString());
    args.add(Integer.toString(historyLength));
    args.add(marks(lastOf));
    args.addAll(newSeries);
    return args.toArray(String[]::new);
  }

  /** {@code [[series id, origin, time], …]}: the last reading of each series in a write. */
  private String marks(Map<String, Reading> lastOf) {
    StringWriter out = new StringWriter(lastOf.size() * 48 + 2);
    try (JsonGenerator g = json.createGenerator(out)) {
      g.writeStartArray();
      for (Reading r : lastOf.values()) {
        g.writeStartArray();
        g.writeString(r.seriesId());
        g.writeString(Long.toHexString(r.origin()));
        g.writeString(Long.toString(r.timeMicros()));
        g.writeEndArray();
      }
      g.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException("writing to a string cannot fail", e);
    }
    return out.toString();
  }

  private void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
    }
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
  }
}
