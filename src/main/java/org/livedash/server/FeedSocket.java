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
import org.eclipse.jetty.websocket.common.WebSocketSession;
import org.eclipse.jetty.websocket.core.CoreSession;
import org.eclipse.jetty.websocket.core.Frame;
import org.eclipse.jetty.websocket.core.OpCode;
import org.livedash.feed.FrameWriter;

/**
 * One push client's WebSocket endpoint on the server. It reads the {@code after}, {@code
 * stream} and {@code status} query parameters, then only sends; what the client sends is
 * ignored (and a message over a few KiB closes the connection). Frames broadcast to every
 * client are written from bytes encoded once. Public only because Jetty calls its listener
 * methods through method handles.
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
  /** This client's place among the push clients the server allows; given back once, on close. */
  private final PushSlots.Slot slot;
  /** This connection's counts, null if the meter does not know it. */
  private volatile WireMeter.Connection wire;
  private final AtomicInteger pending = new AtomicInteger();
  private final AtomicBoolean closing = new AtomicBoolean();
  private volatile Session session;
  /** Where frames are written as bytes already encoded; null until open. */
  private volatile CoreSession core;
  private volatile boolean closed;
  private volatile boolean wantsStatus;
  private volatile boolean wantsAlerts;

  FeedSocket(FeedHub hub, ScheduledExecutorService timer, WireMeter meter, PushSlots.Slot slot) {
    this.hub = hub;
    this.timer = timer;
    this.meter = meter;
    this.slot = slot;
  }

  @Override
  public void onWebSocketOpen(Session session) {
    this.session = session;
    this.core = session instanceof WebSocketSession w ? w.getCoreSession() : null;
    WireMeter.Connection c = meter.of(session.getRemoteSocketAddress());
    if (c != null) {
      c.use(WireMeter.Use.WEBSOCKET);
      wire = c;
    }
    Map<String, List<String>> params = session.getUpgradeRequest().getParameterMap();
    long after;
    String stream;
    try {
      after = parseAfter(params);
      stream = QueryNumbers.single("stream", params.get("stream"));
      wantsStatus = "1".equals(QueryNumbers.single("status", params.get("status")));
      wantsAlerts = "1".equals(QueryNumbers.single("alerts", params.get("alerts")));
    } catch (QueryNumbers.BadQuery e) {
      session.close(StatusCode.POLICY_VIOLATION, e.getMessage(), Callback.NOOP);
      return;
    }
    hub.attach(this, hub.resumeFrom(after, stream));
  }

  /**
   * Clients send nothing: a message is read, within the server's small inbound limit (a larger
   * one closes the connection with 1009), and ignored.
   */
  @Override
  public void onWebSocketText(String message) {
    // Nothing a client says changes what it is sent.
  }

  /** As {@link #onWebSocketText}: read within the limit, and ignored. */
  @Override
  public void onWebSocketBinary(java.nio.ByteBuffer payload, Callback callback) {
    callback.succeed();
  }

  @Override
  public void onWebSocketClose(int statusCode, String reason) {
    closed = true;
    hub.detach(this);
    slot.release();
  }

  @Override
  public void onWebSocketError(Throwable cause) {
    LOG.log(Level.FINE, "push client failed", cause);
    hub.detach(this);
    slot.release();
  }

  @Override
  public boolean wantsStatus() {
    return wantsStatus;
  }

  @Override
  public boolean wantsAlerts() {
    return wantsAlerts;
  }

  @Override
  public boolean send(OutFrame frame) {
    Session s = session;
    if (s == null || !s.isOpen() || pending.get() >= MAX_PENDING_FRAMES) {
      // The hub closes a client that cannot take more; it resumes from history on reconnecting.
      return false;
    }
    pending.incrementAndGet();
    CoreSession c = core;
    if (c != null) {
      c.sendFrame(new Frame(OpCode.TEXT, frame.bytes()), org.eclipse.jetty.util.Callback.from(
          pending::decrementAndGet, this::sendFailed), false);
    } else {
      s.sendText(frame.text(), Callback.from(pending::decrementAndGet, this::sendFailed));
    }
    return true;
  }

  private void sendFailed(Throwable failure) {
    pending.decrementAndGet();
    close(TRY_AGAIN_LATER, "send failed: " + failure);
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
      return send(new OutFrame(heartbeat));
    }
    String reported = FrameWriter.withWire(heartbeat, c.in(), c.out());
    c.excludeReport(frameBytes(reported) - frameBytes(heartbeat));
    return send(new OutFrame(reported));
  }

  /** A server frame's size on the wire: an unmasked header and the (ASCII) text. */
  static long frameBytes(String asciiText) {
    int n = asciiText.length();
    return n + (n < 126 ? 2 : n <= 0xFFFF ? 4 : 10);
  }

  @Override
  public void close(int status, String reason) {
    Session s = session;
    if (s == null || !closing.compareAndSet(false, true)) {
      return;
    }
    String r = reason.length() > 120 ? reason.substring(0, 120) : reason;
    s.close(status, r, Callback.NOOP);
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

  /** The {@code after} parameter, or -1 when absent (live feed only). */
  static long parseAfter(Map<String, List<String>> params) throws QueryNumbers.BadQuery {
    String value = QueryNumbers.single("after", params.get("after"));
    return value == null ? -1 : QueryNumbers.whole("after", value);
  }
}
