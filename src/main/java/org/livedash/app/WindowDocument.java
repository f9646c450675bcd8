package org.livedash.app;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.logging.Logger;
import org.livedash.client.LaunchOptions;
import org.livedash.client.StatsReport;
import org.livedash.client.WindowFeeds;
import org.livedash.derive.Derivations;
import org.livedash.derive.DerivedSeries;
import org.livedash.model.Layout;
import org.livedash.settings.ProfileLibrary;
import org.livedash.settings.SecretKeyring;
import org.livedash.settings.Settings;
import org.livedash.transport.DaemonThreads;
import org.livedash.ui.DashboardView;

/**
 * What a window shows beyond its first feed and keeps from one run to the next: the feeds
 * beside it ({@link WindowFeeds}) and the derived series ({@link Derivations}, on a thread of
 * their own), opened from {@code --add-feed}, a layout or the last run, and kept as they change.
 */
final class WindowDocument implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(WindowDocument.class.getName());
  private final WindowFeeds beside;
  private final ScheduledExecutorService deriving =
      Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("derived-series"));
  private final Derivations derived = new Derivations(deriving);

  /**
   * Feeds beside the first of {@code options}, recorded as {@code recording} says; a profile
   * named is one of {@code profiles}.
   */
  WindowDocument(LaunchOptions options, WindowFeeds.Recording recording,
      ProfileLibrary profiles, SecretKeyring keyring) {
    beside = new WindowFeeds(options, recording, profiles::named, keyring);
  }

  /**
   * Opens {@code --add-feed}'s feeds ({@code added}), or else those {@code last} kept with its
   * derived series; a layout's ({@code layout} not null) the view opens itself, as its menu
   * opens one.
   */
  void open(List<String> added, Layout layout, Settings last) {
    boolean fresh = layout != null || !added.isEmpty();
    beside.addAll(fresh ? added : last.besideOrNone());
    if (layout == null) {
      derived.restore(DerivedSeries.allOf(last.derivedOrNone(), r -> LOG.warning(r.english())));
    }
    derived.start(100);
  }

  /** Tells {@code action}, on any thread, each time a feed or a derived series comes or goes. */
  void onChange(Runnable action) {
    beside.onChange(action);
    derived.onChange(action);
  }

  /** {@code settings} with the feeds beside the first and the derived series as they are now. */
  Settings keptIn(Settings settings) {
    return settings.withBeside(beside.named())
        .withDerived(derived.defined().stream().map(DerivedSeries::kept).toList());
  }

  /** Shows the feeds and the derived series in {@code view}, and lets it save and open them. */
  void showIn(DashboardView view) {
    view.showFeedsBeside(beside);
    view.showDerived(derived);
    view.useLayoutFiles(new SavedLayouts());
  }

  /** The figures of the feeds beside the first, for {@code --stats-out}. */
  List<StatsReport.Feed> figures() {
    return beside.figures();
  }

  /** Stops the derived series, as the window closes. */
  void stopDeriving() {
    derived.close();
    deriving.shutdownNow();
  }

  @Override
  public void close() {
    stopDeriving();
    beside.close();
  }
}
