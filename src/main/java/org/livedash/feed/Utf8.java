package org.livedash.feed;

/**
 * UTF-8 lengths without encoding: what a frame or header costs on the wire, counted by the
 * client's accounting and by the server's frame budget alike.
 */
public final class Utf8 {
  private Utf8() {}

  /** UTF-8 length of a string without encoding it. */
  public static long length(CharSequence s) {
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
}
