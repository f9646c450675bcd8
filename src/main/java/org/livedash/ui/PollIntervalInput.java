package org.livedash.ui;

import java.util.Locale;

/**
 * What a typed poll interval means: a whole number of milliseconds (an "ms" after it is
 * fine), clamped to what is allowed, with a line saying what was done; or no value and why.
 */
record PollIntervalInput(Integer millis, String message) {
  static final int MIN_POLL_MILLIS = 50;
  static final int MAX_POLL_MILLIS = 60_000;

  boolean isValid() {
    return millis != null;
  }

  static PollIntervalInput parse(String text) {
    String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    if (t.endsWith("ms")) {
      t = t.substring(0, t.length() - 2).trim();
    }
    long millis;
    try {
      millis = Long.parseLong(t.replace(",", "").replace("_", ""));
    } catch (NumberFormatException e) {
      return new PollIntervalInput(null, "\"" + (text == null ? "" : text.trim())
          + "\" is not a poll interval: enter a whole number of milliseconds from "
          + MIN_POLL_MILLIS + " to " + MAX_POLL_MILLIS);
    }
    int clamped = clamp(millis);
    if (clamped > millis) {
      return new PollIntervalInput(clamped, millis + " ms is too often: raised to the minimum, "
          + MIN_POLL_MILLIS + " ms");
    }
    if (clamped < millis) {
      return new PollIntervalInput(clamped, millis + " ms is too long: lowered to the maximum, "
          + MAX_POLL_MILLIS + " ms");
    }
    return new PollIntervalInput(clamped, "");
  }

  static int clamp(long millis) {
    return (int) Math.max(MIN_POLL_MILLIS, Math.min(MAX_POLL_MILLIS, millis));
  }
}
