package org.livedash.transport;

import java.util.function.Supplier;
import org.livedash.feed.DecodedFrame;
import org.livedash.feed.UpdateBatch;
import org.livedash.model.FeedPosition;
import org.livedash.model.ResumePoint;

/**
 * A feed position kept by a client that counts updates instead of storing them (the many bare
 * clients of {@code livedash compare}, a benchmark's peer): it follows each frame through the
 * same {@link FeedPosition} rules as the dashboard, so its polls and reconnects move on exactly
 * as the dashboard's do. Thread-safe.
 */
public final class FollowedPosition implements Supplier<ResumePoint> {
  private final FeedPosition position = new FeedPosition();

  /** Asks for the server's whole history rather than the live feed. */
  public synchronized FollowedPosition fromStart() {
    position.announce(null, 0);
    return this;
  }

  /** Moves past what the frame accounted for. */
  public synchronized void follow(DecodedFrame frame) {
    if (frame.isRejected()) {
      return;
    }
    if (frame.last() >= 0) {
      position.announce(frame.stream(), frame.last());
    }
    if (frame.hasGap()) {
      position.skipTo(frame.gapTo());
    }
    UpdateBatch updates = frame.updates();
    for (int i = 0, n = updates.size(); i < n; i++) {
      position.advance(updates.seq(i));
    }
  }

  @Override
  public synchronized ResumePoint get() {
    return position.resumePoint();
  }
}
