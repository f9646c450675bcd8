package org.livedash.ui;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.livedash.feed.mapping.MappingTally;
import org.livedash.feed.profile.Profile;
import org.livedash.i18n.Texts;
import org.livedash.ui.chart.Formats;
import org.livedash.model.ConnectionState;
import org.livedash.model.ConnectionStatus;
import org.livedash.model.ServerTrouble;
import org.livedash.model.EpochMicros;
import org.livedash.model.FeedMode;
import org.livedash.model.FeedStats;
import org.livedash.model.ModeStats;
import org.livedash.report.ModeResult;

/**
 * The state behind the connection bar, status line and stats panel, as properties the view
 * binds to, and the actions its buttons call. It never touches a control, so it is tested
 * without a window; {@link #refresh} is called by the view a few times a second on the JavaFX
 * thread.
 */
public final class DashboardViewModel {
  private final FeedControl control;
  private final FeedStats stats;
  private final LongSupplier nanoClock;
  private final SilenceGauge silence = new SilenceGauge();

  private final StringProperty url = new SimpleStringProperty("");
  private final ObjectProperty<FeedMode> mode = new SimpleObjectProperty<>(FeedMode.WS);
  private final IntegerProperty pollIntervalMillis = new SimpleIntegerProperty(1000);
  private final ReadOnlyBooleanWrapper connected = new ReadOnlyBooleanWrapper(true);
  private final ReadOnlyBooleanWrapper pollable = new ReadOnlyBooleanWrapper(true);
  private final FollowedAddress address = new FollowedAddress();
  private final ReadOnlyObjectWrapper<ConnectionState> state =
      new ReadOnlyObjectWrapper<>(ConnectionState.CONNECTING);
  private final ReadOnlyStringWrapper statusText =
      new ReadOnlyStringWrapper(Texts.get("status.connecting"));
  private final ReadOnlyStringWrapper statusDetail = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper lastMessage = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper(false);
  /** Live, but the server says its source (or shared history) does not deliver. */
  private final ReadOnlyBooleanWrapper degraded = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper clock = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper feedDescription = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper urlError = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper comparing = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyDoubleWrapper compareProgress = new ReadOnlyDoubleWrapper(0);
  private final ReadOnlyStringWrapper comparePhase = new ReadOnlyStringWrapper("");
  private CompareSession compare;
  private final ModeColumns columns = new ModeColumns();
  private java.util.function.BiConsumer<String, String> onForeign = (address, why) -> { };

  public DashboardViewModel(FeedControl control, FeedStats stats, FeedMode initialMode,
      Duration initialInterval, LongSupplier nanoClock) {
    this.control = control;
    this.stats = stats;
    this.nanoClock = nanoClock;
    url.set(control.currentUrl());
    pollable.set(control.offersPolling());
    mode.set(initialMode);
    pollIntervalMillis.set(PollIntervalInput.clamp(initialInterval.toMillis()));
    mode.addListener((obs, old, now) -> {
      if (now != null && connected.get()) {
        control.switchMode(now, pollInterval());
      }
    });
    pollIntervalMillis.addListener((obs, old, now) -> {
      if (connected.get() && mode.get() == FeedMode.POLL) {
        control.switchMode(FeedMode.POLL, pollInterval());
      }
    });
  }

  /** Whether the feed can be polled too; see {@link FeedControl#offersPolling}. */
  public ReadOnlyBooleanProperty pollableProperty() {
    return pollable.getReadOnlyProperty();
  }

  /**
   * Connects with a profile (a feed in its own shape is pushed: the mode becomes WebSocket).
   *
   * @throws IllegalArgumentException with one line when it cannot be used (a secret not set)
   */
  public void connect(Profile profile, Map<String, String> secrets) {
    FeedMode m = profile.isLiveDash() || profile.isMqtt() ? mode.get() : FeedMode.WS;
    changeFeed(m, () -> control.connect(profile, secrets, m, pollInterval()));
  }

  /**
   * The window changes feed by {@code change} (a profile, a recording played, back to live), in
   * {@code m}: the address field shows the new feed's once its server is up.
   */
  public void changeFeed(FeedMode m, Runnable change) {
    connected.set(false);
    mode.set(m);
    address.changing(control.currentUrl());
    change.run();
    urlError.set("");
    connected.set(true);
  }

  /** Whether a secret is known for this run already, for where {@code profile} sends it. */
  public boolean hasSecret(Profile profile, String name) {
    return control.hasSecret(profile, name);
  }

  /**
   * Puts the feed in {@code m}, polling every {@code interval}, as the mode toggle does: the
   * lesson's steps go through here so the toggle shows where the feed is.
   */
  void useMode(FeedMode m, Duration interval) {
    pollIntervalMillis.set(PollIntervalInput.clamp(interval.toMillis()));
    // The same mode again changes nothing: a property set to its value tells no listener.
    mode.set(m);
  }

  /** The feed's figures, for the lesson. */
  FeedStats stats() {
    return stats;
  }

  /** The control the view acts through for what it keeps of a feed (charts, series). */
  FeedControl control() {
    return control;
  }

  /** What the current profile's mapping made of the messages, or null. */
  public MappingTally mappingTally() {
    return control.mappingTally();
  }

  /** Connects when disconnected, disconnects when connected. */
  public void toggleConnection() {
    if (connected.get()) {
      control.disconnect();
      connected.set(false);
      return;
    }
    try {
      control.connect(url.get(), mode.get(), pollInterval());
      urlError.set("");
      connected.set(true);
      askWhatItSpeaks(url.get());
    } catch (IllegalArgumentException e) {
      urlError.set(Texts.message(e));
    }
  }

  /**
   * What is done with an address typed in whose server answers as no LiveDash server does (a
   * feed of its own shape): given the address and why; the view opens the profile editor on it.
   */
  public void onForeignAddress(java.util.function.BiConsumer<String, String> action) {
    onForeign = action;
  }

  /** Asks the server typed in what it speaks; a feed of its own shape is not retried for ever. */
  private void askWhatItSpeaks(String typed) {
    control.notLiveDash(typed).thenAccept(why -> {
      if (why != null) {
        javafx.application.Platform.runLater(() -> {
          if (typed.equals(url.get()) && connected.get()) {
            control.disconnect();
            connected.set(false);
            onForeign.accept(typed, Texts.of(why));
          }
        });
      }
    });
  }

  /**
   * Runs the live feed through every mode for {@code each} (after a settling second), then
   * returns to the current mode and hands the measurements to {@code onDone}.
   */
  public void startCompare(Duration each, Consumer<List<ModeResult>> onDone) {
    if (comparing.get() || !connected.get()) {
      return;
    }
    comparing.set(true);
    compare = new CompareSession(control, stats, nanoClock, List.of(FeedMode.values()), each,
        pollInterval(), mode.get(), results -> {
          compareProgress.unbind();
          comparePhase.unbind();
          comparePhase.set("");
          comparing.set(false);
          onDone.accept(results);
        });
    compareProgress.bind(compare.progressProperty());
    comparePhase.bind(compare.phaseProperty());
  }

  /** One frame of the window, whether it drew a chart, and whether it was a resting one. */
  public void recordPulse(long nanos, boolean drewChart, boolean resting) {
    stats.frames().pulse(nanos, drewChart, resting);
  }

  /**
   * Where the view reports, for one frame drawn at {@code drawnMicros}, the source times of the
   * updates it showed for the first time: the current mode's "drawn" latency. Resolved once per
   * frame, so each update costs one histogram record.
   */
  public LongConsumer drawnRecorder(long drawnMicros) {
    Optional<ModeStats> m = stats.currentSegment();
    if (m.isEmpty()) {
      return t -> { };
    }
    ModeStats modeStats = m.get();
    long shift = stats.sourceShiftMicros();
    return t -> modeStats.recordDrawn(t - shift, drawnMicros);
  }

  /** Advances a running comparison; the view calls it every frame. */
  public void tickCompare() {
    if (compare != null && !compare.isFinished()) {
      compare.tick();
    }
  }

  public ReadOnlyBooleanProperty comparingProperty() {
    return comparing.getReadOnlyProperty();
  }

  public ReadOnlyDoubleProperty compareProgressProperty() {
    return compareProgress.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty comparePhaseProperty() {
    return comparePhase.getReadOnlyProperty();
  }

  /** Pulls the connection status and statistics into the properties. */
  public void refresh() {
    long now = nanoClock.getAsLong();
    ConnectionStatus s = control.status();
    state.set(s.state());
    ServerTrouble trouble = s.state() == ConnectionState.LIVE ? stats.serverTrouble() : null;
    String description = control.feedDescription();
    if (!description.equals(feedDescription.get())) {
      silence.reset();
    }
    silence.observe(s.lastMessageNanos());
    boolean silent = trouble == null && isSilent(s, now);
    // A live link that says nothing is not shown as Live: amber, with how long it has been.
    degraded.set(trouble != null || silent);
    statusText.set(trouble != null ? StatusTexts.trouble(trouble, sourceNowMicros())
        : silent ? Texts.get("status.silentFor",
            Formats.duration((now - s.lastMessageNanos()) / 1e9))
        : StatusTexts.state(s, now));
    statusDetail.set(s.state() == ConnectionState.RECONNECTING
        ? Texts.get("status.attempt", s.attempt(), Texts.of(s.detail())) : Texts.of(s.detail()));
    lastMessage.set(s.lastMessageNanos() == 0 ? Texts.get("status.noData")
        : StatusTexts.lastMessage(now - s.lastMessageNanos()));
    // A source that does not deliver makes what is on screen as old as a silent link would.
    stale.set(trouble != null || isStale(s, now));
    problem.set(trouble == null ? stats.lastProblem()
        : StatusTexts.troubleProblem(trouble, control.troubleMessage(trouble)));
    feedDescription.set(description);
    pollable.set(control.offersPolling());
    String followed = address.shown(control.currentUrl());
    if (followed != null) {
      url.set(followed);
    }
    clock.set(pollable.get() ? StatusTexts.clock(stats.clockOffset())
        : Texts.get("status.clock.unknown"));

    headline.set(columns.show(stats, now));
  }

  /**
   * Whether what is on screen may no longer be true: the feed is not live, or nothing (not even
   * a heartbeat) has come for three of its periods: a second's heartbeat, or the poll interval.
   */
  boolean isStale(ConnectionStatus s, long nowNanos) {
    if (s.state() != ConnectionState.LIVE) {
      return true;
    }
    return isSilent(s, nowNanos);
  }

  private boolean isSilent(ConnectionStatus s, long nowNanos) {
    long period = mode.get() == FeedMode.POLL ? pollInterval().toNanos() : 1_000_000_000L;
    return silence.isSilent(s, nowNanos, pollable.get(), period);
  }

  /** Whether the figures on screen may be out of date; see {@link #isStale}. */
  public ReadOnlyBooleanProperty staleProperty() {
    return stale.getReadOnlyProperty();
  }

  /** Now, on the feed's clock (epoch microseconds): what the age of a reading is taken from. */
  public long sourceNowMicros() {
    return EpochMicros.of(java.time.Instant.now()) + stats.sourceShiftMicros();
  }

  /** What the feed is (the embedded demo, or which server), for the status line. */
  public ReadOnlyStringProperty feedDescriptionProperty() {
    return feedDescription.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty clockProperty() {
    return clock.getReadOnlyProperty();
  }

  public Duration pollInterval() {
    return Duration.ofMillis(pollIntervalMillis.get());
  }

  public StringProperty urlProperty() {
    return url;
  }

  public ObjectProperty<FeedMode> modeProperty() {
    return mode;
  }

  public IntegerProperty pollIntervalMillisProperty() {
    return pollIntervalMillis;
  }

  public ReadOnlyBooleanProperty connectedProperty() {
    return connected.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<ConnectionState> stateProperty() {
    return state.getReadOnlyProperty();
  }

  /**
   * Whether the connection is live but the server says its source, or its shared history, does
   * not deliver (protocol 1.4): shown amber, the tiles dimmed with their age.
   */
  public ReadOnlyBooleanProperty degradedProperty() {
    return degraded.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty statusTextProperty() {
    return statusText.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty statusDetailProperty() {
    return statusDetail.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty lastMessageProperty() {
    return lastMessage.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty problemProperty() {
    return problem.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty headlineProperty() {
    return headline.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty urlErrorProperty() {
    return urlError.getReadOnlyProperty();
  }

  public StatsColumn currentStats() {
    return columns.current();
  }

  public StatsColumn previousStats() {
    return columns.previous();
  }
}
