package org.livedash.client;

import java.nio.file.Path;
import java.time.Duration;
import org.livedash.feed.FeedEndpoints;
import org.livedash.feed.profile.Profile;
import org.livedash.model.FeedMode;
import org.livedash.server.FeedSource;

/**
 * Everything the command line decided, validated: which server (or the embedded demo feed when
 * {@code endpoints} is null), which mode, and what a scripted run should do.
 *
 * @param endpoints the server to connect to, or null for the embedded demo feed
 * @param theme the window's theme, or null for the one used last
 * @param demoRate updates per second per series of the embedded demo feed
 * @param exitAfter stop after this long, or null to run until closed
 * @param statsOut where to write the stats JSON on exit, or null
 * @param headless run the feed and statistics without a window
 * @param printStartup print when the first live point is on screen, to measure start-up
 * @param access the credentials and TLS trust for the feed
 * @param profile a feed in its own JSON shape and how to map it, or null for the LiveDash
 *     protocol
 * @param embeddedSource what the embedded server relays instead of the demo feed (an MQTT
 *     broker), or null for the demo; used only when {@code endpoints} is null
 * @param record the MCAP file this run records the feed to, or null
 * @param alerting the command line's alert rules, command and file
 */
public record LaunchOptions(
    FeedEndpoints endpoints,
    FeedMode mode,
    Duration pollInterval,
    Theme theme,
    double demoRate,
    Duration exitAfter,
    Path statsOut,
    boolean headless,
    boolean printStartup,
    FeedAccess access,
    Profile profile,
    FeedSource embeddedSource,
    Path record,
    Alerting alerting) {

  public LaunchOptions {
    alerting = alerting == null ? Alerting.NONE : alerting;
  }

  /** As the canonical constructor, recording nothing. */
  public LaunchOptions(FeedEndpoints endpoints, FeedMode mode, Duration pollInterval, Theme theme,
      double demoRate, Duration exitAfter, Path statsOut, boolean headless, boolean printStartup,
      FeedAccess access, Profile profile, FeedSource embeddedSource) {
    this(endpoints, mode, pollInterval, theme, demoRate, exitAfter, statsOut, headless,
        printStartup, access, profile, embeddedSource, null, Alerting.NONE);
  }

  /** These options, recording to {@code file} (null: nothing). */
  public LaunchOptions recordingTo(Path file) {
    return new LaunchOptions(endpoints, mode, pollInterval, theme, demoRate, exitAfter, statsOut,
        headless, printStartup, access, profile, embeddedSource, file, alerting);
  }

  /** These options on another feed: {@code at} (null: the demo), with {@code with}'s profile. */
  public LaunchOptions onFeed(FeedEndpoints at, Profile with) {
    return new LaunchOptions(at, mode, pollInterval, theme, demoRate, exitAfter, statsOut,
        headless, printStartup, access, with, embeddedSource, record, alerting);
  }

  /** These options, alerting as {@code next} says. */
  public LaunchOptions alertingWith(Alerting next) {
    return new LaunchOptions(endpoints, mode, pollInterval, theme, demoRate, exitAfter, statsOut,
        headless, printStartup, access, profile, embeddedSource, record, next);
  }

  /** The two looks the window offers. */
  public enum Theme {
    LIGHT,
    DARK
  }

  /** Demo feed, WebSocket push, 1 s polls, dark theme, with a window. */
  public static LaunchOptions defaults() {
    return new LaunchOptions(null, FeedMode.WS, Duration.ofSeconds(1), Theme.DARK, 10, null, null,
        false, false, FeedAccess.standard(), null, null);
  }
}
