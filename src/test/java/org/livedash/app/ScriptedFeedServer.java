package org.livedash.app;

import java.util.List;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;

/**
 * A feed server for tests that sends a fixed script of text frames to each WebSocket client and
 * answers polls with a fixed body: a way to put malformed input on the wire.
 */
final class ScriptedFeedServer implements AutoCloseable {
  private final Server server = new Server();
  private final ServerConnector connector = new ServerConnector(server);

  ScriptedFeedServer(String catalogueJson, List<String> pushFrames, String pollBody)
      throws Exception {
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    ContextHandler context = new ContextHandler("/");
    WebSocketUpgradeHandler ws = WebSocketUpgradeHandler.from(server, context, c ->
        c.addMapping("/feed", (req, resp, cb) -> new ScriptedSocket(pushFrames)));
    ws.setHandler(new Handler.Abstract.NonBlocking() {
      @Override
      public boolean handle(Request request, Response response, Callback callback) {
        String path = Request.getPathInContext(request);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        Content.Sink.write(response, true, path.equals("/api/series") ? catalogueJson : pollBody,
            callback);
        return true;
      }
    });
    context.setHandler(ws);
    server.setHandler(context);
    server.start();
  }

  String url() {
    return "ws://127.0.0.1:" + connector.getLocalPort() + "/feed";
  }

  @Override
  public void close() throws Exception {
    server.stop();
  }

  /** Sends the script once the connection opens, then stays open. */
  public static final class ScriptedSocket implements Session.Listener.AutoDemanding {
    private final List<String> frames;

    ScriptedSocket(List<String> frames) {
      this.frames = frames;
    }

    @Override
    public void onWebSocketOpen(Session session) {
      for (String f : frames) {
        session.sendText(f, org.eclipse.jetty.websocket.api.Callback.NOOP);
      }
    }
  }
}
