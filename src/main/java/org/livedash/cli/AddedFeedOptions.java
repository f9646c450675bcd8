package org.livedash.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.livedash.client.FeedAccess;
import org.livedash.client.LaunchOptions;
import org.livedash.feed.FeedEndpoints;
import org.livedash.feed.profile.Profile;
import org.livedash.i18n.Texts;
import org.livedash.transport.Credentials;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code --add-feed URL|PROFILE} (repeatable): more feeds beside the first, each with its own
 * connection, position, stream and figures. Headless for now; the command line's token and
 * headers stay the first feed's, a profile's secrets are looked up as the first's are.
 */
final class AddedFeedOptions {
  @Option(names = "--add-feed", paramLabel = "URL|PROFILE",
      description = "Another feed beside the first (repeatable): a LiveDash server's address or"
          + " a profile file; each with its own connection and figures (in --stats-out's"
          + " feeds). Headless.")
  List<String> feeds = new ArrayList<>();

  /** The added feeds' options, after {@code first}'s: one line for each that cannot be used. */
  List<LaunchOptions> options(LaunchOptions first, CommandLine cl) {
    if (feeds.isEmpty()) {
      return List.of();
    }
    if (!first.headless()) {
      throw new CommandLine.ParameterException(cl, Texts.get("cli.addFeedHeadless"));
    }
    FeedAccess access = new FeedAccess(Credentials.NONE, first.access().trust(),
        first.access().secrets(), first.access().maxFrameBytes(), false);
    List<LaunchOptions> added = new ArrayList<>();
    for (String feed : feeds) {
      Profile profile = null;
      FeedEndpoints endpoints;
      try {
        Path file = profileFile(feed);
        if (file != null) {
          profile = Profile.read(file);
          endpoints = Main.endpointsOf(profile);
        } else {
          endpoints = FeedEndpoints.fromUrls(feed);
        }
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(cl,
            Texts.get("cli.addFeedBad", feed, Texts.message(e)));
      }
      added.add(new LaunchOptions(endpoints, first.mode(), first.pollInterval(), first.theme(),
          first.demoRate(), first.exitAfter(), null, true, false, access, profile, null));
    }
    return added;
  }

  /**
   * The profile file {@code feed} names (a file, or a name ending in {@code .json}: read, so a
   * missing one is said to be missing), or null when it is an address.
   */
  private static Path profileFile(String feed) {
    if (feed.contains("://")) {
      return null;
    }
    try {
      Path p = Path.of(feed);
      return Files.isRegularFile(p) || feed.toLowerCase(Locale.ROOT).endsWith(".json") ? p : null;
    } catch (InvalidPathException e) {
      return null;
    }
  }
}
