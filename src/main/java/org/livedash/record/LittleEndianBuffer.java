package org.livedash.record;

import java.nio.charset.StandardCharsets;

/** A growable byte buffer written little-endian, as MCAP's integers are. */
final class LittleEndianBuffer {
  private byte[] bytes;
  private int size;

  LittleEndianBuffer(int capacity) {
    bytes = new byte[capacity];
  }

  int size() {
    return size;
  }

  byte[] array() {
    return bytes;
  }

  void reset() {
    size = 0;
  }

  private void room(int n) {
    if (size + n > bytes.length) {
      bytes = java.util.Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + n));
    }
  }

  LittleEndianBuffer u8(int v) {
    room(1);
    bytes[size++] = (byte) v;
    return this;
  }

  LittleEndianBuffer u16(int v) {
    return little(v, 2);
  }

  LittleEndianBuffer u32(long v) {
    return little(v, 4);
  }

  LittleEndianBuffer u64(long v) {
    return little(v, 8);
  }

  private LittleEndianBuffer little(long v, int n) {
    room(n);
    for (int i = 0; i < n; i++) {
      bytes[size++] = (byte) (v >>> (8 * i));
    }
    return this;
  }

  /** {@code s}, whose characters are all ASCII, as its bytes. */
  LittleEndianBuffer ascii(String s) {
    int n = s.length();
    room(n);
    for (int i = 0; i < n; i++) {
      bytes[size++] = (byte) s.charAt(i);
    }
    return this;
  }

  /** {@code v} in decimal digits, as JSON and people write it. */
  LittleEndianBuffer decimal(long v) {
    if (v == Long.MIN_VALUE) {
      return ascii(Long.toString(v));
    }
    room(21);
    if (v < 0) {
      bytes[size++] = '-';
      v = -v;
    }
    // Digits from the last, into the buffer's end, then moved up: one division a digit.
    int end = bytes.length;
    int at = end;
    do {
      bytes[--at] = (byte) ('0' + v % 10);
      v /= 10;
    } while (v != 0);
    int digits = end - at;
    System.arraycopy(bytes, at, bytes, size, digits);
    size += digits;
    return this;
  }

  LittleEndianBuffer string(String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    return u32(b.length).bytes(b, 0, b.length);
  }

  LittleEndianBuffer bytes(byte[] b, int off, int len) {
    room(len);
    System.arraycopy(b, off, bytes, size, len);
    size += len;
    return this;
  }
}
