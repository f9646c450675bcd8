package org.livedash.server;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.atomic.AtomicLong;
import org.livedash.feed.FrameWriter;
import org.livedash.model.SeriesMeta;

/**
 * The demo server's centre: keeps the history, and sends every new batch to every push client as
 * one frame encoded once. Attaching a client and publishing are serialised, so a client that
 * resumes after sequence N gets N+1, N+2, ... with neither holes nor repeats, whether an update
 * reaches it from the history or live.
 */
final class FeedHub {
  private static final int BACKLOG_FRAME_UPDATES = 1_000;

  private final FrameWriter codec;
  private final FeedHistory history;
  private final long heartbeatMillis;
  private final String serverName;
  private volatile String streamId;
  private final FeedCatalogue catalogue;
  private final Set<FeedSubscriber> subscribers = new CopyOnWriteArraySet<>();
  private final LongPolls longPolls;
  private final AtomicLong slowClosed = new AtomicLong();

  /**
   * @param streamId this feed's stream: new whenever its sequence starts again (protocol 1.1)
   */
  FeedHub(FrameWriter codec, int historyCapacity, long heartbeatMillis, String serverName,
      String streamId, FeedCatalogue catalogue) {
    this.codec = codec;
    this.streamId = streamId;
    this.catalogue = catalogue;
    this.history = new FeedHistory(historyCapacity);
    this.longPolls = new LongPolls(history, 10_000);
    this.heartbeatMillis = heartbeatMillis;
    this.serverName = serverName;
  }

  String streamId() {
    return streamId;
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
    if (changed) {
      closeAll("the feed's stream began again");
    }
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

  LongPolls longPolls() {
    return longPolls;
  }

  int subscriberCount() {
    return subscribers.size();
  }

  /** Stores encoded updates with sequence numbers first..first+n-1 and pushes them as one frame. */
  void publish(long firstSeq, List<String> encoded) {
    publish(firstSeq, encoded, List.of());
  }

  /**
   * Stores and pushes a batch, with the descriptions of the series it brings for the first time
   * ({@code newSeries}, catalogue entries), so no client meets an update of a series it cannot
   * place.
   */
  synchronized void publish(long firstSeq, List<String> encoded, List<String> newSeries) {
    for (int i = 0; i < encoded.size(); i++) {
      history.append(firstSeq + i, encoded.get(i));
    }
    if (!subscribers.isEmpty() && !encoded.isEmpty()) {
      if (FeedHistory.frameEnd(encoded, 0) == encoded.size()) {
        broadcast(codec.batchFrame(encoded, newSeries, null, -1, false, -1, -1));
      } else {
        // Too big for one frame: several, each describing the series whose first update it has.
        int from = 0;
        while (from < encoded.size()) {
          int to = FeedHistory.frameEnd(encoded, from);
          broadcast(codec.batchFrame(encoded.subList(from, to),
              catalogue.addedBetween(firstSeq + from, firstSeq + to - 1),
              null, -1, false, -1, -1));
          from = to;
        }
      }
    }
    longPolls.wake();
  }

  /**
   * Greets a new push client and, when it asks to resume after {@code after} (>= 0), sends what it
   * missed, or a gap frame for what history no longer holds, before any live frame.
   */
  synchronized void attach(FeedSubscriber subscriber, long after) {
    long last = history.last();
    if (!subscriber.send(
        codec.helloFrame(serverName, streamId, last, heartbeatMillis, history.oldest(),
            catalogue.addedSoFar()))) {
      return;
    }
    if (after >= 0 && after < last) {
      long cursor = after;
      while (cursor < last) {
        FeedHistory.Slice slice = history.after(cursor, BACKLOG_FRAME_UPDATES);
        boolean gap = slice.gapFrom() > 0;
        if (gap && !subscriber.send(codec.gapFrame(slice.gapFrom(), slice.gapTo()))) {
          return;
        }
        if (!slice.updates().isEmpty() && !subscriber.send(codec.batchFrame(slice.updates(),
            seriesOf(slice), null, -1, false, -1, -1))) {
          return;
        }
        cursor = slice.coveredTo();
      }
    }
    subscribers.add(subscriber);
  }

  /** The series whose first update is in {@code slice}. */
  List<String> seriesOf(FeedHistory.Slice slice) {
    return catalogue.addedBetween(slice.firstSeq(), slice.firstSeq() + slice.updates().size() - 1);
  }

  void detach(FeedSubscriber subscriber) {
    subscribers.remove(subscriber);
  }

  /** Tells every push client the feed is alive and where it stands. */
  synchronized void heartbeat(long serverTimeMicros) {
    String frame = codec.heartbeatFrame(serverTimeMicros, history.last());
    for (FeedSubscriber s : subscribers) {
      if (!s.sendHeartbeat(frame)) {
        drop(s);
      }
    }
  }

  /** Closes every push client (server shutting down). */
  void closeAll(String reason) {
    for (FeedSubscriber s : subscribers) {
      subscribers.remove(s);
      s.close(reason);
    }
  }

  /** Push clients closed because they could not keep up. */
  long slowClientsClosed() {
    return slowClosed.get();
  }

  private void broadcast(String frame) {
    for (FeedSubscriber s : subscribers) {
      if (!s.send(frame)) {
        drop(s);
      }
    }
  }

  private void drop(FeedSubscriber s) {
    subscribers.remove(s);
    slowClosed.incrementAndGet();
    s.close("client too slow: more than the send queue allows is waiting");
  }
}
