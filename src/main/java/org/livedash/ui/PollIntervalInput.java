package org.livedash.ui;

import org.livedash.i18n.Texts;
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
      return new PollIntervalInput(null, Texts.get("poll.input.bad",
          text == null ? "" : text.trim(), MIN_POLL_MILLIS, MAX_POLL_MILLIS));
    }
    int clamped = clamp(millis);
    if (clamped > millis) {
      return new PollIntervalInput(clamped, Texts.get("poll.input.raised", millis,
          MIN_POLL_MILLIS));
    }
    if (clamped < millis) {
      return new PollIntervalInput(clamped, Texts.get("poll.input.lowered", millis,
          MAX_POLL_MILLIS));
    }
    return new PollIntervalInput(clamped, "");
  }

  static int clamp(long millis) {
    return (int) Math.max(MIN_POLL_MILLIS, Math.min(MAX_POLL_MILLIS, millis));
  }
}
