package org.livedash.feed;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;
import org.livedash.model.ShortDigest;

/**
 * An address as it may be shown, logged or kept: its user part and the values of query
 * parameters whose names speak of a secret ({@code token}, {@code api_key}, {@code password}, …)
 * are replaced by {@value #HIDDEN}, since a person may type a credential into an address and
 * credentials are never logged or stored in plain text. Every text that names a feed's address
 * (a status, a failure, the wire view, a handout) shows it this way; a feed's view is kept under
 * {@link #key}.
 */
public final class ShownAddress {
  /** What stands in for a hidden part. */
  public static final String HIDDEN = "***";
  private static final Pattern SECRET_NAME = Pattern.compile(
      ".*(token|key|secret|pass|pwd|auth|sig|jwt|session|credential|cookie).*");

  private ShownAddress() {}

  /** {@code address} with its user part and its secret parameters' values hidden. */
  public static String of(URI address) {
    String raw = address.toString();
    if (!address.isAbsolute() || address.isOpaque()) {
      return raw;
    }
    StringBuilder shown = new StringBuilder(address.getScheme()).append("://");
    if (address.getRawUserInfo() != null) {
      shown.append(HIDDEN).append('@');
    }
    String authority = address.getRawAuthority() == null ? "" : address.getRawAuthority();
    shown.append(authority.substring(authority.indexOf('@') + 1));
    if (address.getRawPath() != null) {
      shown.append(address.getRawPath());
    }
    if (address.getRawQuery() != null) {
      shown.append('?').append(query(address.getRawQuery()));
    }
    if (address.getRawFragment() != null) {
      shown.append('#').append(address.getRawFragment());
    }
    return shown.toString();
  }

  /**
   * The name a feed at {@code address} is kept under: the address shown, and where something was
   * hidden a digest of the whole address beside it, so that two tokens are two names and the same
   * address is the same name run after run, with no secret in it.
   */
  public static String key(URI address) {
    String shown = of(address);
    if (shown.equals(address.toString())) {
      return shown;
    }
    return shown + " #" + ShortDigest.of(address.toString());
  }

  /** A raw query with its secret parameters' values hidden. */
  public static String query(String query) {
    StringBuilder out = new StringBuilder();
    for (String pair : query.split("&", -1)) {
      if (out.length() > 0) {
        out.append('&');
      }
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      boolean secret = SECRET_NAME.matcher(name.toLowerCase(Locale.ROOT)).matches();
      out.append(eq < 0 || !secret ? pair : name + "=" + HIDDEN);
    }
    return out.toString();
  }
}
