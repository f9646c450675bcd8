package org.livedash.transport;

import org.livedash.model.Reason;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The end of a transport's life, reached once: by its owner closing it ({@link
 * FeedListener#onClosed}) or by a failure ({@link FeedListener#onFailure}), whichever comes first,
 * so the listener gets exactly one terminal call however the two race.
 */
public final class TransportEnd {
  private final AtomicBoolean ended = new AtomicBoolean();
  private volatile FeedListener listener;

  /** The listener to notify; set when the transport starts. */
  public void bind(FeedListener feedListener) {
    listener = feedListener;
  }

  public boolean isEnded() {
    return ended.get();
  }

  /** Ends by the owner's wish: releases resources, then tells the listener. */
  public void close(Runnable release) {
    if (ended.compareAndSet(false, true)) {
      release.run();
      FeedListener l = listener;
      if (l != null) {
        l.onClosed();
      }
    }
  }

  /** Ends by failure: releases resources, then tells the listener why. */
  public void fail(Reason reason, Throwable cause, Runnable release) {
    if (ended.compareAndSet(false, true)) {
      release.run();
      FeedListener l = listener;
      if (l != null) {
        l.onFailure(reason, cause);
      }
    }
  }
}
