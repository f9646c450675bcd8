package org.livedash.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The wire view's log: bounded in size and in rate, and empty while closed. */
class WireLogTest {
  private final AtomicLong nanos = new AtomicLong();
  private final WireLog log = new WireLog(nanos::get);
  private final WireLog.Tap tap = log.tap(WireEvent.Lane.MAIN);

  private static WireEvent.Frame frame(long at) {
    return new WireEvent.Frame(at, WireEvent.Lane.MAIN, true, WireEvent.Opcode.TEXT, true, false,
        10, 2, "{}", 0, "");
  }

  private int offer(int n) {
    int taken = 0;
    for (int i = 0; i < n; i++) {
      if (tap.wants()) {
        tap.add(frame(i));
        taken++;
      }
    }
    return taken;
  }

  @Test
  void takesNothingWhileClosed() {
    assertThat(offer(10)).isZero();
    assertThat(log.since(0).events()).isEmpty();
  }

  @Test
  void takesAtMostItsRateASecondAndCountsTheRest() {
    log.setOpen(true);
    assertThat(offer(WireLog.MAX_PER_SECOND + 50)).isEqualTo(WireLog.MAX_PER_SECOND);
    assertThat(log.since(0).notShown()).isEqualTo(50);
    nanos.addAndGet(1_000_000_000L);
    assertThat(offer(10)).isEqualTo(10);
  }

  @Test
  void keepsOnlyTheLastEventsAndReadsOnFromWhereItStopped() {
    log.setOpen(true);
    for (int s = 0; s < 10; s++) {
      nanos.addAndGet(1_000_000_000L);
      offer(WireLog.MAX_PER_SECOND);
    }
    WireLog.Batch all = log.since(0);
    assertThat(all.events()).hasSize(WireLog.CAPACITY);
    assertThat(all.next()).isEqualTo(10L * WireLog.MAX_PER_SECOND);
    nanos.addAndGet(1_000_000_000L);
    offer(3);
    List<WireEvent> fresh = log.since(all.next()).events();
    assertThat(fresh).hasSize(3);
    log.setOpen(false);
    assertThat(log.since(0).events()).isEmpty();
  }
}
