package org.livedash.server;

import java.util.List;
import java.util.Map;
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

  private final FeedHub hub;
  private volatile Session session;

  FeedSocket(FeedHub hub) {
    this.hub = hub;
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
    if (s == null || !s.isOpen()) {
      return false;
    }
    // Jetty queues the frame and refuses it once maxOutgoingFrames are waiting; the failure
    // callback closes the connection so the client reconnects and resumes from history.
    s.sendText(frame, Callback.from(() -> {}, failure -> close("send failed: " + failure)));
    return true;
  }

  @Override
  public void close(String reason) {
    Session s = session;
    if (s != null && s.isOpen()) {
      String r = reason.length() > 120 ? reason.substring(0, 120) : reason;
      s.close(StatusCode.TRY_AGAIN_LATER, r, Callback.NOOP);
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
