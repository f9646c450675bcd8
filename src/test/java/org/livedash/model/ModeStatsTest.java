package org.livedash.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ModeStatsTest {

  @Test
  void reportsLatencyPercentilesInMilliseconds() {
    ModeStats stats = new ModeStats(FeedMode.WS);
    for (int i = 1; i <= 100; i++) {
      stats.recordUpdate(0, i * 1_000L);
    }
    StatsSnapshot s = stats.snapshot(0);
    assertThat(s.updates()).isEqualTo(100);
    assertThat(s.latencyP50Ms()).isCloseTo(50, within(0.1));
    assertThat(s.latencyP99Ms()).isCloseTo(99, within(0.1));
    assertThat(s.latencyMaxMs()).isCloseTo(100, within(0.1));
  }

  @Test
  void theSteadyStateLeavesOutTheFirstSecondsOfUpdates() {
    ModeStats stats = new ModeStats(FeedMode.WS);
    long start = 1_700_000_000_000_000L;
    // A backlog while the compilers warm: two seconds late for the first four seconds.
    for (long at = start; at < start + 4_000_000; at += 1_000) {
      stats.recordUpdate(at - 2_000_000, at);
    }
    assertThat(stats.steadyLatencyHistogram()).isNull();
    for (long at = start + 4_000_000; at < start + 20_000_000; at += 1_000) {
      stats.recordUpdate(at - 3_000, at);
    }
    var steady = stats.steadyLatencyHistogram();
    assertThat(steady.getValueAtPercentile(99) / 1000.0).isCloseTo(3, within(0.01));
    assertThat(steady.getTotalCount()).isBetween(14_990L, 15_010L);
    assertThat(stats.snapshot(0).latencyP99Ms()).isCloseTo(2_000, within(2.0));
  }

  @Test
  void keepsTheDrawnLatencyApartFromTheReceivedOne() {
    ModeStats stats = new ModeStats(FeedMode.WS);
    stats.recordUpdate(1_000, 1_500);
    stats.recordDrawn(1_000, 17_000);
    StatsSnapshot s = stats.snapshot(0);
    assertThat(s.latencyP50Ms()).isCloseTo(0.5, within(0.01));
    assertThat(s.drawnP50Ms()).isCloseTo(16, within(0.05));
  }

  @Test
  void ratesArePerSecondOfTimeInTheMode() {
    ModeStats stats = new ModeStats(FeedMode.POLL);
    stats.activate(1_000_000_000L);
    stats.recordTraffic(5_000, 100, 4, true);
    stats.deactivate(3_000_000_000L);
    StatsSnapshot s = stats.snapshot(99_000_000_000L);
    assertThat(s.activeSeconds()).isEqualTo(2.0);
    assertThat(s.bytesInPerSecond()).isEqualTo(2_500);
    assertThat(s.requestsPerSecond()).isEqualTo(2);
    assertThat(s.emptyPolls()).isEqualTo(1);
  }

  @Test
  void updatesThatWaitedInThePreviousModeDoNotCountTowardsLatency() {
    FeedStats stats = new FeedStats();
    stats.enter(FeedMode.POLL, 1, 1_000_000);
    stats.enter(FeedMode.WS, 2, 5_000_000);
    ModeStats ws = stats.of(FeedMode.WS);
    ws.recordUpdate(4_200_000, 5_000_500);
    ws.recordUpdate(5_000_100, 5_000_600);
    StatsSnapshot s = ws.snapshot(3);
    assertThat(s.updates()).isEqualTo(2);
    assertThat(ws.caughtUp()).isEqualTo(1);
    assertThat(s.latencyMaxMs()).isCloseTo(0.5, within(0.01));
  }

  @Test
  void feedStatsRemembersThePreviousMode() {
    FeedStats stats = new FeedStats();
    stats.enter(FeedMode.WS, 1, 1);
    stats.enter(FeedMode.POLL, 2, 2);
    assertThat(stats.current()).contains(FeedMode.POLL);
    assertThat(stats.previous()).contains(FeedMode.WS);
    assertThat(stats.of(FeedMode.WS).isActive()).isFalse();
  }
}
