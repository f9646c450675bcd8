package org.livedash.bench;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;

/**
 * The floor the relay's fan-out is measured against: a bare Jetty WebSocket endpoint, no
 * history, no resume, no catalogue, no counting, that sends the same frames the relay sends —
 * a batch of one update at the feed's rate, a heartbeat a second — to every client it has, in
 * a loop. Whatever the relay costs above it is what LiveDash adds.
 *
 * <p>{@code java … MinimalBroadcaster PORT UPDATES_PER_SECOND} (run by {@link ScaleBench}).
 */
public final class MinimalBroadcaster {
  private final Set<Session> sessions = ConcurrentHashMap.newKeySet();
  private final AtomicLong seq = new AtomicLong();

  private MinimalBroadcaster() {}

  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(args[0]);
    double rate = Double.parseDouble(args[1]);
    MinimalBroadcaster b = new MinimalBroadcaster();
    Server server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    connector.setPort(port);
    server.addConnector(connector);
    ContextHandler context = new ContextHandler("/");
    context.setHandler(WebSocketUpgradeHandler.from(server, context, c -> {
      c.setIdleTimeout(Duration.ofMinutes(5));
      c.addMapping("/feed", (req, resp, cb) -> b.new Client());
    }));
    server.setHandler(context);
    server.start();
    ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    timer.scheduleAtFixedRate(b::update, 0, Math.round(1e6 / rate), TimeUnit.MICROSECONDS);
    timer.scheduleAtFixedRate(b::heartbeat, 1, 1, TimeUnit.SECONDS);
    server.join();
  }

  private void update() {
    long n = seq.incrementAndGet();
    send("{\"type\":\"batch\",\"updates\":[{\"seq\":" + n + ",\"id\":\"temperature\",\"t\":"
        + System.currentTimeMillis() * 1_000 + ",\"v\":21.5}]}");
  }

  private void heartbeat() {
    send("{\"type\":\"heartbeat\",\"t\":" + System.currentTimeMillis() * 1_000 + ",\"last\":"
        + seq.get() + "}");
  }

  private void send(String frame) {
    for (Session s : sessions) {
      s.sendText(frame, Callback.NOOP);
    }
  }

  /** One client: added on open, gone on close. */
  public final class Client implements Session.Listener.AutoDemanding {
    private Session session;

    @Override
    public void onWebSocketOpen(Session s) {
      session = s;
      sessions.add(s);
    }

    @Override
    public void onWebSocketClose(int status, String reason) {
      sessions.remove(session);
    }
  }
}
