package org.livedash.server;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Polling requests the server holds until there is something after the client's position, or
 * until they time out (long-polling, RFC 6202). Bounded: past the limit, new requests are
 * refused rather than held. Thread-safe.
 */
final class LongPolls {
  /** A held request: where its client stands, and how to answer it (reading the history then). */
  record Waiter(long after, long deadlineNanos, Runnable reply) {}

  private final FeedHistory history;
  private final int maxWaiting;
  private final List<Waiter> waiting = new ArrayList<>();

  LongPolls(FeedHistory history, int maxWaiting) {
    this.history = history;
    this.maxWaiting = maxWaiting;
  }

  /** Holds a request; false if too many are held already. */
  boolean hold(Waiter waiter) {
    synchronized (this) {
      if (waiting.size() >= maxWaiting) {
        return false;
      }
      waiting.add(waiter);
    }
    // Data may have arrived between the caller's check and now.
    wake();
    return true;
  }

  /** Answers every held request that now has updates to read. */
  void wake() {
    long last = history.last();
    answer(w -> w.after() < last);
  }

  /** Answers, with nothing, every held request whose time is up. */
  void expire(long nowNanos) {
    answer(w -> w.deadlineNanos() <= nowNanos);
  }

  synchronized int size() {
    return waiting.size();
  }

  private void answer(java.util.function.Predicate<Waiter> due) {
    List<Waiter> ready = new ArrayList<>();
    synchronized (this) {
      for (Iterator<Waiter> it = waiting.iterator(); it.hasNext(); ) {
        Waiter w = it.next();
        if (due.test(w)) {
          it.remove();
          ready.add(w);
        }
      }
    }
    for (Waiter w : ready) {
      w.reply().run();
    }
  }
}
