package org.livedash.ui;

import org.livedash.i18n.Texts;
import org.livedash.model.Reason;
import org.livedash.feed.profile.Profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.livedash.feed.FeedEndpoints;
import org.livedash.model.ConnectionState;
import org.livedash.model.ConnectionStatus;
import org.livedash.model.FeedMode;
import org.livedash.model.FeedStats;
import org.livedash.model.StatsSnapshot;
import org.livedash.model.WireCount;

class DashboardViewModelTest {

  /** Records what the view model asks of the connection. */
  static final class FakeControl implements FeedControl {
    final List<String> calls = new ArrayList<>();
    boolean pollable = true;
    ConnectionStatus status = new ConnectionStatus(ConnectionState.LIVE, FeedMode.WS, said("ok"), 0,
        0, 0);

    @Override
    public ConnectionStatus status() {
      return status;
    }

    String url = "ws://h:1/feed";
    org.livedash.model.Reason desktopProblem;

    @Override
    public org.livedash.model.Reason desktopNotifications() {
      return desktopProblem;
    }

    @Override
    public String currentUrl() {
      return url;
    }

    @Override
    public void connect(Profile profile, java.util.Map<String, String> secrets, FeedMode mode,
        Duration pollInterval) {
      calls.add("connect " + profile.name());
    }

    @Override
    public String feedDescription() {
      return "Feed at h:1";
    }

    @Override
    public boolean offersPolling() {
      return pollable;
    }

    @Override
    public void connect(String url, FeedMode mode, Duration pollInterval) {
      FeedEndpoints.fromUrl(url);
      calls.add("connect " + url + " " + mode.key());
    }

    @Override
    public void switchMode(FeedMode mode, Duration pollInterval) {
      calls.add("switch " + mode.key() + " " + pollInterval.toMillis());
    }

    @Override
    public void disconnect() {
      calls.add("disconnect");
    }
  }

  private final FakeControl control = new FakeControl();
  private final FeedStats stats = new FeedStats();
  private final DashboardViewModel vm = new DashboardViewModel(control, stats, FeedMode.WS,
      Duration.ofSeconds(1), () -> 10_000_000_000L);

  @Test
  void theFeedIsStaleWhenNotLiveOrSilentForThreeHeartbeats() {
    long now = 10_000_000_000L;
    ConnectionStatus live = new ConnectionStatus(ConnectionState.LIVE, FeedMode.WS, said(""), 0,
        now - 2_000_000_000L, 0);
    assertThat(vm.isStale(live, now)).isFalse();
    assertThat(vm.isStale(live.withLastMessage(now - 3_500_000_000L), now)).isTrue();
    assertThat(vm.isStale(new ConnectionStatus(ConnectionState.RECONNECTING, FeedMode.WS, said(""),
        now + 1, now, 1), now)).isTrue();
    // Polling every 2 s: a message 4 s ago is not late yet.
    vm.modeProperty().set(FeedMode.POLL);
    vm.pollIntervalMillisProperty().set(2000);
    assertThat(vm.isStale(live.withLastMessage(now - 4_000_000_000L), now)).isFalse();
    assertThat(vm.isStale(live.withLastMessage(now - 6_500_000_000L), now)).isTrue();
    control.status = live.withLastMessage(now - 5_000_000_000L);
    vm.modeProperty().set(FeedMode.WS);
    vm.refresh();
    assertThat(vm.staleProperty().get()).isTrue();
  }

  @Test
  void aLiveFeedWhoseSourceIsDownSaysSoAmberAndDimsWhatItShowsUntilItIsBack() {
    long now = System.nanoTime();
    control.status = new ConnectionStatus(ConnectionState.LIVE, FeedMode.WS, said(""), 0, now, 0);
    vm.refresh();
    assertThat(vm.degradedProperty().get()).isFalse();
    assertThat(vm.statusTextProperty().get()).isEqualTo("Live");
    long since = vm.sourceNowMicros() - 12_000_000L;
    stats.serverStatus(new org.livedash.model.ServerTrouble("source",
        "broker mqtt://plant:1883 unreachable: connection refused; reconnecting", since));
    vm.refresh();
    assertThat(vm.degradedProperty().get()).isTrue();
    assertThat(vm.statusTextProperty().get()).isEqualTo("Source down · 12 s");
    assertThat(vm.staleProperty().get()).as("the tiles dim with their age").isTrue();
    assertThat(vm.problemProperty().get())
        .startsWith("the server cannot reach the source it relays")
        .contains("\u201cbroker mqtt://plant:1883 unreachable");
    stats.serverStatus(null);
    vm.refresh();
    assertThat(vm.degradedProperty().get()).isFalse();
    assertThat(vm.statusTextProperty().get()).isEqualTo("Live");
    assertThat(vm.staleProperty().get()).isFalse();
  }

  @Test
  void aTypedPollIntervalIsCheckedAndClampedWithAReason() {
    assertThat(PollIntervalInput.parse(" 250 ms").millis()).isEqualTo(250);
    assertThat(PollIntervalInput.parse("1,500").millis()).isEqualTo(1500);
    PollIntervalInput bad = PollIntervalInput.parse("abc");
    assertThat(bad.isValid()).isFalse();
    assertThat(bad.message()).contains("\"abc\" is not a poll interval").contains("50 to 60000");
    assertThat(PollIntervalInput.parse("10").millis()).isEqualTo(50);
    assertThat(PollIntervalInput.parse("10").message()).contains("raised to the minimum");
    assertThat(PollIntervalInput.parse("99999999999").message())
        .contains("lowered to the maximum");
    assertThat(PollIntervalInput.parse("").isValid()).isFalse();
  }

  @Test
  void changingTheModeSwitchesTheFeed() {
    vm.modeProperty().set(FeedMode.POLL);
    vm.pollIntervalMillisProperty().set(250);
    assertThat(control.calls).containsExactly("switch poll 1000", "switch poll 250");
  }

  @Test
  void disconnectingThenConnectingUsesTheTypedUrl() {
    vm.toggleConnection();
    vm.urlProperty().set("ws://other:2/feed");
    vm.toggleConnection();
    assertThat(control.calls).containsExactly("disconnect", "connect ws://other:2/feed ws");
    assertThat(vm.connectedProperty().get()).isTrue();
  }

  @Test
  void aBadUrlIsShownAndNothingConnects() {
    vm.toggleConnection();
    vm.urlProperty().set("gopher://x");
    vm.toggleConnection();
    assertThat(vm.urlErrorProperty().get()).contains("must start with ws://");
    assertThat(vm.connectedProperty().get()).isFalse();
  }

  @Test
  void saysWhenTheNextReconnectAttemptIsDue() {
    control.status = new ConnectionStatus(ConnectionState.RECONNECTING, FeedMode.WS,
        said("server closed"), 11_500_000_000L, 0, 3);
    vm.refresh();
    assertThat(vm.statusTextProperty().get()).isEqualTo("Reconnecting in 1.5 s");
    assertThat(vm.statusDetailProperty().get()).isEqualTo("attempt 3: server closed");
    assertThat(vm.lastMessageProperty().get()).isEqualTo("no data yet");
  }

  @Test
  void aRefusalIsShownAsSuchWithItsReasonNotAsADisconnect() {
    control.status = ConnectionStatus.refused(FeedMode.POLL,
        said("http://h:1/api/series answered HTTP 401 (it needs credentials)"));
    vm.refresh();
    assertThat(vm.statusTextProperty().get()).isEqualTo("Refused");
    assertThat(vm.statusDetailProperty().get()).contains("401");
    control.status = ConnectionStatus.down(FeedMode.POLL, said("disconnected"));
    vm.refresh();
    assertThat(vm.statusTextProperty().get()).isEqualTo("Disconnected");
  }

  @Test
  void putsTheCurrentAndPreviousModeSideBySide() {
    stats.enter(FeedMode.WS, 1, 0);
    stats.of(FeedMode.WS).recordUpdate(0, 500);
    stats.enter(FeedMode.POLL, 2_000_000_000L, 0);
    stats.of(FeedMode.POLL).recordUpdate(0, 480_000);
    vm.refresh();
    assertThat(vm.currentStats().titleProperty().get()).contains("HTTP polling");
    assertThat(vm.previousStats().titleProperty().get()).contains("WebSocket push");
    assertThat(vm.previousStats().cell(StatsColumn.Row.LATENCY_P50).get()).isEqualTo("0.50 ms");
    assertThat(vm.headlineProperty().get()).as("one update a side is no comparison")
        .startsWith("Not compared yet: 1 and 1 updates measured");
  }

  @Test
  void aComparisonEndsBackInTheUsersModeAndHandsOverTheResults() {
    long[] now = {0};
    DashboardViewModel model = new DashboardViewModel(control, stats, FeedMode.WS,
        Duration.ofSeconds(1), () -> now[0]);
    List<List<org.livedash.report.ModeResult>> done = new java.util.ArrayList<>();
    model.startCompare(Duration.ofSeconds(1), done::add);
    assertThat(model.comparingProperty().get()).isTrue();
    for (int i = 0; i < 10; i++) {
      model.tickCompare();
      now[0] += 1_000_000_000L;
    }
    assertThat(model.comparingProperty().get()).isFalse();
    assertThat(done).hasSize(1);
    assertThat(done.get(0)).hasSize(FeedMode.values().length);
    assertThat(control.calls).last().isEqualTo("switch ws 1000");
  }

  @Test
  void comparesOnlyTwoDifferentModesWithLatencies() {
    StatsSnapshot ws = new StatsSnapshot(FeedMode.WS, 1, 100, 0, 0, 0, 0, 0, 8000, 0, 0, 0, 0.5,
        0.8, 1, 2, 0.6, 9, 17, 0, 0, WireCount.NONE);
    StatsSnapshot poll = new StatsSnapshot(FeedMode.POLL, 1, 100, 0, 0, 0, 0, 0, 40000, 0, 5, 1,
        500, 850, 900, 1000, 480, 510, 990, 0, 0, WireCount.NONE);
    assertThat(StatusTexts.verdict(ws, "WebSocket push", poll,
        "HTTP polling every 250 ms")).contains("in 0.50 ms (p50) and 1.00 ms (p99)")
        .contains("where HTTP polling every 250 ms takes 500 ms and 900 ms")
        .contains("about 1,000× sooner at p50").contains("5.0× fewer bytes")
        .contains("(100 and 100 updates measured.)").doesNotContain("tail");
    // Push's median sooner, its tail later (the demo's first seconds): both said.
    StatsSnapshot slowTail = new StatsSnapshot(FeedMode.WS, 1, 100, 0, 0, 0, 0, 0, 8000, 0, 0,
        0, 1.09, 900, 1270, 1670, 60, 9, 17, 0, 0, WireCount.NONE);
    StatsSnapshot second = new StatsSnapshot(FeedMode.POLL, 1, 100, 0, 0, 0, 0, 0, 40000, 0, 5,
        1, 500, 850, 1030, 1100, 480, 510, 990, 0, 0, WireCount.NONE);
    assertThat(StatusTexts.verdict(slowTail, "WebSocket push", second, "HTTP polling"))
        .contains("sooner at p50").contains("later at p99")
        .contains("push's slowest updates come later than those of HTTP polling");
    StatsSnapshot few = new StatsSnapshot(FeedMode.POLL, 1, 10, 0, 0, 0, 0, 0, 4000, 0, 5, 1,
        500, 850, 900, 1000, 480, 510, 990, 0, 0, WireCount.NONE);
    assertThat(StatusTexts.verdict(ws, "a", few, "b")).startsWith("Not compared yet");
    assertThat(StatusTexts.verdict(ws, "a", null, "b")).isEmpty();
    assertThat(StatusTexts.verdict(ws, "a", ws, "a")).isEmpty();
  }

  @Test
  void pollingAgainstLongPollingIsNotCalledPush() {
    StatsSnapshot longPoll = new StatsSnapshot(FeedMode.LONGPOLL, 1, 10, 0, 0, 0, 0, 0, 800, 0,
        10, 0, 1.15, 2, 3, 4, 1.2, 9, 17, 0, 0, WireCount.NONE);
    StatsSnapshot poll = new StatsSnapshot(FeedMode.POLL, 1, 10, 0, 0, 0, 0, 0, 4000, 0, 5, 1, 160,
        850, 900, 1000, 480, 510, 990, 0, 0, WireCount.NONE);
    assertThat(StatusTexts.verdict(longPoll, "long-polling", poll, "polling")).isEmpty();
  }

  @Test
  void changingThePollIntervalStartsANewSegmentNamedByIt() {
    FeedStats stats = new FeedStats();
    stats.enter(FeedMode.POLL, Duration.ofMillis(1000), 1, 0);
    stats.of(FeedMode.POLL).recordUpdate(0, 500_000);
    stats.enter(FeedMode.POLL, Duration.ofMillis(250), 2, 0);
    stats.of(FeedMode.POLL).recordUpdate(0, 125_000);
    assertThat(Texts.of(stats.currentSegment().orElseThrow().title()))
        .isEqualTo("HTTP polling every 250 ms");
    assertThat(Texts.of(stats.previousSegment().orElseThrow().title()))
        .isEqualTo("HTTP polling every 1000 ms");
    assertThat(stats.currentSegment().orElseThrow().snapshot(3).latencyP50Ms())
        .isCloseTo(125, org.assertj.core.api.Assertions.within(1.0));
    assertThat(stats.previousSegment().orElseThrow().snapshot(3).latencyP50Ms())
        .isCloseTo(500, org.assertj.core.api.Assertions.within(1.0));
    // Going back to a setting continues its segment.
    stats.enter(FeedMode.POLL, Duration.ofMillis(1000), 4, 0);
    assertThat(stats.segments()).hasSize(2);
  }

  @Test
  void theAddressBarShowsTheNewFeedOnceItsServerIsUpNotTheOldOne() {
    FakeControl feeds = new FakeControl();
    feeds.url = "ws://127.0.0.1:33053/feed";
    DashboardViewModel model = new DashboardViewModel(feeds, new FeedStats(), FeedMode.WS,
        Duration.ofSeconds(1), System::nanoTime);
    model.refresh();
    model.urlProperty().set("typed by hand");
    model.connect(Profile.mqtt("mqtt://broker.plant:1883"), java.util.Map.of());
    // The window's own relay is still starting: the old address is not the new feed's.
    model.refresh();
    assertThat(model.urlProperty().get()).isEqualTo("typed by hand");
    feeds.url = "mqtt://broker.plant:1883";
    model.refresh();
    assertThat(model.urlProperty().get()).isEqualTo("mqtt://broker.plant:1883");
  }

  @Test
  void bytesPerSecondIsOverTheLastSecondsAndFallsToZeroInAnOutage() {
    java.util.concurrent.atomic.AtomicLong clock = new java.util.concurrent.atomic.AtomicLong(
        1_000_000_000_000L);
    FakeControl control = new FakeControl();
    FeedStats stats = new FeedStats();
    DashboardViewModel model = new DashboardViewModel(control, stats, FeedMode.WS,
        Duration.ofSeconds(1), clock::get);
    stats.enter(FeedMode.WS, clock.get(), 0);
    control.status = new ConnectionStatus(ConnectionState.LIVE, FeedMode.WS, said(""), 0, 0, 0);
    // A history of 600 kB on connecting, then 10 kB a second for ten seconds.
    stats.of(FeedMode.WS).recordTraffic(600_000, 0, 0, false);
    for (int i = 0; i < 10; i++) {
      model.refresh();
      clock.addAndGet(1_000_000_000L);
      stats.of(FeedMode.WS).recordTraffic(10_000, 0, 0, false);
    }
    model.refresh();
    assertThat(model.currentStats().cell(StatsColumn.Row.BYTES_PER_SECOND).get())
        .as("the history weighs no more once it is five seconds old")
        .isEqualTo(org.livedash.ui.chart.Formats.bytes(10_000));
    // The feed goes quiet: nothing more arrives.
    control.status = new ConnectionStatus(ConnectionState.RECONNECTING, FeedMode.WS, said(""), 0, 0,
        1);
    for (int i = 0; i < 7; i++) {
      clock.addAndGet(1_000_000_000L);
      model.refresh();
    }
    assertThat(model.currentStats().cell(StatsColumn.Row.BYTES_PER_SECOND).get())
        .isEqualTo(org.livedash.ui.chart.Formats.bytes(0));
  }

  @Test
  void aFeedWithoutHeartbeatsSilentPastWhatItsGapsAllowIsShownSilentNeverLive() {
    java.util.concurrent.atomic.AtomicLong clock = new java.util.concurrent.atomic.AtomicLong(
        1_000_000_000_000L);
    FakeControl venue = new FakeControl();
    venue.pollable = false;
    DashboardViewModel model = new DashboardViewModel(venue, new FeedStats(), FeedMode.WS,
        Duration.ofSeconds(1), clock::get);
    // Trades a second apart for a while.
    for (int i = 0; i < 10; i++) {
      venue.status = new ConnectionStatus(ConnectionState.LIVE, FeedMode.WS, said(""), 0,
          clock.get(), 0);
      model.refresh();
      clock.addAndGet(1_000_000_000L);
    }
    long last = clock.get() - 1_000_000_000L;
    clock.set(last + 4_000_000_000L);
    model.refresh();
    assertThat(model.statusTextProperty().get()).as("4 s: a quiet moment").isEqualTo("Live");
    assertThat(model.degradedProperty().get()).isFalse();
    clock.set(last + 22_000_000_000L);
    model.refresh();
    assertThat(model.statusTextProperty().get()).isEqualTo("Silent · 22 s");
    assertThat(model.degradedProperty().get()).as("amber").isTrue();
    assertThat(model.staleProperty().get()).isTrue();
    // A message again: live; a feed whose trades came 4 s apart is allowed 12 s.
    for (int i = 0; i < 3; i++) {
      venue.status = new ConnectionStatus(ConnectionState.LIVE, FeedMode.WS, said(""), 0,
          clock.get(), 0);
      model.refresh();
      assertThat(model.statusTextProperty().get()).isEqualTo("Live");
      clock.addAndGet(4_000_000_000L);
    }
    long quiet = clock.get() - 4_000_000_000L;
    clock.set(quiet + 11_000_000_000L);
    model.refresh();
    assertThat(model.statusTextProperty().get()).isEqualTo("Live");
    // The 22 s outage does not excuse the next one.
    clock.set(quiet + 13_000_000_000L);
    model.refresh();
    assertThat(model.statusTextProperty().get()).isEqualTo("Silent · 13 s");
  }

  /** A status detail as it is, in no language. */
  private static Reason said(String words) {
    return Reason.of("verbatim", words);
  }
}
