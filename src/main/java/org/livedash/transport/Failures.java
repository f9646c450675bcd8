package org.livedash.transport;

/** Turns an exception chain into the one line a user is shown. */
public final class Failures {
  private Failures() {}

  /** The deepest cause's message, in words a user reads, or its class name when it has none. */
  public static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    if (t instanceof java.net.ConnectException) {
      return "connection refused";
    }
    if (t instanceof java.nio.channels.ClosedChannelException) {
      return "connection closed";
    }
    if (t instanceof java.net.http.HttpTimeoutException) {
      return "no answer in time";
    }
    if (t instanceof java.net.UnknownHostException) {
      return "unknown host " + t.getMessage();
    }
    String m = t.getMessage();
    return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
  }
}
