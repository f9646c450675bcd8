package org.livedash.transport;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Threads named for what runs on them ({@code feed-timer-1}), daemons so that none keeps the
 * process alive once its work is closed: for the clients' and relays' executors alike.
 */
public final class DaemonThreads {
  private DaemonThreads() {}

  /** Daemon threads named {@code name-1}, {@code name-2}, … */
  public static ThreadFactory named(String name) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
