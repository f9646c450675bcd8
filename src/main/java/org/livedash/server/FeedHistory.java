package org.livedash.server;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.livedash.feed.Utf8;

/**
 * The last N encoded updates, by sequence number: what polling clients read and what a
 * reconnecting WebSocket client is sent to fill the hole its outage left. Bounded, so a server
 * left running keeps constant memory; a client that asks for something older is told about the
 * gap instead. A number issued for readings the server could not deliver (a hole the source or
 * relay declared) is held as such and read as part of a gap, never as an update.
 *
 * <p>Thread-safe.
 */
final class FeedHistory {
  /**
   * Most bytes of encoded updates (and of the series descriptions they bring) one frame or
   * answer carries, 256 KiB, whatever the count asked for: a fast feed, or updates with long
   * names, never makes a frame a client refuses as too big (protocol: frames stay under 1 MiB).
   * One update always fits.
   */
  static final int FRAME_BYTES = 256 * 1024;

  /** Encoded updates by sequence number; null where the number is a declared hole. */
  private final String[] ring;
  private long oldest = 1;
  private long last;

  FeedHistory(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("history capacity must be positive: " + capacity);
    }
    ring = new String[capacity];
  }

  /** Stores the update with the next sequence number. */
  synchronized void append(long seq, String encoded) {
    expectNext(seq);
    ring[(int) (seq % ring.length)] = encoded;
    moveTo(seq);
  }

  /** Stores numbers {@code from} to {@code to} as a hole: readings that will never be sent. */
  synchronized void appendHole(long from, long to) {
    expectNext(from);
    if (to < from) {
      throw new IllegalArgumentException("an empty hole: " + from + " to " + to);
    }
    for (long s = Math.max(from, to - ring.length + 1); s <= to; s++) {
      ring[(int) (s % ring.length)] = null;
    }
    moveTo(to);
  }

  private void expectNext(long seq) {
    if (seq != last + 1) {
      throw new IllegalArgumentException("expected seq " + (last + 1) + " but got " + seq);
    }
  }

  private void moveTo(long seq) {
    last = seq;
    if (last - oldest + 1 > ring.length) {
      oldest = last - ring.length + 1;
    }
  }

  /**
   * Starts over after {@code newLast}: what was held is dropped, and the next update to append
   * is {@code newLast + 1} (a new stream, or a shared history joined part way).
   */
  synchronized void restartAfter(long newLast) {
    Arrays.fill(ring, null);
    last = newLast;
    oldest = newLast + 1;
  }

  synchronized long last() {
    return last;
  }

  /** The oldest sequence number still held (1 + last when empty). */
  synchronized long oldest() {
    return last == 0 ? 1 : oldest;
  }

  /**
   * Up to {@code limit} consecutive updates after {@code after}, and what before them the client
   * will never get: numbers no longer held, and holes. A slice stops before a hole; the next one
   * starts with it as its gap.
   */
  synchronized Slice after(long after, int limit) {
    // 'after' at or beyond the newest number asks for nothing (and must not overflow).
    long from = after >= last ? last + 1 : Math.max(after + 1, 1);
    long gapFrom = -1;
    long gapTo = -1;
    long lost = 0;
    if (from < oldest && last > 0) {
      gapFrom = from;
      gapTo = Math.min(oldest - 1, last);
      from = oldest;
    }
    while (from <= last && ring[(int) (from % ring.length)] == null) {
      gapFrom = gapFrom < 0 ? from : gapFrom;
      gapTo = from;
      lost++;
      from++;
    }
    List<String> out = new ArrayList<>();
    long bytes = 0;
    for (long s = from; s <= last && out.size() < limit; s++) {
      String u = ring[(int) (s % ring.length)];
      if (u == null) {
        break;
      }
      bytes += Utf8.length(u) + 1;
      // No more than one frame's worth, whatever the count asked for.
      if (bytes > FRAME_BYTES && !out.isEmpty()) {
        break;
      }
      out.add(u);
    }
    return new Slice(out, from, last, from + out.size() - 1 < last, gapFrom, gapTo, lost);
  }

  /**
   * A read from the history.
   *
   * @param updates encoded updates in sequence order, consecutive
   * @param firstSeq the sequence number of the first of them
   * @param last the newest sequence number the server has
   * @param more whether updates beyond the limit are waiting
   * @param gapFrom first requested sequence number the client will never get, -1 if none
   * @param gapTo last such sequence number, -1 if none
   * @param lost how many numbers of the gap are holes (declared lost), not just old
   */
  record Slice(List<String> updates, long firstSeq, long last, boolean more, long gapFrom,
      long gapTo, long lost) {

    /** The last sequence number this slice accounts for, by an update or by its gap. */
    long coveredTo() {
      return updates.isEmpty() ? Math.max(gapTo, firstSeq - 1) : firstSeq + updates.size() - 1;
    }

    /** This slice with only its first {@code n} updates, the rest left for the next read. */
    Slice cut(int n) {
      return n >= updates.size() ? this
          : new Slice(updates.subList(0, n), firstSeq, last, true, gapFrom, gapTo, lost);
    }
  }
}
