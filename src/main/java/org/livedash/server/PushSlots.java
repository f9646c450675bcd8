package org.livedash.server;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The push clients a server allows at once ({@code --max-clients}), counted exactly: a slot is
 * taken before an upgrade is accepted and given back when the connection ends (or when the
 * upgrade never happened), so two thousand clients arriving at once never get past a limit of
 * a hundred. Thread-safe.
 */
final class PushSlots {
  private final int max;
  private final AtomicInteger taken = new AtomicInteger();

  PushSlots(int max) {
    this.max = max;
  }

  /** A slot, or null when every one is taken. */
  Slot take() {
    while (true) {
      int now = taken.get();
      if (now >= max) {
        return null;
      }
      if (taken.compareAndSet(now, now + 1)) {
        return new Slot();
      }
    }
  }

  int taken() {
    return taken.get();
  }

  int max() {
    return max;
  }

  /** One client's place; given back once, however many times it is released. */
  final class Slot {
    private final AtomicBoolean released = new AtomicBoolean();
    private final AtomicBoolean used = new AtomicBoolean();

    /** A socket was made for the slot: it releases it when its connection ends. */
    void use() {
      used.set(true);
    }

    boolean used() {
      return used.get();
    }

    void release() {
      if (released.compareAndSet(false, true)) {
        taken.decrementAndGet();
      }
    }
  }
}
