package org.livedash.feed;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The three addresses of a feed server (WebSocket stream, polling endpoint, catalogue), derived
 * from the one URL a user types. Any of {@code ws://host:port/feed}, {@code http://host:port} or
 * {@code host:port} names the same server.
 */
public record FeedEndpoints(URI websocket, URI updates, URI catalogue) {
  public static final String WS_PATH = "/feed";
  public static final String UPDATES_PATH = "/api/updates";
  public static final String SERIES_PATH = "/api/series";

  /**
   * Derives the endpoints from a server URL.
   *
   * @throws IllegalArgumentException with a one-line reason when the URL is unusable
   */
  public static FeedEndpoints fromUrl(String url) {
    String s = url == null ? "" : url.trim();
    if (s.isEmpty()) {
      throw new IllegalArgumentException("the feed URL is empty");
    }
    if (!s.contains("://")) {
      s = "ws://" + s;
    }
    URI uri;
    try {
      uri = new URI(s);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("'" + url + "' is not a valid URL: " + e.getReason());
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    boolean secure;
    switch (scheme) {
      case "ws", "http" -> secure = false;
      case "wss", "https" -> secure = true;
      default -> throw new IllegalArgumentException(
          "'" + url + "' must start with ws://, wss://, http:// or https://");
    }
    if (uri.getHost() == null || uri.getHost().isEmpty()) {
      throw new IllegalArgumentException("'" + url + "' has no host");
    }
    String authority = uri.getRawAuthority();
    String wsPath =
        scheme.startsWith("ws") && uri.getRawPath() != null && !uri.getRawPath().isEmpty()
            ? uri.getRawPath()
            : WS_PATH;
    String http = secure ? "https://" : "http://";
    return new FeedEndpoints(
        URI.create((secure ? "wss://" : "ws://") + authority + wsPath),
        URI.create(http + authority + UPDATES_PATH),
        URI.create(http + authority + SERIES_PATH));
  }

  /** The same endpoints with the polling address replaced. */
  public FeedEndpoints withUpdates(String pollUrl) {
    URI uri;
    try {
      uri = new URI(pollUrl.trim());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("'" + pollUrl + "' is not a valid URL: " + e.getReason());
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
      throw new IllegalArgumentException("'" + pollUrl + "' must be an http:// or https:// URL");
    }
    return new FeedEndpoints(websocket, uri, catalogue);
  }

  /** The WebSocket address asking the server to resume after {@code seq} (negative: live only). */
  public URI websocketAfter(long seq) {
    return seq < 0 ? websocket : URI.create(websocket + "?after=" + seq);
  }

  /** The polling address for updates after {@code seq} (negative: ask where the feed stands). */
  public URI updatesAfter(long seq, int limit) {
    String base = updates.toString();
    String sep = base.contains("?") ? "&" : "?";
    return seq < 0
        ? URI.create(base + sep + "limit=" + limit)
        : URI.create(base + sep + "after=" + seq + "&limit=" + limit);
  }
}
