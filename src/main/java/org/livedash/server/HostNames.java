package org.livedash.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The host names a server answers to. A browser sends the name it resolved in {@code Host}; a
 * page of {@code evil.example} whose name an attacker points at 127.0.0.1 (DNS rebinding) would
 * otherwise pass every same-origin check and read a feed served on the user's own machine. So
 * a request is served only for a name the server is known by: the name it is bound to,
 * {@code localhost} on a loopback server, this machine's names on a server bound to every
 * interface, the names of its TLS certificate, and names given with {@code --allow-host}.
 * Addresses (not names) cannot be rebound and are always allowed.
 */
final class HostNames {
  private final Set<String> names = new TreeSet<>();

  /**
   * @param bound the address the server is bound to ({@code 127.0.0.1}, {@code 0.0.0.0}, a
   *     name)
   * @param allowed names given by the operator, and those of the server's certificate
   */
  HostNames(String bound, Collection<String> allowed) {
    String b = normal(bound);
    boolean anyAddress = b.equals("0.0.0.0") || b.equals("::") || b.isEmpty();
    names.add(b);
    allowed.forEach(n -> names.add(normal(n)));
    if (anyAddress || isLoopback(b)) {
      names.add("localhost");
      names.add("127.0.0.1");
      names.add("::1");
    }
    if (anyAddress) {
      try {
        InetAddress self = InetAddress.getLocalHost();
        names.add(normal(self.getHostName()));
        names.add(normal(self.getCanonicalHostName()));
      } catch (UnknownHostException e) {
        // No name of its own: addresses and the names given still work.
      }
    }
  }

  /** Whether a request for {@code host} (the Host header's name, without port) is served. */
  boolean allows(String host) {
    if (host == null) {
      return false;
    }
    String h = normal(host);
    return names.contains(h) || isAddress(h);
  }

  /** A host name as it may be shown: printable characters only, at most 100. */
  static String shown(String host) {
    if (host == null) {
      return "";
    }
    String s = host.replaceAll("[^\\x20-\\x7e]", "?");
    return s.length() > 100 ? s.substring(0, 100) + "…" : s;
  }

  private static String normal(String host) {
    String h = host.trim().toLowerCase(Locale.ROOT);
    if (h.startsWith("[") && h.endsWith("]")) {
      h = h.substring(1, h.length() - 1);
    }
    return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
  }

  private static boolean isAddress(String h) {
    return h.matches("\\d{1,3}(\\.\\d{1,3}){3}") || h.contains(":") && h.matches("[0-9a-f:.]+");
  }

  private static boolean isLoopback(String h) {
    return h.equals("localhost") || h.equals("::1") || h.startsWith("127.");
  }
}
