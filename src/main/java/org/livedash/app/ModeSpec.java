package org.livedash.app;

import org.livedash.i18n.Texts;
import java.time.Duration;
import java.util.Locale;
import org.livedash.model.FeedMode;

/**
 * One mode to compare, as written on the command line: {@code ws}, {@code longpoll}, or
 * {@code poll:MILLIS} (interval polling; {@code poll} alone polls every second); a polling mode
 * ending in {@code :browser} polls with a web browser's request headers.
 */
public record ModeSpec(String label, FeedMode mode, Duration interval, boolean browserHeaders) {
  private static final String BROWSER = ":browser";

  public static ModeSpec parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    boolean browser = t.endsWith(BROWSER) && !t.startsWith("ws");
    String base = browser ? t.substring(0, t.length() - BROWSER.length()) : t;
    String suffix = browser ? BROWSER : "";
    if (t.equals("ws")) {
      return new ModeSpec("ws", FeedMode.WS, Duration.ofSeconds(1), false);
    }
    if (base.equals("longpoll")) {
      return new ModeSpec("longpoll" + suffix, FeedMode.LONGPOLL, Duration.ofSeconds(1), browser);
    }
    if (base.equals("poll")) {
      return new ModeSpec("poll:1000" + suffix, FeedMode.POLL, Duration.ofSeconds(1), browser);
    }
    if (base.startsWith("poll:")) {
      try {
        long ms = Long.parseLong(base.substring(5));
        if (ms >= 10) {
          return new ModeSpec(base + suffix, FeedMode.POLL, Duration.ofMillis(ms), browser);
        }
      } catch (NumberFormatException e) {
        // Falls through to the message below.
      }
    }
    throw new IllegalArgumentException(Texts.get("cli.notModeSpec", text));
  }

  /** The polling interval in ms, or 0 where there is no interval. */
  long intervalMillis() {
    return mode == FeedMode.POLL ? interval.toMillis() : 0;
  }
}
