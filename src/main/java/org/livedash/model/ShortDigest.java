package org.livedash.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A name for a text that must not be kept itself (an address holding a token): the first eight
 * bytes of its SHA-256, in hex. The same text gives the same name run after run; the name gives
 * the text away to no one.
 */
public final class ShortDigest {
  private ShortDigest() {}

  /** Sixteen hex digits naming {@code text}. */
  public static String of(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
