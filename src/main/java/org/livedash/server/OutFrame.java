package org.livedash.server;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * A frame for many push clients, encoded to UTF-8 once: every socket is handed a view of the
 * same bytes, so sending one batch to ten thousand clients encodes it once, not ten thousand
 * times. Thread-safe.
 */
final class OutFrame {
  private final String text;
  private volatile ByteBuffer bytes;

  OutFrame(String text) {
    this.text = text;
  }

  String text() {
    return text;
  }

  /** A read-only view of the encoded bytes, positioned at their start; each call a new view. */
  ByteBuffer bytes() {
    ByteBuffer b = bytes;
    if (b == null) {
      b = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)).asReadOnlyBuffer();
      bytes = b;
    }
    return b.duplicate();
  }

  /** The encoded size in bytes. */
  int size() {
    return bytes().remaining();
  }
}
