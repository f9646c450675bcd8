package org.livedash.transport;

import org.livedash.i18n.Texts;
import java.util.Locale;

/** Turns an exception chain into the one line a user is shown, in words that match the cause. */
public final class Failures {
  private Failures() {}

  /** What went wrong, in words a user reads, or the deepest cause's message. */
  public static String rootMessage(Throwable e) {
    String tls = tlsProblem(e);
    if (tls != null) {
      return tls;
    }
    // A name that does not resolve often comes wrapped in a ConnectException: look deeper.
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof java.net.UnknownHostException) {
        return Texts.get("fail.unknownHost", t.getMessage());
      }
      if (t instanceof java.nio.channels.UnresolvedAddressException) {
        return Texts.get("fail.unresolved");
      }
    }
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      if (t instanceof java.net.ConnectException) {
        break;
      }
      t = t.getCause();
    }
    if (t instanceof java.net.ConnectException) {
      return Texts.get("fail.refused");
    }
    if (t instanceof java.nio.channels.ClosedChannelException) {
      return Texts.get("fail.closed");
    }
    if (t instanceof java.net.http.HttpTimeoutException) {
      return Texts.get("fail.timeout");
    }
    if (t instanceof java.net.UnknownHostException) {
      return Texts.get("fail.unknownHost", t.getMessage());
    }
    String m = t.getMessage();
    return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
  }

  /** A TLS failure anywhere in the chain, said plainly, or null. */
  private static String tlsProblem(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      String m = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
      if (m.contains("no subject alternative") || m.contains("no name matching")) {
        return Texts.get("fail.tlsName");
      }
      if (m.contains("pkix path") || m.contains("unable to find valid certification path")) {
        return Texts.get("fail.tlsTrust");
      }
      if (t instanceof javax.net.ssl.SSLException) {
        return Texts.get("fail.tls", t.getMessage() == null ? t.getClass().getSimpleName()
            : t.getMessage());
      }
    }
    return null;
  }
}
