package org.livedash.cli;

import java.nio.file.Path;
import java.util.List;
import org.livedash.client.AddedFeed;
import org.livedash.client.LaunchOptions;
import org.livedash.i18n.Texts;
import org.livedash.model.InvalidInputException;
import org.livedash.model.Layout;
import org.livedash.settings.LayoutFile;
import org.livedash.settings.ProfileLibrary;
import org.livedash.settings.SettingsFile;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code --layout FILE}: a dashboard saved as a layout, opened: its first feed in place of the
 * demo, the others beside it; in the window, its derived series and charts too.
 */
final class LayoutOption {
  @Option(names = "--layout", paramLabel = "FILE",
      description = "A layout saved from the window (docs/layout.schema.json): its feeds, the"
          + " first in place of the demo; in the window its derived series and charts too.")
  Path file;

  /** The layout named, or null without the flag; one line when it cannot be used. */
  Layout read(CommandLine cl) {
    if (file == null) {
      return null;
    }
    try {
      return LayoutFile.read(file);
    } catch (InvalidInputException e) {
      throw new CommandLine.ParameterException(cl, Texts.of(e.reason()));
    }
  }

  /**
   * {@code options} on the layout's first feed, when it names one; the command line naming one
   * too ({@code --url}, {@code --profile}) is one line.
   */
  LaunchOptions firstFeed(Layout layout, LaunchOptions options, boolean feedGiven,
      CommandLine cl) {
    String first = layout.feeds().isEmpty() ? "" : layout.feeds().get(0);
    if (first.isBlank()) {
      return options;
    }
    if (feedGiven) {
      throw new CommandLine.ParameterException(cl, Texts.get("cli.layoutAndFeed"));
    }
    try {
      ProfileLibrary profiles = new ProfileLibrary(SettingsFile.platformDirectory());
      LaunchOptions from = AddedFeed.options(first, options, profiles::named);
      return options.onFeed(from.endpoints(), from.profile());
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cl,
          Texts.get("layout.feedNotOpened", first, Texts.message(e)));
    }
  }

  /** The layout's feeds beside its first. */
  static List<String> beside(Layout layout) {
    List<String> feeds = layout.feeds();
    return feeds.size() <= 1 ? List.of() : feeds.subList(1, feeds.size());
  }
}
