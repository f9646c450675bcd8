package org.livedash.server;

import java.net.URI;
import java.util.Locale;
import org.livedash.model.InvalidInputException;
import org.livedash.model.Reason;

/**
 * Which Redis the relays of a feed share, and under which name: relays of one name serve one
 * stream, whichever of them reads the source.
 *
 * @param redis {@code redis://host:port} (or {@code rediss://}); a password, if any, is given
 *     apart, never in the address
 * @param feed the feed's name, the prefix of its keys ({@code livedash:NAME:…})
 * @param password null for none; never logged
 * @param leaseMillis how long an owner's lease lasts unrenewed: a dead owner is replaced within
 *     about this long
 */
public record RedisFeedConfig(URI redis, String feed, char[] password, long leaseMillis) {
  /** The lease a relay holds to publish a source: renewed every third of it. */
  public static final long DEFAULT_LEASE_MILLIS = 3_000;

  public RedisFeedConfig {
    String scheme = redis.getScheme() == null ? "" : redis.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("redis") && !scheme.equals("rediss") || redis.getHost() == null) {
      throw new InvalidInputException(Reason.of("relay.redisAddress", withoutUserInfo(redis)));
    }
    if (redis.getRawUserInfo() != null) {
      throw new InvalidInputException(Reason.of("relay.redisPassword"));
    }
    if (feed == null || !feed.matches("[A-Za-z0-9._-]{1,64}")) {
      throw new InvalidInputException(Reason.of("relay.feedName", feed));
    }
    if (leaseMillis < 300) {
      throw new InvalidInputException(Reason.of("relay.leaseShort", leaseMillis));
    }
  }

  /**
   * The address {@code --redis} names.
   *
   * @throws IllegalArgumentException in one line that shows no password the text held
   */
  public static URI address(String text) {
    try {
      return new URI(text.strip());
    } catch (java.net.URISyntaxException e) {
      throw new InvalidInputException(Reason.of("relay.redisAddress", withoutUserInfo(text)));
    }
  }

  /** An address as it may be shown: whatever stood before an '@' (a password) left out. */
  static String withoutUserInfo(URI address) {
    return withoutUserInfo(address.toString());
  }

  private static String withoutUserInfo(String s) {
    int at = s.lastIndexOf('@');
    if (at < 0) {
      return s;
    }
    int start = s.indexOf("://");
    return (start >= 0 && start < at ? s.substring(0, start + 3) : "") + "…@"
        + s.substring(at + 1);
  }

  String key(String part) {
    return "livedash:" + feed + ":" + part;
  }

  /** The address as shown: never a password. */
  String shown() {
    return redis.getScheme() + "://" + redis.getHost() + ":"
        + (redis.getPort() > 0 ? redis.getPort() : 6379) + " (feed " + feed + ")";
  }
}
