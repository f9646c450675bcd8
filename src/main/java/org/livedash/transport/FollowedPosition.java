package org.livedash.transport;

import java.util.function.Supplier;
import org.livedash.feed.DecodedFrame;
import org.livedash.feed.PositionRule;
import org.livedash.feed.UpdateBatch;
import org.livedash.model.FeedPosition;
import org.livedash.model.ResumePoint;

/**
 * A feed position kept by a client that counts updates instead of storing them (the many bare
 * clients of {@code livedash compare}, a benchmark's peer): it follows each frame through the
 * same {@link PositionRule} and {@link FeedPosition} as the dashboard, so its polls and
 * reconnects move on exactly as the dashboard's do. Thread-safe.
 */
public final class FollowedPosition implements Supplier<ResumePoint> {
  private final FeedPosition position;
  private final PositionRule.Steps steps = new PositionRule.Steps() {
    @Override
    public void announce(String stream, long last) {
      position.announce(stream, last);
    }

    @Override
    public void skipTo(long to) {
      position.skipTo(to);
    }

    @Override
    public void update(UpdateBatch updates, int i) {
      position.advance(updates.seq(i));
    }
  };

  /** A position that starts with the live feed. */
  public FollowedPosition() {
    this(false);
  }

  private FollowedPosition(boolean historyFirst) {
    position = new FeedPosition(historyFirst);
  }

  /** A position that asks for the server's whole history first, as the dashboard's does. */
  public static FollowedPosition fromStart() {
    return new FollowedPosition(true);
  }

  /** Moves past what the frame accounted for, by the dashboard's rule. */
  public synchronized void follow(DecodedFrame frame) {
    PositionRule.follow(frame, steps);
  }

  @Override
  public synchronized ResumePoint get() {
    return position.resumePoint();
  }
}
