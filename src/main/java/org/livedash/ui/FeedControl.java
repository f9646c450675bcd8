package org.livedash.ui;

import org.livedash.i18n.Texts;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.livedash.feed.mapping.FieldPath;
import org.livedash.feed.mapping.MappingTally;
import org.livedash.feed.mapping.MessageShapes;
import org.livedash.feed.profile.Profile;
import org.livedash.model.ConnectionStatus;
import org.livedash.model.FeedMode;
import org.livedash.model.FeedView;
import org.livedash.model.SeriesOverride;
import org.livedash.model.ServerTrouble;
import org.livedash.ui.wire.WireControl;

/**
 * What the dashboard may ask of the feed connection. The UI depends on this interface only; the
 * application wires it to the connection supervisor, and tests to a fake.
 */
public interface FeedControl extends WireControl {
  @Override
  ConnectionStatus status();

  /** The URL the feed is connected to (or was last), its secrets masked. */
  String currentUrl();

  /** What the feed is, in a few words: the embedded demo, or the server it comes from. */
  String feedDescription();

  /**
   * The server's words for {@code trouble}: for the window's own relay, its reason in the user's
   * language; for any other server, the message as it sent it (in English, the protocol's).
   */
  default String troubleMessage(ServerTrouble trouble) {
    return trouble.message();
  }

  /**
   * Whether the feed can also be polled: a LiveDash server can; a feed in its own JSON shape
   * is pushed only, so the mode toggle and the comparison do not apply.
   */
  default boolean offersPolling() {
    return true;
  }

  /**
   * What opens this feed again, as a layout keeps it: {@code demo}, its address, a profile's
   * name; null when that would hold a secret (a token in the address) or there is none.
   */
  default String layoutName() {
    return null;
  }

  /** The profile connected with, or null for a URL typed in. */
  default Profile currentProfile() {
    return null;
  }

  /** What the current profile's mapping made of the messages, or null for the protocol. */
  default MappingTally mappingTally() {
    return null;
  }

  /**
   * The current feed's messages by shape, for the message browser; null where there is none to
   * browse (a LiveDash server, whose series are described by its catalogue).
   */
  default MessageShapes messageShapes() {
    return null;
  }

  /**
   * Plots a field clicked in the message browser: the feed's mapping gains the rule that takes
   * it from every message of its shape, from the next message on. Completes with the profile as
   * it now stands, or fails with a one-line reason. Runs off the JavaFX thread.
   */
  default CompletableFuture<Profile> plot(MessageShapes.ShapeView shape, FieldPath path) {
    return CompletableFuture.failedFuture(new IllegalStateException("nothing to plot here"));
  }

  /** Whether that field is plotted by the current mapping already. */
  default boolean plotted(MessageShapes.ShapeView shape, FieldPath path) {
    return false;
  }

  /** The series clicked into being since last asked, for the charts to show. */
  default List<String> takeClicked() {
    return List.of();
  }

  /**
   * Connects to the server at {@code url}.
   *
   * @throws IllegalArgumentException with a one-line message when the URL is unusable
   */
  void connect(String url, FeedMode mode, Duration pollInterval);

  /**
   * Connects with a profile; {@code secrets} fill its {@code {secret:…}} placeholders, for this
   * run only (never saved).
   *
   * @throws IllegalArgumentException with a one-line message when the profile cannot be used
   */
  default void connect(Profile profile, Map<String, String> secrets, FeedMode mode,
      Duration pollInterval) {
    throw new IllegalArgumentException(Texts.get("control.urlsOnly"));
  }

  /**
   * The first messages of a profile's feed, taken on a connection of their own (the running
   * feed is not touched), for the profile editor's samples; fails in one line.
   */
  default CompletableFuture<List<String>> sample(Profile profile) {
    return CompletableFuture.failedFuture(new IllegalStateException("no feed to sample here"));
  }

  /**
   * What is known of a profile's secrets: the names found (asked this run, in the environment,
   * or in the system keyring, which is read off the JavaFX thread), and whether a keyring is
   * there to keep new ones.
   */
  record KnownSecrets(Set<String> names, boolean keyring) {}

  /** Looks a profile's secrets up, the system keyring included, off the JavaFX thread. */
  default CompletableFuture<KnownSecrets> recall(Profile profile) {
    return CompletableFuture.completedFuture(new KnownSecrets(Set.of(), false));
  }

  /** Keeps a profile's secrets in the system keyring for later runs (never in a file). */
  default void keep(Profile profile, Map<String, String> secrets) {}

  /**
   * Whether a secret of that name is known already for where {@code profile} sends it (asked
   * this run, or in the environment for the feed named on the command line).
   */
  default boolean hasSecret(Profile profile, String name) {
    return false;
  }

  /** How the user watches the current feed: series settings, charts, window. */
  default FeedView view() {
    return FeedView.NONE;
  }

  /** Keeps how the user watches the current feed, for the next run. */
  default void saveView(FeedView view) {}

  /** Shows series {@code id} as the user set it (name, unit, thresholds), now and later. */
  default void override(String id, SeriesOverride override) {}

  /** Judges series {@code id} by {@code rules} (beside its alarm levels), now and later. */
  default void alertRules(String id, java.util.List<org.livedash.model.AlertRule> rules) {}

  /** The files this run records the feed to, the first first; empty when it records nothing. */
  default java.util.List<java.nio.file.Path> recordingFiles() {
    return java.util.List.of();
  }

  /**
   * Why the server at an address typed in ({@code url}) does not speak the LiveDash protocol —
   * a feed of its own shape, and that a profile reads it — or null when it may (or the address
   * is not one to ask: connecting says what is wrong with it). Completes off the JavaFX thread.
   */
  default CompletableFuture<org.livedash.model.Reason> notLiveDash(String url) {
    return CompletableFuture.completedFuture(null);
  }

  /** Why alerts cannot be shown as desktop notifications here, or null when they can. */
  default org.livedash.model.Reason desktopNotifications() {
    return null;
  }

  /** The alerts raised in this window (and kept from earlier runs), or null for none. */
  default org.livedash.alert.AlertLog alertLog() {
    return null;
  }

  /** The recording played as the feed, or null while the feed is live. */
  default Playback playback() {
    return null;
  }

  /**
   * Plays the recording {@code file} as the feed, at 1×, in place of the live feed; read off the
   * JavaFX thread, failing in one line when it is not a recording that can be played.
   */
  default CompletableFuture<Void> replay(java.nio.file.Path file) {
    return CompletableFuture.failedFuture(new IllegalStateException(
        Texts.get("control.noReplay")));
  }

  /** The notes marked on the time axis while {@code file} was recorded; read off this thread. */
  default CompletableFuture<java.util.List<org.livedash.model.Layout.Annotation>> notesIn(
      java.nio.file.Path file) {
    return CompletableFuture.completedFuture(java.util.List.of());
  }

  /** Leaves the recording played for the live feed it was opened over, in {@code mode}. */
  default void backToLive(FeedMode mode, Duration pollInterval) {}

  /**
   * Where the charts read what their rings no longer hold: the recording played, or this run's
   * recording of the feed since it began to be shown.
   */
  default org.livedash.ui.chart.RecordedHistory recordedHistory() {
    return org.livedash.ui.chart.RecordedHistory.NONE;
  }

  /** Where this window keeps its recordings, or null when it keeps none. */
  default java.nio.file.Path recordingsFolder() {
    return null;
  }

  void switchMode(FeedMode mode, Duration pollInterval);

  void disconnect();
}
