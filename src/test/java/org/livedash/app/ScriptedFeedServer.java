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
 * A feed server for tests that sends a fixed script of text frames to each WebSocket client (and
 * then, if asked, closes with a given code) and answers polls with a fixed status and body: a
 * way to put malformed input and refusals on the wire.
 */
final class ScriptedFeedServer implements AutoCloseable {
  private final Server server = new Server();
  private final ServerConnector connector = new ServerConnector(server);

  ScriptedFeedServer(String catalogueJson, List<String> pushFrames, String pollBody)
      throws Exception {
    this(catalogueJson, pushFrames, 0, 200, pollBody);
  }

  /**
   * @param closeCode a WebSocket close code sent after the script, 0 to stay open
   * @param pollStatus the HTTP status of every answer to {@code /api/updates}
   */
  ScriptedFeedServer(String catalogueJson, List<String> pushFrames, int closeCode,
      int pollStatus, String pollBody) throws Exception {
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    ContextHandler context = new ContextHandler("/");
    WebSocketUpgradeHandler ws = WebSocketUpgradeHandler.from(server, context, c ->
        c.addMapping("/feed", (req, resp, cb) -> new ScriptedSocket(pushFrames, closeCode)));
    ws.setHandler(new Handler.Abstract.NonBlocking() {
      @Override
      public boolean handle(Request request, Response response, Callback callback) {
        String path = Request.getPathInContext(request);
        boolean catalogue = path.equals("/api/series");
        response.setStatus(catalogue ? 200 : pollStatus);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        Content.Sink.write(response, true, catalogue ? catalogueJson : pollBody, callback);
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

  /** Sends the script once the connection opens, then stays open or closes with a code. */
  public static final class ScriptedSocket implements Session.Listener.AutoDemanding {
    private final List<String> frames;
    private final int closeCode;

    ScriptedSocket(List<String> frames, int closeCode) {
      this.frames = frames;
      this.closeCode = closeCode;
    }

    @Override
    public void onWebSocketOpen(Session session) {
      for (String f : frames) {
        session.sendText(f, org.eclipse.jetty.websocket.api.Callback.NOOP);
      }
      if (closeCode != 0) {
        session.close(closeCode, "scripted", org.eclipse.jetty.websocket.api.Callback.NOOP);
      }
    }
  }
}
