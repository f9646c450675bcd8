package org.livedash.client;

import org.livedash.i18n.Texts;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.livedash.feed.FeedEndpoints;
import org.livedash.feed.mapping.FieldPath;
import org.livedash.feed.mapping.MappingTally;
import org.livedash.feed.mapping.MessageShapes;
import org.livedash.feed.mapping.PlotRule;
import org.livedash.feed.profile.Profile;
import org.livedash.server.FeedSource;
import org.livedash.model.ConnectionStatus;
import org.livedash.model.FeedMode;
import org.livedash.model.FeedView;
import org.livedash.model.Reason;
import org.livedash.model.SeriesOverride;
import org.livedash.model.ServerTrouble;
import org.livedash.record.FeedRecorder;
import org.livedash.model.WireLog;
import org.livedash.ui.FeedControl;
import org.livedash.settings.SecretKeyring;

/**
 * Lets the dashboard drive the connection through the UI's own small interface: a URL typed
 * in, a profile chosen, a mode switched. Secrets given for a profile are kept for this run only,
 * in memory, and looked up before the environment.
 */
public final class SupervisorControl implements FeedControl {
  private final AppContext context;
  private final SecretKeyring keyring;
  private final Map<String, String> askedSecrets = new java.util.concurrent.ConcurrentHashMap<>();

  /** With no system keyring: secrets are asked for each run. */
  public SupervisorControl(AppContext context) {
    this(context, SecretKeyring.none());
  }

  public SupervisorControl(AppContext context, SecretKeyring keyring) {
    this.context = context;
    this.keyring = keyring;
  }

  @Override
  public CompletableFuture<KnownSecrets> recall(Profile profile) {
    return CompletableFuture.supplyAsync(() -> {
      Set<String> known = new java.util.LinkedHashSet<>();
      for (String name : profile.secretNames()) {
        if (!hasSecret(profile, name)) {
          String kept = keyring.lookup(profile.destination(), name);
          if (kept != null) {
            askedSecrets.put(key(profile, name), kept);
          }
        }
        if (hasSecret(profile, name)) {
          known.add(name);
        }
      }
      return new KnownSecrets(Set.copyOf(known), keyring.available());
    }, context.backgroundExecutor());
  }

  @Override
  public void keep(Profile profile, Map<String, String> secrets) {
    context.backgroundExecutor().execute(() -> secrets.forEach((name, value) -> {
      try {
        keyring.store(profile.destination(), name, value);
      } catch (IllegalStateException e) {
        context.stats().reportProblem(Texts.message(e));
      }
    }));
  }

  @Override
  public boolean offersPolling() {
    return context.speaksLiveDash();
  }

  @Override
  public String feedDescription() {
    org.livedash.ui.Playback played = context.replays().current();
    if (played != null) {
      // A recording played is not recorded again: it is only played.
      return Texts.get("feed.playing", played.name());
    }
    FeedRecorder recorder = context.recorder();
    if (recorder == null) {
      return feedItself();
    }
    return feedItself() + " · " + (recorder.failure() != null ? Texts.of(recorder.failure())
        : Texts.get("feed.recording", recorder.file().getFileName()));
  }

  private String feedItself() {
    Profile p = context.profile();
    FeedEndpoints e = context.endpoints();
    EmbeddedFeed here = context.embeddedFeed();
    if (e == null) {
      return Texts.get("feed.none");
    }
    if (here != null && here.serves(e)) {
      // The window's own server: the demo, or a broker or venue it relays — named as such.
      return here.isDemo() ? Texts.get("feed.demo")
          : Texts.get("feed.relayedHere", here.sourceDescription());
    }
    // Relays of one feed: the one the client is on now, and how many there are.
    FeedEndpoints on = context.supervisor().relay() == null ? e : context.supervisor().relay();
    String at = on.websocket().getHost() + (on.websocket().getPort() < 0 ? ""
        : ":" + on.websocket().getPort());
    int relays = e.relays().size();
    String name = p != null && p.name() != null && !p.name().isBlank() ? p.name() : null;
    String what = (name != null ? Texts.get("feed.named", name, at) : Texts.get("feed.at", at))
        + (relays > 1 ? " " + Texts.get("feed.relay", e.relays().indexOf(on) + 1, relays) : "");
    if (p != null && !p.isLiveDash() && (p.mapping() == null || p.mapping().rules() == null
        || p.mapping().rules().isEmpty())) {
      return what + " · " + Texts.get("feed.nothingMapped");
    }
    MappingTally tally = context.mappingTally();
    long unmatched = tally == null ? 0 : tally.unmatchedMessages();
    // Kept, to be looked at in the profile editor ("Use the feed's unmatched messages").
    return unmatched == 0 ? what : what + " · " + Texts.get("feed.unmatched", unmatched);
  }

  @Override
  public String troubleMessage(ServerTrouble trouble) {
    EmbeddedFeed here = context.embeddedFeed();
    FeedSource relayed = context.relayed();
    Reason now = relayed != null && here != null && here.serves(context.endpoints())
        && ServerTrouble.SOURCE.equals(trouble.code()) ? relayed.problem() : null;
    return now != null ? Texts.of(now) : trouble.message();
  }

  @Override
  public ConnectionStatus status() {
    return context.supervisor().status();
  }

  @Override
  public String currentUrl() {
    org.livedash.ui.Playback played = context.replays().current();
    if (played != null) {
      return played.file().toString();
    }
    FeedEndpoints e = context.endpoints();
    EmbeddedFeed here = context.embeddedFeed();
    if (here != null && !here.isDemo() && here.serves(e)) {
      // A broker relayed in this window: its address, not the loopback relay's.
      return here.sourceAddress();
    }
    return e == null ? "" : String.join(",",
        e.relays().stream().map(r -> r.websocket().toString()).toList());
  }

  @Override
  public String layoutName() {
    Profile p = context.profile();
    FeedEndpoints e = context.endpoints();
    EmbeddedFeed here = context.embeddedFeed();
    if (context.replays().current() != null || e == null) {
      return null;
    }
    if (here != null && here.serves(e) && here.isDemo()) {
      return AddedFeed.DEMO;
    }
    if (p != null && p.name() != null && !p.name().isBlank() && !p.isLiveDash()) {
      return p.name();
    }
    String url = currentUrl();
    return AddedFeed.holdsSecret(url) || url.contains(org.livedash.feed.ShownAddress.HIDDEN)
        ? null : url;
  }

  @Override
  public Profile currentProfile() {
    return context.profile();
  }

  @Override
  public MappingTally mappingTally() {
    return context.mappingTally();
  }

  @Override
  public MessageShapes messageShapes() {
    if (!context.speaksLiveDash()) {
      return context.pipeline().plots().messages();
    }
    // A broker relayed by the window's own server: its topics, as the broker sent them.
    FeedSource relayed = relayedHere();
    return relayed == null ? null : relayed.messages();
  }

  @Override
  public CompletableFuture<Profile> plot(MessageShapes.ShapeView shape, FieldPath path) {
    FeedSource relayed = relayedHere();
    if (relayed != null && shape.topic() != null) {
      // The relay made the series already: that field's, on each topic of the kind clicked.
      List<String> ids = BrokerSeries.ofEveryTopic(relayed.messages().snapshot(0), shape, path,
          relayed::seriesOf);
      if (ids.isEmpty()) {
        return CompletableFuture.failedFuture(new IllegalArgumentException(
            Texts.get("browser.noSeries")));
      }
      ids.forEach(context.pipeline().plots()::announce);
      return CompletableFuture.completedFuture(context.profile());
    }
    return CompletableFuture.supplyAsync(() -> context.pipeline().plot(shape, path),
        context.backgroundExecutor());
  }

  /** The broker the window's own server relays, when that is the feed shown; else null. */
  private FeedSource relayedHere() {
    EmbeddedFeed here = context.embeddedFeed();
    return here != null && !here.isDemo() && here.serves(context.endpoints())
        ? context.relayed() : null;
  }

  @Override
  public boolean plotted(MessageShapes.ShapeView shape, FieldPath path) {
    Profile p = context.profile();
    MessageShapes m = context.pipeline().plots().messages();
    com.fasterxml.jackson.databind.JsonNode sample = m.lastMessage(shape.key());
    return p != null && sample != null && PlotRule.plotted(p.mapping(), shape, sample, path);
  }

  @Override
  public List<String> takeClicked() {
    return context.pipeline().plots().takeClicked();
  }

  @Override
  public void connect(String url, FeedMode mode, Duration pollInterval) {
    if (url.strip().toLowerCase(java.util.Locale.ROOT).endsWith(".mcap")) {
      // A recording's path typed in the address bar: played as the feed.
      context.replays().playTyped(java.nio.file.Path.of(url.strip()));
      return;
    }
    if (url.strip().regionMatches(true, 0, "mqtt", 0, 4)) {
      // A broker typed in the address bar: relayed by the window's own server.
      connect(Profile.mqtt(url), Map.of(), mode, pollInterval);
      return;
    }
    context.connect(FeedEndpoints.fromUrls(url), mode, pollInterval);
  }

  @Override
  public CompletableFuture<Reason> notLiveDash(String url) {
    try {
      return context.notLiveDash(FeedEndpoints.fromUrls(url))
          .thenApply(why -> why == null ? null : Reason.of("connect.notLiveDash", why));
    } catch (IllegalArgumentException e) {
      return CompletableFuture.completedFuture(null);
    }
  }

  @Override
  public void connect(Profile profile, Map<String, String> secrets, FeedMode mode,
      Duration pollInterval) {
    secrets.forEach((name, value) -> askedSecrets.put(key(profile, name), value));
    context.connect(profile, secretsOf(profile), mode, pollInterval, false);
  }

  @Override
  public CompletableFuture<List<String>> sample(Profile profile) {
    try {
      return context.sample(profile, secretsOf(profile));
    } catch (IllegalArgumentException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /** The secrets known for where {@code profile} sends them, by name. */
  private java.util.function.Function<String, String> secretsOf(Profile profile) {
    return name -> {
      String asked = askedSecrets.get(key(profile, name));
      return asked != null ? asked : context.commandLineSecret(profile, name);
    };
  }

  private static String key(Profile profile, String name) {
    return profile.destination() + " " + name;
  }

  @Override
  public boolean hasSecret(Profile profile, String name) {
    return secretsOf(profile).apply(name) != null;
  }

  @Override
  public FeedView view() {
    return context.pipeline().views().view();
  }

  @Override
  public void saveView(FeedView view) {
    // A file is written: off the JavaFX thread, for the feed shown now.
    String key = context.pipeline().viewKey();
    context.backgroundExecutor().execute(() -> context.pipeline().views().save(key, view));
  }

  @Override
  public void override(String id, SeriesOverride override) {
    String key = context.pipeline().viewKey();
    context.backgroundExecutor().execute(
        () -> context.pipeline().views().override(key, id, override));
  }

  @Override
  public void alertRules(String id, java.util.List<org.livedash.model.AlertRule> rules) {
    String key = context.pipeline().viewKey();
    context.backgroundExecutor().execute(
        () -> context.pipeline().views().alertRules(key, id, rules));
  }

  @Override
  public java.util.List<java.nio.file.Path> recordingFiles() {
    FeedRecorder r = context.recorder();
    return r == null ? java.util.List.of() : r.files();
  }

  @Override
  public org.livedash.model.Reason desktopNotifications() {
    return context.alerts().desktopProblem();
  }

  @Override
  public org.livedash.alert.AlertLog alertLog() {
    return context.alerts().log();
  }

  @Override
  public org.livedash.ui.Playback playback() {
    return context.replays().current();
  }

  @Override
  public CompletableFuture<List<org.livedash.model.Layout.Annotation>> notesIn(
      java.nio.file.Path file) {
    return CompletableFuture.supplyAsync(() -> org.livedash.record.RecordedNotes.inOrNone(file),
        context.backgroundExecutor());
  }

  @Override
  public CompletableFuture<Void> replay(java.nio.file.Path file) {
    return context.replays().play(file, 1, Long.MIN_VALUE, false);
  }

  @Override
  public void backToLive(FeedMode mode, Duration pollInterval) {
    context.replays().backToLive(mode, pollInterval);
  }

  @Override
  public org.livedash.ui.chart.RecordedHistory recordedHistory() {
    return new RecordedFeedHistory(context, recordingsFolder());
  }

  @Override
  public java.nio.file.Path recordingsFolder() {
    return org.livedash.settings.UserDirectories.system().recordings();
  }

  @Override
  public void switchMode(FeedMode mode, Duration pollInterval) {
    context.supervisor().switchMode(mode, pollInterval);
  }

  @Override
  public WireLog wireLog() {
    return context.wireLog();
  }

  @Override
  public void companion(boolean on) {
    context.companion(on);
  }

  @Override
  public FeedMode companionMode() {
    return context.companion().mode();
  }

  @Override
  public boolean browserHeaders() {
    return context.browserHeaders().get();
  }

  @Override
  public void setBrowserHeaders(boolean on) {
    context.browserHeaders().set(on);
  }

  @Override
  public void disconnect() {
    context.supervisor().disconnect();
  }
}
