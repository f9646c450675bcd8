package org.livedash.server;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.internal.HttpConnection;

/**
 * A request's line and headers must arrive within a few seconds of their first byte. Jetty's
 * idle timeout starts again with every byte, so a client sending a byte every two seconds
 * (slowloris) would otherwise hold a connection, and a thread's worth of state, for ever; a
 * connection still in its headers past the deadline is closed. Connections that wait between
 * requests are the idle timeout's business, upgraded ones the WebSocket's.
 */
final class HeaderDeadline implements Connection.Listener {
  private final long deadlineNanos;
  /** Open HTTP connections, and since when each has been in the middle of headers (0: not). */
  private final Map<HttpConnection, Long> open = new ConcurrentHashMap<>();

  HeaderDeadline(long deadlineMillis, ScheduledExecutorService timer) {
    this.deadlineNanos = deadlineMillis * 1_000_000L;
    long sweep = Math.max(100, deadlineMillis / 4);
    timer.scheduleWithFixedDelay(this::sweep, sweep, sweep, TimeUnit.MILLISECONDS);
  }

  @Override
  public void onOpened(Connection connection) {
    if (connection instanceof HttpConnection http) {
      open.put(http, 0L);
    }
  }

  @Override
  public void onClosed(Connection connection) {
    if (connection instanceof HttpConnection http) {
      open.remove(http);
    }
  }

  private void sweep() {
    long now = System.nanoTime();
    open.forEach((c, since) -> {
      boolean inHeaders = !c.getParser().isStart() && c.getParser().inHeaderState();
      if (!inHeaders) {
        open.replace(c, since, 0L);
      } else if (since == 0) {
        open.replace(c, 0L, now);
      } else if (now - since > deadlineNanos) {
        open.remove(c);
        c.getEndPoint().close();
      }
    });
  }
}
