package org.livedash.alert;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.livedash.model.AlarmWatch;
import org.livedash.model.Reason;
import org.livedash.model.StoreTap;

/**
 * Carries the alerts the store judged to their {@link AlertOutlet}s on a thread of its own, so
 * the feed's writer only hands each one over. The hand-over is bounded: alerts that come faster
 * than the outlets take them (a series flapping at thousands a second) are counted as not told
 * and said in the log, never waited for.
 */
public final class AlertDispatch implements StoreTap, AutoCloseable {
  /** Alerts that may wait for the outlets. */
  static final int WAITING = 1024;
  private static final Logger LOG = Logger.getLogger(AlertDispatch.class.getName());
  private static final AlarmWatch.Alarm STOP = new AlarmWatch.Alarm(null, null, 0, 0, 0, 0);

  private final BlockingQueue<AlarmWatch.Alarm> waiting = new ArrayBlockingQueue<>(WAITING);
  private final List<AlertOutlet> outlets = new CopyOnWriteArrayList<>();
  private final AtomicLong notTold = new AtomicLong();
  private final AtomicLong told = new AtomicLong();
  private final Thread thread;

  /** Starts the alerts' thread. */
  public AlertDispatch() {
    thread = new Thread(this::run, "alerts");
    thread.setDaemon(true);
    thread.start();
  }

  /** Tells {@code outlet} every alert from now on. */
  public AlertDispatch to(AlertOutlet outlet) {
    outlets.add(outlet);
    return this;
  }

  @Override
  public void alert(AlarmWatch.Alarm alert, long receivedMicros) {
    if (!waiting.offer(alert) && notTold.getAndIncrement() == 0) {
      LOG.warning(Reason.of("alerts.behind", WAITING).english());
    }
  }

  /** Alerts passed over because the outlets fell behind. */
  public long notTold() {
    return notTold.get();
  }

  /** Alerts handed to every outlet. */
  public long told() {
    return told.get();
  }

  private void run() {
    try {
      for (AlarmWatch.Alarm a = waiting.take(); a != STOP; a = waiting.take()) {
        for (AlertOutlet o : outlets) {
          try {
            o.told(a);
          } catch (RuntimeException e) {
            LOG.log(Level.WARNING, Reason.of("alerts.outletFailed", Reason.why(e)).english(), e);
          }
        }
        told.incrementAndGet();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Tells what is waiting, then stops (at most a few seconds). */
  @Override
  public void close() {
    try {
      waiting.put(STOP);
      thread.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
