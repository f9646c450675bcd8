package org.livedash.app;

import java.time.Duration;
import org.livedash.feed.FeedEndpoints;
import org.livedash.model.ConnectionStatus;
import org.livedash.model.FeedMode;
import org.livedash.transport.ConnectionSupervisor;
import org.livedash.ui.FeedControl;

/** Lets the dashboard drive the connection supervisor through the UI's own small interface. */
final class SupervisorControl implements FeedControl {
  private final ConnectionSupervisor supervisor;
  private final FeedEndpoints embedded;
  private final boolean offersPolling;
  private volatile FeedEndpoints endpoints;

  /** @param embedded the in-process demo server's endpoints, or null when there is none */
  SupervisorControl(ConnectionSupervisor supervisor, FeedEndpoints endpoints,
      FeedEndpoints embedded) {
    this(supervisor, endpoints, embedded, true);
  }

  /** @param offersPolling false for a feed in its own JSON shape, which is pushed only */
  SupervisorControl(ConnectionSupervisor supervisor, FeedEndpoints endpoints,
      FeedEndpoints embedded, boolean offersPolling) {
    this.supervisor = supervisor;
    this.endpoints = endpoints;
    this.embedded = embedded;
    this.offersPolling = offersPolling;
  }

  @Override
  public boolean offersPolling() {
    return offersPolling;
  }

  @Override
  public String feedDescription() {
    FeedEndpoints e = endpoints;
    if (embedded != null && embedded.websocket().equals(e.websocket())) {
      return "Embedded demo feed";
    }
    return "Feed at " + e.websocket().getHost() + (e.websocket().getPort() < 0 ? ""
        : ":" + e.websocket().getPort());
  }

  @Override
  public ConnectionStatus status() {
    return supervisor.status();
  }

  @Override
  public String currentUrl() {
    return endpoints.websocket().toString();
  }

  @Override
  public void connect(String url, FeedMode mode, Duration pollInterval) {
    FeedEndpoints target = FeedEndpoints.fromUrl(url);
    endpoints = target;
    supervisor.connect(target, mode, pollInterval);
  }

  @Override
  public void switchMode(FeedMode mode, Duration pollInterval) {
    supervisor.switchMode(mode, pollInterval);
  }

  @Override
  public void disconnect() {
    supervisor.disconnect();
  }
}
