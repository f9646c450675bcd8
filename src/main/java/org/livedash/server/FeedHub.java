package org.livedash.server;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.atomic.AtomicLong;
import org.livedash.feed.FrameWriter;
import org.livedash.model.SeriesMeta;

/**
 * The server's centre: keeps the history, and sends every new batch to every push client as one
 * frame encoded once. Attaching a client and publishing are serialised, so a client that
 * resumes after sequence N gets N+1, N+2, ... with neither holes nor repeats, whether an update
 * reaches it from the history or live — and a number the server declared lost reaches it as a
 * gap, never as silence.
 */
final class FeedHub {
  private static final int BACKLOG_FRAME_UPDATES = 1_000;

  private final FrameWriter codec;
  private final FeedHistory history;
  private final FrameBudget budget;
  private final long heartbeatMillis;
  private final String serverName;
  private volatile String streamId;
  private final FeedCatalogue catalogue;
  private final Set<FeedSubscriber> subscribers = new CopyOnWriteArraySet<>();
  private final LongPolls longPolls;
  private final AtomicLong slowClosed = new AtomicLong();
  /** Numbers issued as holes since start: readings the server said it could not deliver. */
  private final AtomicLong declaredLost = new AtomicLong();
  /** The status member last told (protocol 1.4); null while the server is ok. */
  private String degraded;
  /** The alerts on now (protocol 1.5), their frames by alert, told to clients as they come. */
  private final java.util.Map<String, String> alertsOn = new java.util.LinkedHashMap<>();
  /**
   * The newest number every push client has been handed (its batch queued to each), what a
   * heartbeat may say: a heartbeat never names a number whose batch a client has yet to get.
   */
  private volatile long handedOut;

  /**
   * @param streamId this feed's stream: new whenever its sequence starts again (protocol 1.1)
   */
  FeedHub(FrameWriter codec, int historyCapacity, long heartbeatMillis, String serverName,
      String streamId, FeedCatalogue catalogue) {
    this.codec = codec;
    this.streamId = streamId;
    this.catalogue = catalogue;
    this.history = new FeedHistory(historyCapacity);
    this.budget = new FrameBudget(history, catalogue);
    this.longPolls = new LongPolls(history, 10_000);
    this.heartbeatMillis = heartbeatMillis;
    this.serverName = serverName;
  }

  String streamId() {
    return streamId;
  }

  /** The stream served and the last number of it held, read together. */
  record Served(String stream, long last) {}

  /** What is served now: the stream and how far this relay holds it, at one instant. */
  synchronized Served served() {
    return new Served(streamId, history.last());
  }

  /**
   * Serves stream {@code id} from after {@code last} on: the history is dropped and every push
   * client closed, to come back and be told of the new stream (a shared history whose stream
   * began again, or that this relay joins part way).
   */
  synchronized void beginStream(String id, long last) {
    boolean changed = !id.equals(streamId);
    streamId = id;
    history.restartAfter(last);
    handedOut = last;
    if (changed) {
      closeAll(FeedSubscriber.SERVICE_RESTART, "the feed's stream began again");
    }
    longPolls.wake();
  }

  /**
   * Takes an already numbered batch from a shared history (catalogue entries of the series it
   * brings first): added to the catalogue and published as if issued here. A batch at or below
   * what is held is passed over; one past a hole restarts the history after the hole.
   */
  synchronized void publishShared(long firstSeq, List<String> encoded,
      List<SeriesMeta> newSeries, List<String> newSeriesJson) {
    long last = history.last();
    if (firstSeq + encoded.size() - 1 <= last) {
      return;
    }
    if (firstSeq <= last) {
      encoded = encoded.subList((int) (last - firstSeq + 1), encoded.size());
      firstSeq = last + 1;
    } else if (firstSeq > last + 1) {
      history.restartAfter(firstSeq - 1);
    }
    for (SeriesMeta m : newSeries) {
      if (!catalogue.contains(m.id())) {
        catalogue.add(m, firstSeq);
      }
    }
    publish(firstSeq, encoded, newSeriesJson);
  }

  /**
   * Issues numbers {@code from} to {@code to} as a hole: readings the source or relay could not
   * deliver, which every client is told of as a gap and counts as missed.
   */
  synchronized void publishHole(long from, long to) {
    long last = history.last();
    if (to <= last) {
      return;
    }
    from = Math.max(from, last + 1);
    if (from > last + 1) {
      history.restartAfter(from - 1);
    }
    history.appendHole(from, to);
    declaredLost.addAndGet(to - from + 1);
    broadcast(codec.gapFrame(from, to, to - from + 1));
    handedOut = to;
    longPolls.wake();
  }

  /**
   * Where a client asking to resume after {@code after} in {@code stream} really starts: a
   * client of another stream (this server's sequence started again since) gets this stream from
   * the start of its history; a client that names no stream (protocol 1.0) is taken at its word.
   */
  long resumeFrom(long after, String stream) {
    return stream != null && !stream.equals(streamId) && after >= 0 ? 0 : after;
  }

  FeedCatalogue catalogue() {
    return catalogue;
  }

  FeedHistory history() {
    return history;
  }

  /** How this hub's frames and answers are cut to the byte budget. */
  FrameBudget budget() {
    return budget;
  }

  LongPolls longPolls() {
    return longPolls;
  }

  int subscriberCount() {
    return subscribers.size();
  }

  /** Numbers issued as holes since the server started. */
  long declaredLost() {
    return declaredLost.get();
  }

  /** Stores encoded updates with sequence numbers first..first+n-1 and pushes them as one frame. */
  void publish(long firstSeq, List<String> encoded) {
    publish(firstSeq, encoded, List.of());
  }

  /**
   * Stores and pushes a batch, with the descriptions of the series it brings for the first time
   * ({@code newSeries}, catalogue entries), so no client meets an update of a series it cannot
   * place. A batch larger than a frame goes as several, each describing the series whose first
   * update it has.
   */
  synchronized void publish(long firstSeq, List<String> encoded, List<String> newSeries) {
    for (int i = 0; i < encoded.size(); i++) {
      history.append(firstSeq + i, encoded.get(i));
    }
    try {
      broadcastBatch(firstSeq, encoded, newSeries);
    } finally {
      handedOut = history.last();
    }
    longPolls.wake();
  }

  private void broadcastBatch(long firstSeq, List<String> encoded, List<String> newSeries) {
    if (!subscribers.isEmpty() && !encoded.isEmpty()) {
      List<FeedCatalogue.Added> described =
          catalogue.addedBetween(firstSeq, firstSeq + encoded.size() - 1);
      int to = FrameBudget.frameEnd(firstSeq, encoded, 0, described);
      if (to == encoded.size()) {
        broadcast(codec.batchFrame(encoded, newSeries, null, -1, false, -1, -1));
      } else {
        int from = 0;
        while (from < encoded.size()) {
          to = FrameBudget.frameEnd(firstSeq, encoded, from, described);
          broadcast(codec.batchFrame(encoded.subList(from, to),
              FrameBudget.json(catalogue.addedBetween(firstSeq + from, firstSeq + to - 1)),
              null, -1, false, -1, -1));
          from = to;
        }
      }
    }
  }

  /**
   * Greets a new push client and, when it asks to resume after {@code after} (>= 0), sends what it
   * missed, or a gap frame for what history no longer holds, before any live frame. A client
   * that cannot take all of it is closed, never left attached to nothing.
   */
  synchronized void attach(FeedSubscriber subscriber, long after) {
    long last = history.last();
    if (!greet(subscriber, last)) {
      subscriber.close(FeedSubscriber.TRY_AGAIN_LATER,
          "could not send the greeting and backlog: try again later");
      return;
    }
    if (after >= 0 && after < last) {
      long cursor = after;
      while (cursor < last) {
        FrameBudget.Slice slice = budget.slice(cursor, BACKLOG_FRAME_UPDATES);
        FeedHistory.Slice s = slice.history();
        boolean sent = s.gapFrom() <= 0
            || subscriber.send(frame(codec.gapFrame(s.gapFrom(), s.gapTo(), s.lost())));
        if (sent && !s.updates().isEmpty()) {
          sent = subscriber.send(frame(codec.batchFrame(s.updates(), slice.series(), null, -1,
              false, -1, -1)));
        }
        if (!sent) {
          subscriber.close(FeedSubscriber.TRY_AGAIN_LATER,
              "client too slow: it could not take its backlog");
          return;
        }
        cursor = s.coveredTo();
      }
    }
    if (degraded != null && subscriber.wantsStatus()
        && !subscriber.send(frame(codec.statusFrame(degraded)))) {
      subscriber.close(FeedSubscriber.TRY_AGAIN_LATER,
          "client too slow: it could not take the server's status");
      return;
    }
    if (subscriber.wantsAlerts()) {
      for (String on : alertsOn.values()) {
        if (!subscriber.send(frame(on))) {
          subscriber.close(FeedSubscriber.TRY_AGAIN_LATER,
              "client too slow: it could not take the alerts on");
          return;
        }
      }
    }
    subscribers.add(subscriber);
  }

  /**
   * The {@code hello}, with every series added since the stream began; when they do not fit in
   * one frame, the rest follow at once in batches without updates.
   */
  private boolean greet(FeedSubscriber subscriber, long last) {
    List<FeedCatalogue.Added> added = catalogue.addedSoFar();
    int end = FrameBudget.describedEnd(added, 0);
    if (!subscriber.send(frame(codec.helloFrame(serverName, streamId, last, heartbeatMillis,
        history.oldest(), FrameBudget.json(added.subList(0, end)))))) {
      return false;
    }
    while (end < added.size()) {
      int from = end;
      end = FrameBudget.describedEnd(added, from);
      if (!subscriber.send(frame(codec.batchFrame(List.of(),
          FrameBudget.json(added.subList(from, end)), null, -1, false, -1, -1)))) {
        return false;
      }
    }
    return true;
  }

  void detach(FeedSubscriber subscriber) {
    subscribers.remove(subscriber);
  }

  /**
   * Tells every push client the feed is alive and where it stands. Outside the hub's monitor:
   * a heartbeat to ten thousand clients must not hold up the next batch for all of them; it
   * names only a number already handed to every client.
   */
  void heartbeat(long serverTimeMicros) {
    String frame = codec.heartbeatFrame(serverTimeMicros, handedOut);
    for (FeedSubscriber s : subscribers) {
      if (!s.sendHeartbeat(frame)) {
        drop(s);
      }
    }
  }

  /**
   * The server's status changed (protocol 1.4): {@code member} is a {@link
   * FrameWriter#statusMember}, null when the server is ok again. Told at once to every push
   * client that asked for status messages, and to those that connect while it lasts.
   */
  synchronized void status(String member) {
    degraded = member;
    OutFrame frame = new OutFrame(
        codec.statusFrame(member != null ? member : codec.statusMember(null, null, 0)));
    for (FeedSubscriber s : subscribers) {
      if (s.wantsStatus() && !s.send(frame)) {
        drop(s);
      }
    }
  }

  /**
   * An alert the server's rules raised or cleared (protocol 1.5): told at once to every push
   * client that asked for alerts; one raised is told to those that connect while it is on.
   *
   * @param key which alert it is (its series, rule and start), the same raised and cleared
   */
  synchronized void alert(String key, String frame, boolean on) {
    if (on) {
      alertsOn.put(key, frame);
    } else {
      alertsOn.remove(key);
    }
    OutFrame out = new OutFrame(frame);
    for (FeedSubscriber s : subscribers) {
      if (s.wantsAlerts() && !s.send(out)) {
        drop(s);
      }
    }
  }

  /** The status member while the server is degraded, else null: what polling answers carry. */
  synchronized String degraded() {
    return degraded;
  }

  /** Closes every push client (server shutting down). */
  void closeAll(int status, String reason) {
    for (FeedSubscriber s : subscribers) {
      subscribers.remove(s);
      s.close(status, reason);
    }
  }

  /** Push clients closed because they could not keep up. */
  long slowClientsClosed() {
    return slowClosed.get();
  }

  private void broadcast(String text) {
    OutFrame frame = new OutFrame(text);
    for (FeedSubscriber s : subscribers) {
      if (!s.send(frame)) {
        drop(s);
      }
    }
  }

  private static OutFrame frame(String text) {
    return new OutFrame(text);
  }

  private void drop(FeedSubscriber s) {
    subscribers.remove(s);
    slowClosed.incrementAndGet();
    s.close(FeedSubscriber.TRY_AGAIN_LATER,
        "client too slow: more than the send queue allows is waiting");
  }
}
