package org.livedash.cli;

import java.util.ArrayList;
import java.util.List;
import org.livedash.client.AddedFeed;
import org.livedash.client.LaunchOptions;
import org.livedash.i18n.Texts;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code --add-feed URL|PROFILE} (repeatable): more feeds beside the first, each with its own
 * connection, position, stream and figures, in the window or headless ({@link AddedFeed}).
 */
final class AddedFeedOptions {
  @Option(names = "--add-feed", paramLabel = "URL|PROFILE",
      description = "Another feed beside the first (repeatable): a LiveDash server's address,"
          + " demo, or a profile file; each with its own connection and figures (in"
          + " --stats-out's feeds), its series named by it (binance/BTCUSDT).")
  List<String> feeds = new ArrayList<>();

  /** The added feeds as named, once {@link #options} found each usable. */
  List<String> named() {
    return List.copyOf(feeds);
  }

  /** The added feeds' options, after {@code first}'s: one line for each that cannot be used. */
  List<LaunchOptions> options(LaunchOptions first, CommandLine cl) {
    List<LaunchOptions> added = new ArrayList<>();
    for (String feed : feeds) {
      try {
        added.add(AddedFeed.options(feed, first, name -> null));
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(cl,
            Texts.get("cli.addFeedBad", feed, Texts.message(e)));
      }
    }
    return added;
  }
}
