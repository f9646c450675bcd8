package org.livedash.transport;

/** Byte counts of what went over the wire, shared by both transports' accounting. */
public final class WireSize {
  private WireSize() {}

  /** UTF-8 length of a string without encoding it. */
  public static long utf8Length(CharSequence s) {
    long n = 0;
    for (int i = 0, len = s.length(); i < len; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        n++;
      } else if (c < 0x800) {
        n += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < len) {
        n += 4;
        i++;
      } else {
        n += 3;
      }
    }
    return n;
  }

  /** RFC 6455 frame header length for a payload: 2, 4 or 10 bytes, plus a 4-byte mask. */
  public static int webSocketHeader(long payloadLength, boolean masked) {
    int base = payloadLength < 126 ? 2 : payloadLength <= 0xFFFF ? 4 : 10;
    return masked ? base + 4 : base;
  }
}
