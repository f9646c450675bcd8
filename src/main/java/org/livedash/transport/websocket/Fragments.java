package org.livedash.transport.websocket;

/**
 * A text message that arrives in several frames (RFC 6455 fragmentation, which Jetty applies to
 * messages above its frame size), put back together within the client's frame limit. Used by
 * one session's frame callbacks, which never overlap.
 */
final class Fragments {
  private final StringBuilder text = new StringBuilder();
  private long wireBytes;
  private boolean continuing;

  /** Whether the next frame continues a message. */
  boolean continuing() {
    return continuing;
  }

  /**
   * Adds a frame that is not a whole message; returns the message when {@code last}, else null.
   *
   * @param wire the frame's bytes on the wire, header included
   */
  String add(String part, long wire, boolean last) {
    continuing = !last;
    wireBytes += wire;
    text.append(part);
    if (!last) {
      return null;
    }
    String whole = text.toString();
    text.setLength(0);
    text.trimToSize();
    return whole;
  }

  /** The wire bytes of the message just returned by {@link #add}; the count starts again. */
  long takeWireBytes() {
    long n = wireBytes;
    wireBytes = 0;
    return n;
  }

  /** The characters held so far. */
  int length() {
    return text.length();
  }
}
