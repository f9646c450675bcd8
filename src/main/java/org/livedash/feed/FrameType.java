package org.livedash.feed;

import java.util.Locale;
import java.util.Optional;

/** The kinds of message the feed protocol defines (see docs/protocol.md). */
public enum FrameType {
  HELLO,
  BATCH,
  HEARTBEAT,
  GAP,
  ERROR,
  /** The server's status changed (protocol 1.4; sent to clients that ask with status=1). */
  STATUS;

  /** The {@code type} field's value. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  static Optional<FrameType> fromWire(String name) {
    for (FrameType t : values()) {
      if (t.wireName().equals(name)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
