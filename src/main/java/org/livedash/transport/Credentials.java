package org.livedash.transport;

import org.livedash.model.InvalidInputException;
import org.livedash.model.Reason;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Extra request headers sent on the WebSocket handshake and on every HTTP request to the feed:
 * a bearer token ({@code LIVEDASH_TOKEN} or {@code --token-file}) and any {@code --header}
 * lines. The values are secrets: nothing here ever prints them ({@link #toString} shows names
 * only), the status line never shows them, and nothing writes them to disk.
 */
public final class Credentials {
  /** No extra headers. */
  public static final Credentials NONE = new Credentials(Map.of());

  private final Map<String, String> headers;

  private Credentials(Map<String, String> headers) {
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
  }

  /**
   * Builds the headers from a token (null or blank for none) and {@code Name: value} lines.
   *
   * @throws IllegalArgumentException with a one-line reason (never the value) for a bad line
   */
  public static Credentials of(String token, List<String> headerLines) {
    Map<String, String> h = new LinkedHashMap<>();
    for (String line : headerLines) {
      int colon = line.indexOf(':');
      String name = colon < 0 ? "" : line.substring(0, colon).trim();
      if (colon < 1 || !name.matches("[!#$%&'*+.^_`|~0-9A-Za-z-]+")) {
        throw new InvalidInputException(Reason.of("header.shape"));
      }
      String value = line.substring(colon + 1).trim();
      if (value.chars().anyMatch(c -> c == '\r' || c == '\n')) {
        throw new InvalidInputException(Reason.of("header.lineBreak", name));
      }
      if (isRestricted(name)) {
        throw new InvalidInputException(Reason.of("header.restricted", name));
      }
      h.put(name, value);
    }
    if (token != null && !token.isBlank()) {
      if (token.chars().anyMatch(c -> c <= ' ' || c > '~')) {
        throw new InvalidInputException(Reason.of("token.badCharacters"));
      }
      h.put("Authorization", "Bearer " + token.trim());
    }
    return h.isEmpty() ? NONE : new Credentials(h);
  }

  /**
   * These headers and {@code more} (a profile's own, filled), {@code more} winning on a name
   * given twice.
   *
   * @throws IllegalArgumentException with a one-line reason (never the value) for a bad header
   */
  public Credentials plus(Map<String, String> more) {
    if (more.isEmpty()) {
      return this;
    }
    List<String> lines = new ArrayList<>();
    more.forEach((name, value) -> lines.add(name + ": " + value));
    Map<String, String> h = new LinkedHashMap<>(headers);
    h.putAll(of(null, lines).headers());
    return new Credentials(h);
  }

  private static boolean isRestricted(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "host", "connection", "content-length", "expect", "upgrade", "sec-websocket-key",
          "sec-websocket-version", "sec-websocket-accept" -> true;
      default -> false;
    };
  }

  /** The headers, name to value, in the order given. */
  public Map<String, String> headers() {
    return headers;
  }

  /** Adds the headers to an HTTP request. */
  public HttpRequest.Builder applyTo(HttpRequest.Builder request) {
    headers.forEach(request::header);
    return request;
  }

  /** The header names only: values are secrets. */
  @Override
  public String toString() {
    List<String> names = new ArrayList<>(headers.keySet());
    return "Credentials" + names;
  }
}
