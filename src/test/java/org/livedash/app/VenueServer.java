package org.livedash.app;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;

/**
 * A stand-in for a venue's WebSocket feed, on loopback, for tests: it accepts any path, keeps
 * what each client asked for (the address and its query, the headers, every message it sent),
 * and once a client has sent {@code waitFor} messages (its login and subscriptions) sends it a
 * fixed script of messages in the venue's documented shapes.
 */
public final class VenueServer implements AutoCloseable {
  private final Server server = new Server();
  private final ServerConnector connector = new ServerConnector(server);
  final List<String> received = new CopyOnWriteArrayList<>();
  public final List<String> requests = new CopyOnWriteArrayList<>();
  final List<List<String>> headers = new CopyOnWriteArrayList<>();
  private final List<Session> open = new CopyOnWriteArrayList<>();

  public VenueServer(List<String> script, int waitFor) throws Exception {
    this(script, waitFor, 0);
  }

  /**
   * @param closeCode a close code sent after the script (1001: the venue's daily cut), 0 to
   *     stay open
   */
  public VenueServer(List<String> script, int waitFor, int closeCode) throws Exception {
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    ContextHandler context = new ContextHandler("/");
    WebSocketUpgradeHandler ws = WebSocketUpgradeHandler.from(server, context, c ->
        c.addMapping("/*", (req, resp, cb) -> {
          requests.add(req.getHttpURI().getPath()
              + (req.getHttpURI().getQuery() == null ? "" : "?" + req.getHttpURI().getQuery()));
          headers.add(req.getHeaders().stream().map(f -> f.getName() + ": " + f.getValue())
              .toList());
          return new Venue(script, waitFor, closeCode);
        }));
    context.setHandler(ws);
    server.setHandler(context);
    server.start();
  }

  /** The address with the port it listens on: {@code ws://127.0.0.1:PORT}. */
  public String origin() {
    return "ws://127.0.0.1:" + connector.getLocalPort();
  }

  @Override
  public void close() throws Exception {
    server.stop();
  }

  /** Sends {@code message} to every client connected now, as the venue's next message. */
  void send(String message) {
    for (Session s : open) {
      if (s.isOpen()) {
        s.sendText(message, Callback.NOOP);
      }
    }
  }

  /** One client's connection. */
  public final class Venue implements Session.Listener.AutoDemanding {
    private final List<String> script;
    private final int waitFor;
    private final int closeCode;
    private Session session;
    private int heard;

    Venue(List<String> script, int waitFor, int closeCode) {
      this.script = script;
      this.waitFor = waitFor;
      this.closeCode = closeCode;
    }

    @Override
    public void onWebSocketOpen(Session s) {
      session = s;
      open.add(s);
      if (waitFor == 0) {
        sendScript();
      }
    }

    @Override
    public void onWebSocketText(String message) {
      received.add(message);
      if (++heard == waitFor) {
        sendScript();
      }
    }

    private void sendScript() {
      for (String m : script) {
        session.sendText(m, Callback.NOOP);
      }
      if (closeCode != 0) {
        session.close(closeCode, "scripted", Callback.NOOP);
      }
    }
  }
}
