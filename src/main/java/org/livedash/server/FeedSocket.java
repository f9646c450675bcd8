package org.livedash.server;

import java.util.List;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.api.StatusCode;

/**
 * One push client's WebSocket endpoint on the server. It reads the optional {@code after} query
 * parameter to resume, then only sends; anything the client sends is ignored. Public only
 * because Jetty calls its listener methods through method handles.
 */
public final class FeedSocket implements Session.Listener.AutoDemanding, FeedSubscriber {
  private static final Logger LOG = Logger.getLogger(FeedSocket.class.getName());
  /**
   * Frames handed to Jetty and not yet written before the client counts as too slow: about 2.5 s
   * of the demo feed's 100 frames a second.
   */
  static final int MAX_PENDING_FRAMES = 256;
  /** How long a too slow client gets to take its close frame before the connection is cut. */
  static final long CLOSE_GRACE_MILLIS = 2_000;

  private final FeedHub hub;
  private final ScheduledExecutorService timer;
  private final AtomicInteger pending = new AtomicInteger();
  private final AtomicBoolean closing = new AtomicBoolean();
  private volatile Session session;
  private volatile boolean closed;

  FeedSocket(FeedHub hub, ScheduledExecutorService timer) {
    this.hub = hub;
    this.timer = timer;
  }

  @Override
  public void onWebSocketOpen(Session session) {
    this.session = session;
    long after;
    try {
      after = parseAfter(session.getUpgradeRequest().getParameterMap());
    } catch (NumberFormatException e) {
      session.close(StatusCode.POLICY_VIOLATION, "'after' must be a whole number", Callback.NOOP);
      return;
    }
    hub.attach(this, hub.resumeFrom(after, parseStream(session.getUpgradeRequest()
        .getParameterMap())));
  }

  @Override
  public void onWebSocketClose(int statusCode, String reason) {
    closed = true;
    hub.detach(this);
  }

  @Override
  public void onWebSocketError(Throwable cause) {
    LOG.log(Level.FINE, "push client failed", cause);
    hub.detach(this);
  }

  @Override
  public boolean send(String frame) {
    Session s = session;
    if (s == null || !s.isOpen() || pending.get() >= MAX_PENDING_FRAMES) {
      // The hub closes a client that cannot take more; it resumes from history on reconnecting.
      return false;
    }
    pending.incrementAndGet();
    s.sendText(frame, Callback.from(pending::decrementAndGet, failure -> {
      pending.decrementAndGet();
      close("send failed: " + failure);
    }));
    return true;
  }

  @Override
  public void close(String reason) {
    Session s = session;
    if (s == null || !closing.compareAndSet(false, true)) {
      return;
    }
    String r = reason.length() > 120 ? reason.substring(0, 120) : reason;
    s.close(StatusCode.TRY_AGAIN_LATER, r, Callback.NOOP);
    // The close frame waits behind every frame already queued, which is just what a too slow
    // client cannot drain: cut the connection if the close has not gone through in time.
    try {
      timer.schedule(() -> {
        if (!closed) {
          s.disconnect();
        }
      }, CLOSE_GRACE_MILLIS, TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException e) {
      s.disconnect();
    }
  }

  /** The {@code stream} parameter, or null when absent (a protocol 1.0 client). */
  static String parseStream(Map<String, List<String>> params) {
    List<String> values = params.get("stream");
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** The {@code after} parameter, or -1 when absent (live feed only). */
  static long parseAfter(Map<String, List<String>> params) {
    List<String> values = params.get("after");
    if (values == null || values.isEmpty()) {
      return -1;
    }
    long after = Long.parseLong(values.get(0));
    if (after < 0) {
      throw new NumberFormatException("negative");
    }
    return after;
  }
}
