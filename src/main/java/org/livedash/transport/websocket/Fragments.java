package org.livedash.transport.websocket;

/**
 * A text message that arrives in several frames (RFC 6455 fragmentation, which Jetty applies to
 * messages above its frame size), put back together within the client's frame limit. Used by
 * one session's frame callbacks, which never overlap.
 */
final class Fragments {
  /**
   * Room kept between messages: a fast feed's next message fills it again without growing it
   * copy by copy; a larger one's is given back.
   */
  private static final int KEPT_CHARS = 1 << 20;
  private final StringBuilder text = new StringBuilder();
  private long payloadBytes;
  private long wireBytes;
  private boolean continuing;

  /** Whether the next frame continues a message. */
  boolean continuing() {
    return continuing;
  }

  /**
   * Adds a frame that is not a whole message; returns the message when {@code last}, else null.
   *
   * @param payload the frame's payload bytes (counted once, as it arrived)
   * @param wire the frame's bytes on the wire, header included
   */
  String add(String part, long payload, long wire, boolean last) {
    continuing = !last;
    payloadBytes += payload;
    wireBytes += wire;
    text.append(part);
    if (!last) {
      return null;
    }
    String whole = text.toString();
    text.setLength(0);
    if (text.capacity() > KEPT_CHARS) {
      text.trimToSize();
    }
    return whole;
  }

  /** The payload bytes of the message just returned by {@link #add}; the count starts again. */
  long takePayloadBytes() {
    long n = payloadBytes;
    payloadBytes = 0;
    return n;
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
