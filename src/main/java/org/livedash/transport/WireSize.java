package org.livedash.transport;

/** Byte counts of what went over the wire, shared by both transports' accounting. */
public final class WireSize {
  private WireSize() {}

  /** RFC 6455 frame header length for a payload: 2, 4 or 10 bytes, plus a 4-byte mask. */
  public static int webSocketHeader(long payloadLength, boolean masked) {
    int base = payloadLength < 126 ? 2 : payloadLength <= 0xFFFF ? 4 : 10;
    return masked ? base + 4 : base;
  }
}
