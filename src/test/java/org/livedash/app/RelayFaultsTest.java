package org.livedash.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The relay fault bench's invariant, once per fault, with real processes: relays killed with
 * SIGKILL and paused with SIGSTOP, Redis killed and restarted from its append-only file, an
 * owner cut from Redis. Counted from the publisher's side, no reading is ever lost silently,
 * none repeated, and an owner's death costs (almost) nothing.
 */
class RelayFaultsTest {
  @Test
  void noFaultLosesAReadingSilently(@TempDir Path dir) throws Exception {
    try (RelayFaultBench bench = new RelayFaultBench(dir)) {
      for (RelayFaultBench.Fault fault : RelayFaultBench.Fault.values()) {
        RelayFaultBench.Tally t = bench.inject(fault, 1);
        assertThat(t.silentlyLost()).as(fault.label + ": " + t).isZero();
        assertThat(t.repeated()).as(fault.label + ": " + t).isZero();
        if (fault == RelayFaultBench.Fault.OWNER_KILL) {
          assertThat(t.deliveredShare()).as(t.toString()).isGreaterThanOrEqualTo(0.99);
        }
      }
    }
  }
}
