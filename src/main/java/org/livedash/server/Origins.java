package org.livedash.server;

import java.nio.charset.StandardCharsets;

/**
 * Identities of readings as their source gave them: 64-bit digests (FNV-1a, then a
 * finaliser), the same on every relay for the same message. Not a cryptographic hash: an origin
 * only has to tell apart readings that arrive within seconds of one another.
 */
public final class Origins {
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  private Origins() {}

  /** The digest of a message: its topic (or channel) and its bytes. */
  public static long digest(String topic, byte[] payload) {
    long h = FNV_OFFSET;
    for (byte b : topic.getBytes(StandardCharsets.UTF_8)) {
      h = (h ^ (b & 0xff)) * FNV_PRIME;
    }
    h = (h ^ 0x100) * FNV_PRIME;
    for (byte b : payload) {
      h = (h ^ (b & 0xff)) * FNV_PRIME;
    }
    return finish(h);
  }

  /** The digest of a message received as text. */
  public static long digest(String text) {
    long h = FNV_OFFSET;
    for (int i = 0; i < text.length(); i++) {
      h = (h ^ text.charAt(i)) * FNV_PRIME;
    }
    return finish(h);
  }

  /** A reading that says nothing but itself: its series, time and value. */
  static long of(String seriesId, long timeMicros, double value) {
    return mix(mix(seriesId.hashCode(), timeMicros), Double.doubleToLongBits(value));
  }

  static long mix(long h, long v) {
    return finish(h * 31 + v);
  }

  private static long finish(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb3fe1a85ec53L;
    return h ^ (h >>> 33);
  }
}
