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
import org.livedash.feed.FrameWriter;

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
  private final WireMeter meter;
  /** This connection's counts, null if the meter does not know it. */
  private volatile WireMeter.Connection wire;
  private final AtomicInteger pending = new AtomicInteger();
  private final AtomicBoolean closing = new AtomicBoolean();
  private volatile Session session;
  private volatile boolean closed;

  FeedSocket(FeedHub hub, ScheduledExecutorService timer, WireMeter meter) {
    this.hub = hub;
    this.timer = timer;
    this.meter = meter;
  }

  @Override
  public void onWebSocketOpen(Session session) {
    this.session = session;
    WireMeter.Connection c = meter.of(session.getRemoteSocketAddress());
    if (c != null) {
      c.use(WireMeter.Use.WEBSOCKET);
      wire = c;
    }
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

  /**
   * Adds this connection's counts to the heartbeat when nothing sent before it is still waiting
   * to be written, so the counts cover exactly what the client received before it; otherwise
   * the heartbeat goes plain and the next one reports.
   */
  @Override
  public boolean sendHeartbeat(String heartbeat) {
    WireMeter.Connection c = wire;
    if (c == null || pending.get() > 0) {
      return send(heartbeat);
    }
    String reported = FrameWriter.withWire(heartbeat, c.in(), c.out());
    c.excludeReport(frameBytes(reported) - frameBytes(heartbeat));
    return send(reported);
  }

  /** A server frame's size on the wire: an unmasked header and the (ASCII) text. */
  static long frameBytes(String asciiText) {
    int n = asciiText.length();
    return n + (n < 126 ? 2 : n <= 0xFFFF ? 4 : 10);
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
