package org.livedash.ui;

/**
 * The address field following a feed the window changed to (a profile, a recording played, back
 * to live): it shows the new feed's address once its server is up, not the old one's that may
 * still answer for a moment; after a few refreshes it shows whatever the feed's address is.
 */
final class FollowedAddress {
  /** Refreshes to wait for a new address before taking the one there is. */
  private static final int MOST_WAITS = 12;
  private boolean following;
  private String before = "";
  private int waits;

  /** The feed is changing from the one at {@code current}. */
  void changing(String current) {
    following = true;
    before = current;
    waits = 0;
  }

  /** The address to show now, given the feed's {@code current} one; null to leave the field. */
  String shown(String current) {
    if (following && !current.isEmpty() && (!current.equals(before) || ++waits > MOST_WAITS)) {
      following = false;
      return current;
    }
    return null;
  }
}
