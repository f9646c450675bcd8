package org.livedash.app;

import java.time.Duration;
import java.util.Locale;
import org.livedash.model.FeedMode;

/**
 * One mode to compare, as written on the command line: {@code ws}, {@code longpoll}, or
 * {@code poll:MILLIS} (interval polling; {@code poll} alone polls every second).
 */
record ModeSpec(String label, FeedMode mode, Duration interval) {

  static ModeSpec parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    if (t.equals("ws")) {
      return new ModeSpec("ws", FeedMode.WS, Duration.ofSeconds(1));
    }
    if (t.equals("longpoll")) {
      return new ModeSpec("longpoll", FeedMode.LONGPOLL, Duration.ofSeconds(1));
    }
    if (t.equals("poll")) {
      return new ModeSpec("poll:1000", FeedMode.POLL, Duration.ofSeconds(1));
    }
    if (t.startsWith("poll:")) {
      try {
        long ms = Long.parseLong(t.substring(5));
        if (ms >= 10) {
          return new ModeSpec(t, FeedMode.POLL, Duration.ofMillis(ms));
        }
      } catch (NumberFormatException e) {
        // Falls through to the message below.
      }
    }
    throw new IllegalArgumentException("'" + text
        + "' is not a mode: use ws, longpoll, or poll:MILLIS with MILLIS >= 10");
  }

  /** The polling interval in ms, or 0 where there is no interval. */
  long intervalMillis() {
    return mode == FeedMode.POLL ? interval.toMillis() : 0;
  }
}
