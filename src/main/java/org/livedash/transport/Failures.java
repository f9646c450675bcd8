package org.livedash.transport;

/** Turns an exception chain into the one line a user is shown. */
public final class Failures {
  private Failures() {}

  /** The deepest cause's message, or its class name when it has none. */
  public static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String m = t.getMessage();
    return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
  }
}
