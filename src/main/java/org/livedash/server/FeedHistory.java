package org.livedash.server;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The last N encoded updates, by sequence number: what polling clients read and what a
 * reconnecting WebSocket client is sent to fill the hole its outage left. Bounded, so a server
 * left running keeps constant memory; a client that asks for something older is told about the
 * gap instead.
 *
 * <p>Thread-safe.
 */
final class FeedHistory {
  /**
   * Most characters of encoded updates one frame or answer carries (256 KiB), whatever the
   * count asked for: a fast feed, or updates with long names, never makes a frame a client
   * refuses as too big (protocol: frames stay under 1 MiB). One update always fits.
   */
  static final int FRAME_CHARS = 256 * 1024;

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
    if (seq != last + 1) {
      throw new IllegalArgumentException("expected seq " + (last + 1) + " but got " + seq);
    }
    ring[(int) (seq % ring.length)] = encoded;
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

  /** Up to {@code limit} updates after {@code after}, and whether some are no longer held. */
  synchronized Slice after(long after, int limit) {
    // 'after' at or beyond the newest number asks for nothing (and must not overflow).
    long from = after >= last ? last + 1 : Math.max(after + 1, 1);
    long gapFrom = -1;
    long gapTo = -1;
    if (from < oldest && last > 0) {
      gapFrom = from;
      gapTo = Math.min(oldest - 1, last);
      from = oldest;
    }
    long to = Math.min(last, from + limit - 1);
    List<String> out = new ArrayList<>((int) Math.max(0, to - from + 1));
    for (long s = from; s <= to; s++) {
      out.add(ring[(int) (s % ring.length)]);
    }
    // No more than one frame's worth, whatever the count asked for.
    int fits = frameEnd(out, 0);
    List<String> sent = fits == out.size() ? out : out.subList(0, fits);
    return new Slice(sent, from, last, from + fits - 1 < last, gapFrom, gapTo);
  }

  /**
   * Where the frame that starts at {@code from} of {@code encoded} ends (exclusive): as many
   * updates as fit in {@link #FRAME_CHARS}, at least one.
   */
  static int frameEnd(List<String> encoded, int from) {
    long chars = 0;
    int i = from;
    while (i < encoded.size()) {
      chars += encoded.get(i).length() + 1;
      if (chars > FRAME_CHARS && i > from) {
        break;
      }
      i++;
    }
    return i;
  }

  /**
   * A read from the history.
   *
   * @param updates encoded updates in sequence order
   * @param firstSeq the sequence number of the first of them
   * @param last the newest sequence number the server has
   * @param more whether updates beyond the limit are waiting
   * @param gapFrom first requested sequence number no longer held, -1 if none
   * @param gapTo last sequence number no longer held, -1 if none
   */
  record Slice(
      List<String> updates, long firstSeq, long last, boolean more, long gapFrom, long gapTo) {

    /** The last sequence number this slice accounts for, by an update or by its gap. */
    long coveredTo() {
      return updates.isEmpty() ? Math.max(gapTo, firstSeq - 1) : firstSeq + updates.size() - 1;
    }
  }
}
