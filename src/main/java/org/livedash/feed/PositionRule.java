package org.livedash.feed;

/**
 * The one rule by which a received frame moves a client's place in the feed: what it announces,
 * what it skips and which updates it brings, in that order. The dashboard's store and the clients
 * that only count (the comparison's, the wire view's) both follow frames through it, so their
 * polls and reconnects cannot drift apart.
 */
public final class PositionRule {
  /** Whoever keeps the position, told what a frame means for it. */
  public interface Steps {
    /** The server said where its feed stands, in which stream ({@code hello}, polling answer). */
    void announce(String stream, long last);

    /** The server will never deliver the numbers up to {@code to}. */
    void skipTo(long to);

    /** Update {@code i} of {@code updates} arrived. */
    void update(UpdateBatch updates, int i);
  }

  private PositionRule() {
  }

  /**
   * Moves {@code steps} as {@code frame} says. A heartbeat's {@code last} only tells that the feed
   * is alive (it names no stream), so it moves nothing; nor do a rejected frame, a status or an
   * error.
   */
  public static void follow(DecodedFrame frame, Steps steps) {
    if (frame.isRejected()) {
      return;
    }
    switch (frame.type()) {
      case HELLO -> steps.announce(frame.stream(), frame.last());
      case GAP -> {
        if (frame.hasGap()) {
          steps.skipTo(frame.gapTo());
        }
      }
      case BATCH -> batch(frame, steps);
      default -> { }
    }
  }

  private static void batch(DecodedFrame frame, Steps steps) {
    // Only a polling answer carries 'last': where the feed stands, and in which stream.
    boolean pollingAnswer = frame.last() >= 0;
    if (pollingAnswer) {
      steps.announce(frame.stream(), frame.last());
    }
    if (frame.hasGap()) {
      steps.skipTo(frame.gapTo());
    }
    UpdateBatch updates = frame.updates();
    for (int i = 0, n = updates.size(); i < n; i++) {
      steps.update(updates, i);
    }
    if (pollingAnswer && !frame.more() && !frame.rejections().isEmpty()) {
      // A complete answer accounted for everything up to 'last', its rejected updates too: the
      // next poll does not ask for them again.
      steps.skipTo(frame.last());
    }
  }
}
