package org.livedash.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.livedash.feed.profile.Profile;
import org.livedash.i18n.Texts;
import org.livedash.model.FeedStats;
import org.livedash.model.SeriesStore;
import org.livedash.settings.SecretKeyring;
import org.livedash.transport.DaemonThreads;
import org.livedash.ui.FeedControl;
import org.livedash.ui.FeedList;

/**
 * The feeds a window runs beside its first ({@link FeedList}): each an {@link AppContext} of
 * its own (decision 0035), started, paused and closed on a thread of their own, never the
 * JavaFX thread. A profile's secrets come from the keyring, as the first feed's do.
 */
public final class WindowFeeds implements FeedList, AutoCloseable {
  /**
   * How a window records its feeds beside the first: the options one starts with (a file of
   * its own among the window's recordings, or as they are), and its recording, once begun.
   */
  public interface Recording {
    /** Records nothing. */
    Recording NONE = new Recording() {
      @Override
      public LaunchOptions options(LaunchOptions beside) {
        return beside;
      }

      @Override
      public void begun(AppContext feed) {}
    };

    /** The options feed {@code beside} starts with. */
    LaunchOptions options(LaunchOptions beside);

    /** Feed {@code feed} started (its recording, if any, begun). */
    void begun(AppContext feed);
  }

  private static final Logger LOG = Logger.getLogger(WindowFeeds.class.getName());
  private final LaunchOptions first;
  private final Recording recording;
  private final Function<String, Profile> saved;
  private final SecretKeyring keyring;
  private final ExecutorService starter =
      Executors.newSingleThreadExecutor(DaemonThreads.named("added-feeds"));
  private final List<Running> feeds = new CopyOnWriteArrayList<>();
  /** Told each time a feed is added or removed. */
  private volatile Runnable onChange = () -> { };
  /** Names given to feeds still starting, so two added at once never share one. */
  private final List<String> starting = new ArrayList<>();

  /**
   * Feeds beside {@code first}, which lends them its mode and TLS trust, each recorded as
   * {@code recording} says; {@code saved} finds a profile by name (null when none is).
   */
  public WindowFeeds(LaunchOptions first, Recording recording, Function<String, Profile> saved,
      SecretKeyring keyring) {
    this.first = first;
    this.recording = recording;
    this.saved = saved;
    this.keyring = keyring;
  }

  @Override
  public List<Feed> feeds() {
    return List.copyOf(feeds);
  }

  @Override
  public CompletableFuture<Feed> add(String what) {
    return CompletableFuture.supplyAsync(() -> start(what, AddedFeed.options(what, first,
        saved)), starter);
  }

  /**
   * Opens the feeds {@code named} ({@code --add-feed}'s, or those the window showed last time),
   * in order, off the calling thread; one that cannot be opened is said in the log.
   */
  public void addAll(List<String> named) {
    for (String what : named) {
      add(what).exceptionally(e -> {
        LOG.warning(Texts.message(e.getCause() != null ? e.getCause() : e));
        return null;
      });
    }
  }

  private Feed start(String what, LaunchOptions options) {
    String name;
    synchronized (starting) {
      List<String> taken = new ArrayList<>(starting);
      feeds.forEach(f -> taken.add(f.name()));
      name = AddedFeed.name(options, taken);
      starting.add(name);
    }
    try {
      AppContext context = AppContext.start(recording.options(options));
      recording.begun(context);
      Running feed = new Running(name, context, options, what);
      feed.connectWithKeptSecrets();
      feeds.add(feed);
      onChange.run();
      return feed;
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new CompletionException(new IllegalArgumentException(Texts.message(e), e));
    } finally {
      synchronized (starting) {
        starting.remove(name);
      }
    }
  }

  @Override
  public void remove(Feed feed) {
    if (feed instanceof Running r && feeds.remove(r)) {
      starter.execute(r::close);
      onChange.run();
    }
  }

  /**
   * The feeds open now as they were named, to open again next time: an address that holds a
   * secret (a user part, a token) is left out, never kept in a file.
   */
  @Override
  public List<String> named() {
    List<String> kept = new ArrayList<>();
    for (Running f : feeds) {
      if (!AddedFeed.holdsSecret(f.what)) {
        kept.add(f.what);
      }
    }
    return kept;
  }

  /** Tells {@code action} (on any thread) each time a feed is added or removed. */
  public void onChange(Runnable action) {
    onChange = action;
  }

  /** Each added feed's figures, in order, for {@code --stats-out}. */
  public List<StatsReport.Feed> figures() {
    return feeds.stream().map(f -> f.context.figures()).toList();
  }

  @Override
  public void close() {
    feeds.forEach(Running::close);
    feeds.clear();
    starter.shutdownNow();
  }

  /** One added feed, running. */
  private final class Running implements Feed {
    private final String name;
    private final AppContext context;
    private final SupervisorControl control;
    private final LaunchOptions options;
    /** What named it: {@code demo}, an address, a profile's name or file. */
    private final String what;
    private volatile boolean paused;

    Running(String name, AppContext context, LaunchOptions options, String what) {
      this.what = what.strip();
      this.name = name;
      this.context = context;
      this.control = new SupervisorControl(context, keyring);
      this.options = options;
    }

    /** A profile whose secrets the keyring keeps connects with them. */
    void connectWithKeptSecrets() {
      Profile p = options.profile();
      if (p != null && !p.secretNames().isEmpty()) {
        control.recall(p).join();
        control.connect(p, Map.of(), options.mode(), options.pollInterval());
      }
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public FeedControl control() {
      return control;
    }

    @Override
    public FeedStats stats() {
      return context.stats();
    }

    @Override
    public SeriesStore store() {
      return context.store();
    }

    @Override
    public void pause() {
      paused = true;
      control.disconnect();
    }

    @Override
    public void resume() {
      paused = false;
      Profile p = options.profile();
      if (p != null) {
        control.connect(p, Map.of(), options.mode(), options.pollInterval());
      } else {
        context.connect(context.endpoints(), options.mode(), options.pollInterval());
      }
    }

    @Override
    public boolean paused() {
      return paused;
    }

    void close() {
      try {
        context.close();
      } catch (Exception e) {
        LOG.log(Level.FINE, "an added feed did not close cleanly", e);
      }
    }
  }
}
