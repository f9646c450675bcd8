package org.livedash.feed;

/**
 * The series ids a decoding thread has read lately, so that a frame of a thousand updates of a
 * dozen series makes a dozen strings, not a thousand (and each keeps its hash for the store's
 * lookups). A direct-mapped table: an id whose slot another took is made anew, never wrong.
 * One per thread; bounded.
 */
final class SeriesIds {
  private static final int SLOTS = 1024;
  /** Longer ids are rare and made each time rather than kept. */
  private static final int LONGEST_KEPT = 64;
  private final String[] slots = new String[SLOTS];

  /** The id spelled by {@code chars[offset, offset + length)}. */
  String of(char[] chars, int offset, int length) {
    if (length > LONGEST_KEPT) {
      return new String(chars, offset, length);
    }
    int hash = 0;
    for (int i = offset, end = offset + length; i < end; i++) {
      hash = 31 * hash + chars[i];
    }
    int slot = (hash ^ hash >>> 16) & (SLOTS - 1);
    String kept = slots[slot];
    if (kept != null && spells(kept, chars, offset, length)) {
      return kept;
    }
    String made = new String(chars, offset, length);
    slots[slot] = made;
    return made;
  }

  private static boolean spells(String kept, char[] chars, int offset, int length) {
    if (kept.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (kept.charAt(i) != chars[offset + i]) {
        return false;
      }
    }
    return true;
  }
}
