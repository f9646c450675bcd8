package org.livedash.feed;

import org.livedash.model.InvalidInputException;
import org.livedash.model.Reason;
import java.util.ArrayList;
import java.util.List;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.livedash.model.ResumePoint;

/**
 * The three addresses of a feed server (WebSocket stream, polling endpoint, catalogue), derived
 * from the one URL a user types. Any of {@code ws://host:port/feed}, {@code http://host:port} or
 * {@code host:port} names the same server. A path before {@code /feed} (a feed behind a reverse
 * proxy at {@code /livedash/}) prefixes every address, and the URL's query parameters are kept
 * on every request.
 *
 * <p>Several URLs, comma-separated, name relays of one feed ({@code ws://a:8080,ws://b:8080}):
 * the endpoints are the first relay's, and {@link #relays()} lists them all, for a client that
 * fails over between them; being one feed, they share one position (the stream and its
 * sequence, which relays on a shared history agree on).
 *
 * @param alternatives every relay of the feed, this one first; empty for a single server
 */
public record FeedEndpoints(URI websocket, URI updates, URI catalogue,
    List<FeedEndpoints> alternatives) {
  public static final String WS_PATH = "/feed";
  public static final String UPDATES_PATH = "/api/updates";
  /**
   * The polling answer's header with the bytes the server counted on the connection (protocol
   * 1.3): {@code conn=K; in=N; out=M}.
   */
  public static final String WIRE_HEADER = "LiveDash-Wire";
  public static final String SERIES_PATH = "/api/series";
  public static final String TIME_PATH = "/api/time";

  public FeedEndpoints {
    alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
  }

  /** One server's endpoints. */
  public FeedEndpoints(URI websocket, URI updates, URI catalogue) {
    this(websocket, updates, catalogue, List.of());
  }

  /**
   * The endpoints of one server, or of relays of one feed given comma-separated.
   *
   * @throws IllegalArgumentException with a one-line reason when a URL is unusable
   */
  public static FeedEndpoints fromUrls(String urls) {
    String s = urls == null ? "" : urls.trim();
    if (!s.contains(",")) {
      return fromUrl(s);
    }
    List<FeedEndpoints> relays = new ArrayList<>();
    for (String url : s.split(",")) {
      if (!url.isBlank()) {
        relays.add(fromUrl(url));
      }
    }
    FeedEndpoints first = relays.get(0);
    return relays.size() == 1 ? first
        : new FeedEndpoints(first.websocket, first.updates, first.catalogue, relays);
  }

  /** The relays to fail over between, in order: this server alone when there are no others. */
  public List<FeedEndpoints> relays() {
    return alternatives.isEmpty() ? List.of(this) : alternatives;
  }

  /**
   * Derives the endpoints from a server URL.
   *
   * @throws IllegalArgumentException with a one-line reason when the URL is unusable
   */
  public static FeedEndpoints fromUrl(String url) {
    String s = url == null ? "" : url.trim();
    if (s.isEmpty()) {
      throw new InvalidInputException(Reason.of("url.empty"));
    }
    if (!s.contains("://")) {
      s = "ws://" + s;
    }
    URI uri;
    try {
      uri = new URI(s);
    } catch (URISyntaxException e) {
      throw new InvalidInputException(Reason.of("url.invalid", url, e.getReason()));
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    boolean secure;
    switch (scheme) {
      case "ws", "http" -> secure = false;
      case "wss", "https" -> secure = true;
      default -> throw new InvalidInputException(Reason.of("url.scheme", url));
    }
    if (uri.getHost() == null || uri.getHost().isEmpty()) {
      throw new InvalidInputException(Reason.of("url.noHost", url));
    }
    String authority = uri.getRawAuthority();
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    String wsPath;
    String prefix;
    if (scheme.startsWith("ws") && !path.isEmpty() && !path.equals("/")) {
      wsPath = path;
      prefix = path.endsWith(WS_PATH) ? path.substring(0, path.length() - WS_PATH.length()) : "";
    } else {
      prefix = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
      wsPath = prefix + WS_PATH;
    }
    String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
    String http = (secure ? "https://" : "http://") + authority + prefix;
    return new FeedEndpoints(
        URI.create((secure ? "wss://" : "ws://") + authority + wsPath + query),
        URI.create(http + UPDATES_PATH + query),
        URI.create(http + SERIES_PATH + query));
  }

  /**
   * A WebSocket address kept exactly as given — path, query and all, no {@code /feed} added
   * (an empty path is the root, {@code /}) —
   * for a feed in its own JSON shape (an exchange's {@code wss://ws.finnhub.io?token=…}). Its
   * polling and catalogue addresses are those {@link #fromUrl} would derive; such a feed uses
   * neither.
   *
   * @throws IllegalArgumentException with a one-line reason when the address is unusable
   */
  public static FeedEndpoints exactly(String url) {
    FeedEndpoints derived = fromUrl(url);
    String s = url.trim();
    String scheme = s.contains("://") ? s.substring(0, s.indexOf("://")).toLowerCase(Locale.ROOT)
        : "";
    if (!scheme.equals("ws") && !scheme.equals("wss")) {
      throw new InvalidInputException(Reason.of("url.wsScheme", url));
    }
    URI uri = URI.create(s);
    if (uri.getRawPath() == null || uri.getRawPath().isEmpty()) {
      // An empty path is the root (RFC 6455 §3): the request must still name "/".
      uri = URI.create(uri.getScheme() + "://" + uri.getRawAuthority() + "/"
          + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
    }
    return new FeedEndpoints(uri, derived.updates(), derived.catalogue());
  }

  /** The same endpoints with the polling address replaced. */
  public FeedEndpoints withUpdates(String pollUrl) {
    URI uri;
    try {
      uri = new URI(pollUrl.trim());
    } catch (URISyntaxException e) {
      throw new InvalidInputException(Reason.of("url.invalid", pollUrl, e.getReason()));
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
      throw new InvalidInputException(Reason.of("url.httpScheme", pollUrl));
    }
    return new FeedEndpoints(websocket, uri, catalogue, List.of());
  }

  /** The server's clock, beside the catalogue. */
  public URI time() {
    return replacePathEnd(catalogue, SERIES_PATH, TIME_PATH);
  }

  /**
   * The WebSocket address asking the server to resume from {@code from}, and to tell its status
   * as it changes ({@code status=1}, protocol 1.4; older servers ignore it).
   */
  public URI websocketAfter(ResumePoint from) {
    return withParams(websocket, from.isLive() ? STATUS_PARAM
        : resumeParams(from) + "&" + STATUS_PARAM);
  }

  /** Asks a server of protocol 1.4 for {@code status} messages. */
  private static final String STATUS_PARAM = "status=1";

  /** The polling address for updates after {@code from} (live: ask where the feed stands). */
  public URI updatesAfter(ResumePoint from, int limit) {
    String params = from.isLive() ? "limit=" + limit : resumeParams(from) + "&limit=" + limit;
    return withParams(updates, params);
  }

  private static String resumeParams(ResumePoint from) {
    String p = "after=" + from.afterSeq();
    return from.stream() == null ? p
        : p + "&stream=" + URLEncoder.encode(from.stream(), StandardCharsets.UTF_8);
  }

  private static URI withParams(URI base, String params) {
    String s = base.toString();
    return URI.create(s + (base.getRawQuery() == null ? "?" : "&") + params);
  }

  private static URI replacePathEnd(URI base, String end, String replacement) {
    String path = base.getRawPath();
    String newPath = path.endsWith(end)
        ? path.substring(0, path.length() - end.length()) + replacement : replacement;
    return URI.create(base.getScheme() + "://" + base.getRawAuthority() + newPath
        + (base.getRawQuery() == null ? "" : "?" + base.getRawQuery()));
  }
}
