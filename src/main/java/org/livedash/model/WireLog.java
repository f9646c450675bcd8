package org.livedash.model;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * What the transports sent and received, kept for the wire view while it is open: a ring of the
 * last {@link #CAPACITY} events, at most {@link #MAX_PER_SECOND} a second (a fast feed's other
 * frames are counted as not shown), so memory and cost stay bounded at any rate. While the view
 * is closed a transport's only cost is one volatile read a message ({@link Tap#wants}); the last
 * handshake of each lane is always kept, so a view opened later still shows how its connection
 * began. Thread-safe: transports add from their threads, the view reads once a frame.
 */
public final class WireLog {
  /** Events kept. */
  public static final int CAPACITY = 1_000;
  /** Frames and exchanges taken per second; handshakes and notes always are. */
  public static final int MAX_PER_SECOND = 200;

  private final LongSupplier nanos;
  private final WireEvent[] ring = new WireEvent[CAPACITY];
  private final Map<WireEvent.Lane, WireEvent.Handshake> handshakes =
      new EnumMap<>(WireEvent.Lane.class);
  private volatile boolean open;
  // Guarded by this.
  private long next;
  private long second = Long.MIN_VALUE;
  private int takenThisSecond;
  private long notShown;

  public WireLog() {
    this(System::nanoTime);
  }

  /** A log on a given clock, for tests of the rate bound. */
  public WireLog(LongSupplier nanos) {
    this.nanos = nanos;
  }

  /** Where one lane's transport writes. */
  public Tap tap(WireEvent.Lane lane) {
    return new Tap(lane);
  }

  public boolean isOpen() {
    return open;
  }

  /** Opens (the view is showing) or closes; closing drops what was kept but the handshakes. */
  public synchronized void setOpen(boolean isOpen) {
    open = isOpen;
    if (!isOpen) {
      java.util.Arrays.fill(ring, null);
    }
  }

  /** The events from sequence number {@code from} on, as far as the ring still holds them. */
  public synchronized Batch since(long from) {
    long first = Math.max(from, next - CAPACITY);
    List<WireEvent> events = new ArrayList<>((int) Math.max(0, next - first));
    for (long s = Math.max(0, first); s < next; s++) {
      WireEvent e = ring[(int) (s % CAPACITY)];
      if (e != null) {
        events.add(e);
      }
    }
    return new Batch(events, next, notShown);
  }

  /** The last handshake of {@code lane}, or null before the first. */
  public synchronized WireEvent.Handshake handshake(WireEvent.Lane lane) {
    return handshakes.get(lane);
  }

  private synchronized boolean admit() {
    long s = nanos.getAsLong() / 1_000_000_000L;
    if (s != second) {
      second = s;
      takenThisSecond = 0;
    }
    if (takenThisSecond >= MAX_PER_SECOND) {
      notShown++;
      return false;
    }
    takenThisSecond++;
    return true;
  }

  private synchronized void add(WireEvent e) {
    if (e instanceof WireEvent.Handshake h) {
      handshakes.put(h.lane(), h);
    }
    if (open) {
      ring[(int) (next % CAPACITY)] = e;
      next++;
    }
  }

  /**
   * New events since a read: {@code next} is where the following read starts; {@code notShown}
   * counts the frames and exchanges left out by the rate bound so far.
   */
  public record Batch(List<WireEvent> events, long next, long notShown) {}

  /** One lane's writer, handed to its transport. */
  public final class Tap {
    private final WireEvent.Lane lane;

    private Tap(WireEvent.Lane lane) {
      this.lane = lane;
    }

    public WireEvent.Lane lane() {
      return lane;
    }

    /**
     * Whether a frame or exchange should be taken now: the view is open and under the rate.
     * Transports ask before building an event, so a closed view costs one volatile read.
     */
    public boolean wants() {
      return open && admit();
    }

    /** Whether a handshake or note should be built: always for handshakes, kept for later. */
    public boolean isOpen() {
      return open;
    }

    /** Adds an event built after {@link #wants} (or a handshake, always). */
    public void add(WireEvent e) {
      WireLog.this.add(e);
    }
  }
}
