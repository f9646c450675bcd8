package org.livedash.model;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Where this client stands in a feed: the endpoint, the server's stream (its sequence's epoch:
 * new whenever the numbering starts again) and the last sequence number accounted for. It is the
 * one place that decides whether an update is the next one, a repeat, after a hole, or not
 * believable, what to ask a server for on reconnecting, and when a server has started a new
 * stream, so the chart never joins two streams and never skips a number silently.
 *
 * <p>Not thread-safe: {@link SeriesStore} guards it with its lock.
 */
public final class FeedPosition {
  /**
   * The furthest a sequence number may run ahead of both the position and the last number the
   * server announced: about three minutes of a 100 000 updates/s feed. One corrupt number beyond
   * it is rejected instead of adopted, which would make every later update look like a repeat.
   */
  public static final long MAX_SEQ_JUMP = 1L << 24;
  /** Returned by {@link #advance} for a number at or below the position. */
  public static final long DUPLICATE = -1;
  /** Returned by {@link #advance} and {@link #skipTo} for a number too far ahead to believe. */
  public static final long IMPLAUSIBLE = -2;
  /**
   * Returned by {@link #advanceMapped} for a number not above the last that comes with a newer
   * time of its own: the feed numbers the series afresh (a venue restarted its counter).
   */
  public static final long RENUMBERED = -3;
  /** The counter of a mapped feed's feed-wide sequence, beside the per-series ones. */
  private static final String FEED_COUNTER = "\u0000feed";

  /** What a server's announcement of its position meant for this client. */
  public enum Announcement {
    /** The first position on this endpoint: the client starts there. */
    FIRST,
    /** The same stream, continuing. */
    CONTINUES,
    /** A new stream (or a sequence that went back): the client starts over in it. */
    RESTARTED
  }

  private String endpoint;
  private String stream;
  private long seq;
  private boolean known;
  private long announced;
  /** Whether a first connection asks for the server's history, not only the live feed. */
  private final boolean historyFirst;
  /** Asked for history and nothing of it has come yet: where it begins is not a hole. */
  private boolean atHistoryStart;
  /** Whether this endpoint was found to name no stream (protocol 1.0), once said. */
  private boolean unnamedSaid;
  /** For feeds that number each series on its own: the last number per series. */
  private final Map<String, long[]> seriesSeq = new HashMap<>();

  /** A position that starts with the live feed. */
  public FeedPosition() {
    this(false);
  }

  /**
   * @param historyFirst whether a first connection asks for everything the server keeps, so a
   *     dashboard opens with its charts filled
   */
  public FeedPosition(boolean historyFirst) {
    this.historyFirst = historyFirst;
  }

  /**
   * Prepares for a connection to {@code endpointKey}; a different endpoint than before starts
   * from nothing. Returns whether the position was reset.
   */
  public boolean bindEndpoint(String endpointKey) {
    if (Objects.equals(endpointKey, endpoint)) {
      return false;
    }
    endpoint = endpointKey;
    stream = null;
    seq = 0;
    known = false;
    announced = 0;
    atHistoryStart = false;
    unnamedSaid = false;
    seriesSeq.clear();
    return true;
  }

  /**
   * Whether the server just announced itself without a stream (protocol 1.0) for the first time
   * on this endpoint: such a server cannot tell a client of a restart that already passed the
   * client's position, which the client says once.
   */
  public boolean firstUnnamed(String serverStream) {
    if (serverStream != null || unnamedSaid) {
      return false;
    }
    unnamedSaid = true;
    return true;
  }

  /** What to ask the server for on the next connection or poll. */
  public ResumePoint resumePoint() {
    if (known) {
      return new ResumePoint(seq, stream);
    }
    return historyFirst ? ResumePoint.HISTORY : ResumePoint.LIVE;
  }

  /** The last sequence number accounted for, 0 before any. */
  public long seq() {
    return seq;
  }

  /**
   * The server said where its feed stands: in a WebSocket {@code hello}, or in a polling answer.
   * A server of protocol 1.1 that no longer has the client's stream names another one, and sends
   * the new stream from the start of its history; for a protocol 1.0 server, which names none, a
   * sequence that went below the position is the sign of a new stream, continued from its
   * {@code last}. Within a named stream an older {@code last} is a stale answer and is ignored.
   *
   * @param serverStream the stream the server named, null for a protocol 1.0 server
   * @param last the newest sequence number the server has
   */
  public Announcement announce(String serverStream, long last) {
    long newest = Math.max(0, last);
    if (!known) {
      known = true;
      stream = serverStream;
      // Asked for history, the position starts before it; else at the live edge.
      seq = historyFirst ? 0 : newest;
      atHistoryStart = historyFirst;
      announced = newest;
      return Announcement.FIRST;
    }
    boolean otherStream = serverStream != null && stream != null && !serverStream.equals(stream);
    if (otherStream || serverStream == null && newest < seq) {
      announced = newest;
    } else {
      announced = Math.max(announced, newest);
    }
    if (otherStream || serverStream == null && newest < seq) {
      // A new stream is taken from the start of the history the server keeps of it: what fell
      // out of that history before this client came is no loss to it. A protocol 1.0 server
      // names no stream, so a sequence that went back is its only sign.
      stream = serverStream;
      seq = 0;
      atHistoryStart = true;
      return Announcement.RESTARTED;
    }
    // In a named stream the id is the authority: an answer behind the position is stale (a
    // replayed or cached answer) and moves nothing back, so nothing is taken twice.
    stream = serverStream;
    return Announcement.CONTINUES;
  }

  /**
   * Moves to update {@code next}: returns how many numbers were skipped to reach it (0 for the
   * next one), {@link #DUPLICATE}, or {@link #IMPLAUSIBLE}. The first update with no position
   * yet starts the position.
   */
  public long advance(long next) {
    if (!known || atHistoryStart && next > seq) {
      // The first update, or the oldest the server kept: nothing before it was missed.
      known = true;
      atHistoryStart = false;
      seq = next;
      return 0;
    }
    if (next <= seq) {
      return DUPLICATE;
    }
    if (next - Math.max(seq, announced) > MAX_SEQ_JUMP) {
      return IMPLAUSIBLE;
    }
    long skipped = next - seq - 1;
    seq = next;
    return skipped;
  }

  /**
   * Moves a mapped feed's counter for series {@code id} to {@code next}, counted as
   * {@code sequencing} says (one counter for the feed or one per series; consecutive or only
   * increasing): returns the numbers skipped, {@link #DUPLICATE}, {@link #IMPLAUSIBLE}, or
   * {@link #RENUMBERED} when a number not above the last comes with a {@code newer} time.
   *
   * @param newer whether the update's own time is after the series' last; always false for a
   *     feed whose times are arrival times, where a repeat sent again arrives later too
   */
  public long advanceMapped(String id, long next, Sequencing sequencing, boolean newer) {
    String key = sequencing.perSeries() ? id : FEED_COUNTER;
    long r = advance(key, next, sequencing.consecutive());
    if (r == DUPLICATE && newer) {
      seriesSeq.put(key, new long[] {next});
      return RENUMBERED;
    }
    return r;
  }

  private long advance(String id, long next, boolean consecutive) {
    long[] last = seriesSeq.get(id);
    if (last == null) {
      seriesSeq.put(id, new long[] {next});
      return 0;
    }
    if (next <= last[0]) {
      return DUPLICATE;
    }
    if (!consecutive) {
      last[0] = next;
      return 0;
    }
    if (next - last[0] > MAX_SEQ_JUMP) {
      return IMPLAUSIBLE;
    }
    long skipped = next - last[0] - 1;
    last[0] = next;
    return skipped;
  }

  /**
   * The server will never deliver the numbers up to {@code to} (a {@code gap}, or an answer that
   * accounted for them): returns how many numbers were passed over, or {@link #IMPLAUSIBLE}.
   */
  public long skipTo(long to) {
    if (!known || atHistoryStart && to > seq) {
      // Where the server's history begins is not a hole in what this client was promised.
      known = true;
      atHistoryStart = false;
      seq = Math.max(0, to);
      return 0;
    }
    if (to <= seq) {
      return 0;
    }
    if (to - Math.max(seq, announced) > MAX_SEQ_JUMP) {
      return IMPLAUSIBLE;
    }
    long skipped = to - seq;
    seq = to;
    return skipped;
  }
}
