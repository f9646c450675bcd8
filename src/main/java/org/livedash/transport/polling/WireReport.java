package org.livedash.transport.polling;

/**
 * A polling answer's {@code LiveDash-Wire} header (protocol 1.3): the connection the server
 * answered on, and the bytes it counted on it before this answer.
 *
 * @param connection the server's number for the connection
 * @param in bytes the server received on it, this request included
 * @param out bytes the server sent on it before this answer
 */
record WireReport(long connection, long in, long out) {
  /** The header's value, {@code conn=K; in=N; out=M} in any order; null when absent or bad. */
  static WireReport parse(String value) {
    if (value == null) {
      return null;
    }
    long conn = -1;
    long in = -1;
    long out = -1;
    for (String part : value.split(";")) {
      int eq = part.indexOf('=');
      if (eq < 0) {
        continue;
      }
      String name = part.substring(0, eq).trim();
      long n;
      try {
        n = Long.parseLong(part.substring(eq + 1).trim());
      } catch (NumberFormatException e) {
        return null;
      }
      switch (name) {
        case "conn" -> conn = n;
        case "in" -> in = n;
        case "out" -> out = n;
        default -> { }
      }
    }
    return conn < 0 || in < 0 || out < 0 ? null : new WireReport(conn, in, out);
  }
}
