package org.livedash.transport;

import org.livedash.model.Reason;
import org.livedash.model.Reasoned;
import java.util.Locale;

/** Turns an exception chain into the one line a user is shown, in words that match the cause. */
public final class Failures {
  private Failures() {}

  /** What went wrong, for a person: words that match the cause, or the deepest cause's message. */
  public static Reason rootMessage(Throwable e) {
    Reason tls = tlsProblem(e);
    if (tls != null) {
      return tls;
    }
    // A name that does not resolve often comes wrapped in a ConnectException: look deeper.
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof java.net.UnknownHostException) {
        return Reason.of("fail.unknownHost", t.getMessage());
      }
      if (t instanceof java.nio.channels.UnresolvedAddressException) {
        return Reason.of("fail.unresolved");
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
      return Reason.of("fail.refused");
    }
    if (t instanceof java.nio.channels.ClosedChannelException) {
      return Reason.of("fail.closed");
    }
    if (t instanceof java.net.http.HttpTimeoutException) {
      return Reason.of("fail.timeout");
    }
    if (t instanceof java.net.UnknownHostException) {
      return Reason.of("fail.unknownHost", t.getMessage());
    }
    if (t instanceof Reasoned r) {
      return r.reason();
    }
    String m = t.getMessage();
    return Reason.of("verbatim", m == null || m.isBlank() ? t.getClass().getSimpleName() : m);
  }

  /** A TLS failure anywhere in the chain, said plainly, or null. */
  private static Reason tlsProblem(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      String m = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
      if (m.contains("no subject alternative") || m.contains("no name matching")) {
        return Reason.of("fail.tlsName");
      }
      if (m.contains("pkix path") || m.contains("unable to find valid certification path")) {
        return Reason.of("fail.tlsTrust");
      }
      if (t instanceof javax.net.ssl.SSLException) {
        return Reason.of("fail.tls", t.getMessage() == null ? t.getClass().getSimpleName()
            : t.getMessage());
      }
    }
    return null;
  }
}
