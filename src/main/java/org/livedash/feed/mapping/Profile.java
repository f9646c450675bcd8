package org.livedash.feed.mapping;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A connection to a JSON WebSocket feed that does not speak the LiveDash protocol: where it is,
 * what to send once connected (subscriptions), how long it may stay silent, what kind of series
 * it brings, and the {@link MappingSpec} that turns its messages into updates. Read from a JSON
 * file; see docs/mapping.md.
 *
 * @param url the WebSocket address, query included ({@code wss://…/stream?streams=…})
 * @param subscribe text messages sent, in order, as soon as the connection opens
 * @param silenceSeconds how long without any message before the link is presumed dead
 * @param kind {@code "stock"} (prices: green and red, volume) or {@code "sensor"}
 */
public record Profile(String name, String url, List<String> subscribe, Integer silenceSeconds,
    String kind, MappingSpec mapping) {
  private static final ObjectMapper JSON = new ObjectMapper()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /** The silence allowed when the profile does not say: quiet markets go seconds unheard. */
  public static final int DEFAULT_SILENCE_SECONDS = 60;

  /**
   * Reads a profile and compiles its mapping.
   *
   * @throws IllegalArgumentException with one line saying what is wrong with the file
   */
  public static Profile read(Path file) {
    Profile p;
    try {
      p = JSON.readValue(Files.readAllBytes(file), Profile.class);
    } catch (IOException e) {
      String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      throw new IllegalArgumentException("profile " + file + " cannot be read: "
          + m.lines().findFirst().orElse(m));
    }
    if (p == null || p.url() == null || p.url().isBlank()) {
      throw new IllegalArgumentException("profile " + file + " has no \"url\"");
    }
    try {
      p.compile();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("profile " + file + ": " + e.getMessage());
    }
    return p;
  }

  /** The mapping, compiled (a new one, with its own tally, each call). */
  public FeedMapping compile() {
    return FeedMapping.compile(mapping);
  }

  public List<String> subscriptions() {
    return subscribe == null ? List.of() : subscribe;
  }

  public int silence() {
    return silenceSeconds == null || silenceSeconds <= 0 ? DEFAULT_SILENCE_SECONDS
        : silenceSeconds;
  }

  public boolean isStocks() {
    return "stock".equalsIgnoreCase(kind);
  }
}
