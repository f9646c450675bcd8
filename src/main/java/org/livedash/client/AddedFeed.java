package org.livedash.client;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;
import java.util.function.Function;
import org.livedash.feed.FeedEndpoints;
import org.livedash.feed.ShownAddress;
import org.livedash.feed.profile.Profile;
import org.livedash.feed.profile.ResolvedProfile;
import org.livedash.transport.Credentials;

/**
 * A feed opened beside the first ({@code --add-feed}, the window's feeds strip): what it is
 * from the words that name it, and the short name its series are shown under. The first feed's
 * token and headers never go to it; a profile's secrets are looked up as the first's are.
 */
public final class AddedFeed {
  /** What names the embedded demo feed. */
  public static final String DEMO = "demo";

  private AddedFeed() {}

  /**
   * The options of the feed {@code what} names, beside {@code first}: {@code demo}, a profile
   * file (a file, or a name ending in {@code .json}), a profile {@code saved} knows by name, or
   * a LiveDash server's address.
   *
   * @throws IllegalArgumentException with one line when it names nothing that can be opened
   */
  public static LaunchOptions options(String what, LaunchOptions first,
      Function<String, Profile> saved) {
    String w = what == null ? "" : what.strip();
    FeedAccess access = new FeedAccess(Credentials.NONE, first.access().trust(),
        first.access().secrets(), first.access().maxFrameBytes(), false);
    Profile profile = null;
    FeedEndpoints endpoints = null;
    Path file = profileFile(w);
    Profile known = file == null ? saved.apply(w) : null;
    if (file != null || known != null) {
      profile = known != null ? known : Profile.read(file);
      endpoints = endpointsOf(profile);
    } else if (!w.equalsIgnoreCase(DEMO)) {
      endpoints = FeedEndpoints.fromUrls(w);
    }
    return new LaunchOptions(endpoints, first.mode(), first.pollInterval(), first.theme(),
        first.demoRate(), null, null, first.headless(), false, access, profile, null);
  }

  /** Where {@code profile}'s feed is (null: the embedded demo), its secrets masked. */
  public static FeedEndpoints endpointsOf(Profile profile) {
    return profile.isEmbeddedDemo() ? null : profile.isLiveDash()
        ? FeedEndpoints.fromUrls(profile.url())
        : FeedEndpoints.exactly(ResolvedProfile.of(profile, n -> "x").shownUrl());
  }

  /**
   * The short name of the feed of {@code options}, not one of {@code taken}: the profile's name,
   * {@code demo}, or the server's ({@link #shortName}); {@code -2}, {@code -3}, … when taken.
   */
  public static String name(LaunchOptions options, Collection<String> taken) {
    String base;
    if (options.profile() != null && !options.profile().isEmbeddedDemo()) {
      base = options.profile().name();
    } else if (options.endpoints() == null) {
      base = DEMO;
    } else {
      base = shortName(options.endpoints().websocket());
    }
    String name = base == null ? "" : base.strip().replaceAll("[/\\s]+", "-");
    name = name.isEmpty() ? "feed" : name;
    String unique = name;
    for (int n = 2; taken.contains(unique); n++) {
      unique = name + "-" + n;
    }
    return unique;
  }

  /** Whether {@code what} is an address with a user part or a secret-named parameter. */
  public static boolean holdsSecret(String what) {
    if (!what.contains("://")) {
      return false;
    }
    try {
      java.net.URI at = new java.net.URI(what.strip());
      return !ShownAddress.of(at).equals(at.toString());
    } catch (java.net.URISyntaxException e) {
      return true;
    }
  }

  /**
   * A server's short name: the name before its domain's ending ({@code binance} for
   * {@code stream.binance.com}), {@code local-PORT} on this machine, else its address and port.
   */
  static String shortName(java.net.URI at) {
    String host = at.getHost();
    if (host == null) {
      return ShownAddress.of(at);
    }
    String h = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    String port = at.getPort() < 0 ? "" : Integer.toString(at.getPort());
    if (h.equals("localhost") || h.startsWith("127.") || h.equals("::1")) {
      return port.isEmpty() ? "local" : "local-" + port;
    }
    String[] labels = h.split("\\.");
    boolean numeric = h.contains(":") || h.chars().allMatch(c -> c == '.' || Character.isDigit(c));
    if (numeric || labels.length < 2) {
      return port.isEmpty() ? h : h + "-" + port;
    }
    return labels[labels.length - 2];
  }

  /**
   * The profile file {@code feed} names (a file, or a name ending in {@code .json}: read, so a
   * missing one is said to be missing), or null when it is an address or a name.
   */
  private static Path profileFile(String feed) {
    if (feed.contains("://")) {
      return null;
    }
    try {
      Path p = Path.of(feed);
      return Files.isRegularFile(p) || feed.toLowerCase(Locale.ROOT).endsWith(".json") ? p : null;
    } catch (InvalidPathException e) {
      return null;
    }
  }
}
