package org.livedash.feed.profile;

import org.livedash.model.InvalidInputException;
import org.livedash.model.Reason;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.livedash.feed.mapping.FeedMapping;
import org.livedash.feed.mapping.MappingSpec;
import org.livedash.model.FeedView;
import org.livedash.model.SeriesDiscovery;
import org.livedash.model.SeriesKind;
import org.livedash.model.SeriesOverride;

/**
 * A connection to a feed, as a user keeps it: where it is, whether it speaks the LiveDash
 * protocol or a JSON shape of its own, the symbols to follow, what to send once connected
 * (subscriptions, a login), an application-level ping, the venue's published limits, names and
 * units for its series, and the {@link MappingSpec} that turns its messages into updates. A JSON
 * file (docs/profile.schema.json); credentials are placeholders ({@code {secret:key}}), never
 * values. See docs/mapping.md.
 *
 * @param transport {@code json} (a feed in its own shape, the default) or {@code livedash}
 * @param url the WebSocket address, a template ({@link ProfileTemplate}); for the LiveDash
 *     protocol, null means the embedded demo feed
 * @param symbols what {@code {symbols}} and {@code {symbol}} stand for
 * @param headers extra handshake headers, templates
 * @param subscribe messages sent, in order, as soon as the connection opens, templates
 * @param ping a message the feed wants every so often, or null
 * @param silenceSeconds how long without any message before the link is presumed dead
 * @param kind {@code "stock"} (prices: green and red, volume) or {@code "sensor"}
 * @param limits what the venue allows, to warn before breaking it
 * @param series per series id: the name and unit to show it with, and thresholds
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Profile(String name, String description, String transport, String url,
    List<String> symbols, Map<String, String> headers, List<String> subscribe, Ping ping,
    Integer silenceSeconds, String kind, FeedLimits limits, Map<String, SeriesOverride> series,
    MappingSpec mapping) {
  private static final ObjectMapper JSON = new ObjectMapper()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .setSerializationInclusion(JsonInclude.Include.NON_NULL);

  /** The silence allowed when the profile does not say: quiet markets go seconds unheard. */
  public static final int DEFAULT_SILENCE_SECONDS = 60;

  /**
   * An application-level ping.
   *
   * @param message the text sent (a template)
   * @param everySeconds how often
   */
  public record Ping(String message, Integer everySeconds) {}

  /**
   * An MQTT broker ({@code mqtt://[user@]host[:port]} or {@code mqtts://…}) relayed by the
   * window's own server, every topic's numbers mapped as {@code --source} does; a user in the
   * address is given the password {@code {secret:password}}, asked for and never written.
   */
  public static Profile mqtt(String url) {
    String u = url.strip();
    boolean user = u.matches("(?i)mqtts?://[^/@]+@.*");
    return new Profile(u.replaceFirst("(?i)^(mqtts?://)[^/@]*@", "$1"), null, "mqtt", u, null,
        user ? Map.of("password", "{secret:password}") : null, null, null, null, "sensor",
        null, null, null);
  }

  /** Whether this is an MQTT broker, relayed by the window's own server. */
  @com.fasterxml.jackson.annotation.JsonIgnore
  public boolean isMqtt() {
    return "mqtt".equals(transport);
  }

  /** A LiveDash-protocol connection to {@code url} (null: the embedded demo feed). */
  public static Profile liveDash(String name, String url) {
    return new Profile(name, null, "livedash", url, null, null, null, null, null, null, null,
        null, null);
  }

  /**
   * Reads a profile and checks it.
   *
   * @throws IllegalArgumentException with one line saying what is wrong with the file
   */
  public static Profile read(Path file) {
    try {
      return parse(Files.readString(file), Reason.of("profile.origin", file));
    } catch (IOException e) {
      throw new InvalidInputException(Reason.of("profile.unreadableFile", file,
          Reason.why(e)));
    }
  }

  /**
   * Parses and checks a profile's text.
   *
   * @param origin how to name it in an error ("profile binance.json")
   */
  public static Profile parse(String json, Reason origin) {
    Profile p;
    try {
      p = JSON.readValue(json, Profile.class);
    } catch (IOException e) {
      throw new InvalidInputException(Reason.of("profile.unreadable", origin, jsonProblem(e)));
    }
    if (p == null) {
      throw new InvalidInputException(Reason.of("profile.empty", origin));
    }
    try {
      p.check();
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(Reason.of("profile.problemIn", origin, Reason.why(e)), e);
    }
    return p;
  }

  /** The profile as JSON, as it is saved and exported. */
  public String toJson() {
    try {
      return JSON.writeValueAsString(this);
    } catch (IOException e) {
      throw new IllegalStateException("a profile could not be written as JSON", e);
    }
  }

  /** Checks the profile as a whole: a one-line reason when it cannot be used. */
  public void check() {
    if (isMqtt()) {
      checkBroker(url);
      return;
    }
    if (!isLiveDash() && !"json".equals(transport == null ? "json" : transport)) {
      throw new InvalidInputException(Reason.of("profile.transport", transport));
    }
    if (!isLiveDash() && (url == null || url.isBlank())) {
      throw new InvalidInputException(Reason.of("profile.noUrl"));
    }
    if (!isLiveDash()) {
      compile();
    }
    if (ping != null && (ping.message() == null || ping.everySeconds() == null
        || ping.everySeconds() < 1)) {
      throw new InvalidInputException(Reason.of("profile.ping"));
    }
    List<String> address = ProfileTemplate.render(url == null ? "" : url, symbols(), n -> "x",
        ProfileTemplate.Target.URL);
    if (!isLiveDash()) {
      checkAddress(address.get(0));
    }
    for (String message : subscriptions()) {
      ProfileTemplate.render(message, symbols(), n -> "x", ProfileTemplate.Target.MESSAGE);
    }
  }

  /** What is wrong with a JSON text, in one line: the parser's words and where. */
  public static Reason jsonProblem(IOException e) {
    if (e instanceof com.fasterxml.jackson.core.JsonProcessingException j) {
      Object where = j.getLocation() == null ? "" : Reason.of("json.where",
          j.getLocation().getLineNr(), j.getLocation().getColumnNr());
      String m = j.getOriginalMessage() == null ? "" : j.getOriginalMessage();
      return Reason.of("json.problem", m.lines().findFirst().orElse(m)
          .replaceAll(" *\\(start marker at .*$", ""), where);
    }
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return Reason.of("verbatim", m.lines().findFirst().orElse(m));
  }

  /**
   * Checks a JSON feed's address, its templates filled.
   *
   * @throws IllegalArgumentException in one line when it is not a ws:// or wss:// address
   */
  public static void checkAddress(String address) {
    java.net.URI u;
    try {
      u = new java.net.URI(address);
    } catch (java.net.URISyntaxException e) {
      throw new InvalidInputException(Reason.of("profile.badAddressWhy", address,
          e.getReason()));
    }
    String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(java.util.Locale.ROOT);
    if (!scheme.equals("ws") && !scheme.equals("wss") || u.getHost() == null) {
      throw new InvalidInputException(Reason.of("profile.wsAddress", address));
    }
  }

  /**
   * Checks a broker's address: mqtt:// or mqtts://, a host, a user perhaps, never a password.
   *
   * @throws IllegalArgumentException in one line, the password never repeated
   */
  public static void checkBroker(String address) {
    String shown = address == null ? "" : address.replaceFirst("//[^/@]*@", "//***@");
    java.net.URI u;
    try {
      u = new java.net.URI(address == null ? "" : address.strip());
    } catch (java.net.URISyntaxException e) {
      throw new InvalidInputException(Reason.of("profile.badAddress", shown));
    }
    String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(java.util.Locale.ROOT);
    if (!scheme.equals("mqtt") && !scheme.equals("mqtts") || u.getHost() == null) {
      throw new InvalidInputException(Reason.of("profile.mqttAddress", shown));
    }
    if (u.getUserInfo() != null && u.getUserInfo().contains(":")) {
      throw new InvalidInputException(Reason.of("profile.brokerPassword"));
    }
  }

  /**
   * Where this profile's secrets go: the scheme, host and port of its address ({@code
   * wss://stream.example.org:443}). A secret is given for a destination, never for a name, so
   * a profile that names the same secret but points elsewhere does not get it.
   */
  public String destination() {
    String u = url == null ? "" : url.strip();
    int sep = u.indexOf("://");
    String scheme = sep < 0 ? "" : u.substring(0, sep).toLowerCase(java.util.Locale.ROOT);
    String rest = sep < 0 ? u : u.substring(sep + 3);
    int end = rest.length();
    for (char c : new char[] {'/', '?', '#'}) {
      int i = rest.indexOf(c);
      end = i >= 0 ? Math.min(end, i) : end;
    }
    String authority = rest.substring(0, end);
    authority = authority.substring(authority.lastIndexOf('@') + 1).toLowerCase(
        java.util.Locale.ROOT);
    boolean hasPort = authority.matches(".*:\\d+") && !authority.endsWith("]");
    String port = switch (scheme) {
      case "wss", "https" -> "443";
      case "mqtt" -> "1883";
      case "mqtts" -> "8883";
      default -> "80";
    };
    return scheme + "://" + authority + (hasPort ? "" : ":" + port);
  }

  /** Whether this is a LiveDash-protocol server (pollable, with a catalogue). */
  @com.fasterxml.jackson.annotation.JsonIgnore
  public boolean isLiveDash() {
    return "livedash".equals(transport);
  }

  /** Whether this is the embedded demo feed. */
  @com.fasterxml.jackson.annotation.JsonIgnore
  public boolean isEmbeddedDemo() {
    return isLiveDash() && (url == null || url.isBlank());
  }

  /**
   * The mapping, compiled (a new one, with its own tally, each call); none yet gives a mapping
   * with no rules, whose messages are there to be browsed and clicked.
   */
  public FeedMapping compile() {
    return mapping == null ? FeedMapping.none() : FeedMapping.compile(mapping);
  }

  public List<String> symbols() {
    return symbols == null ? List.of() : symbols;
  }

  public List<String> subscriptions() {
    return subscribe == null ? List.of() : subscribe;
  }

  public Map<String, String> headerTemplates() {
    return headers == null ? Map.of() : headers;
  }

  public int silence() {
    return silenceSeconds == null || silenceSeconds <= 0 ? DEFAULT_SILENCE_SECONDS
        : silenceSeconds;
  }

  @com.fasterxml.jackson.annotation.JsonIgnore
  public boolean isStocks() {
    return "stock".equalsIgnoreCase(kind);
  }

  /** The names of every secret the profile's templates ask for, in order. */
  public Set<String> secretNames() {
    Set<String> names = new LinkedHashSet<>();
    if (url != null) {
      names.addAll(ProfileTemplate.secretNames(url));
    }
    headerTemplates().values().forEach(v -> names.addAll(ProfileTemplate.secretNames(v)));
    subscriptions().forEach(m -> names.addAll(ProfileTemplate.secretNames(m)));
    if (ping != null) {
      names.addAll(ProfileTemplate.secretNames(ping.message()));
    }
    return names;
  }

  /**
   * How a series this feed brings is described: as the profile says (name, unit, thresholds),
   * else by its id.
   */
  public SeriesDiscovery discovery() {
    // The profile's author says of its series what a user's view says: one way to apply it.
    return new FeedView(series, null, null, null, null).over(SeriesDiscovery.byId(isStocks()
        ? SeriesKind.STOCK : SeriesKind.SENSOR));
  }

  /** The same profile with other symbols. */
  public Profile withSymbols(List<String> newSymbols) {
    return new Profile(name, description, transport, url, List.copyOf(newSymbols), headers,
        subscribe, ping, silenceSeconds, kind, limits, series, mapping);
  }

  /** The same profile with another name. */
  public Profile withName(String newName) {
    return new Profile(newName, description, transport, url, symbols, headers, subscribe, ping,
        silenceSeconds, kind, limits, series, mapping);
  }

  /** The same profile with another mapping. */
  public Profile withMapping(MappingSpec newMapping) {
    return new Profile(name, description, transport, url, symbols, headers, subscribe, ping,
        silenceSeconds, kind, limits, series, newMapping);
  }

  /** The same profile with another address. */
  public Profile withUrl(String newUrl) {
    return new Profile(name, description, transport, newUrl, symbols, headers, subscribe, ping,
        silenceSeconds, kind, limits, series, mapping);
  }

  /** The same profile with what it says of one series set. */
  public Profile withSeries(String id, SeriesOverride said) {
    Map<String, SeriesOverride> m = new java.util.TreeMap<>(series == null ? Map.of() : series);
    m.put(id, said);
    return new Profile(name, description, transport, url, symbols, headers, subscribe, ping,
        silenceSeconds, kind, limits, m, mapping);
  }
}
