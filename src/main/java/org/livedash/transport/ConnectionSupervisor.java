package org.livedash.transport;

import org.livedash.feed.ShownAddress;
import org.livedash.model.Reason;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.livedash.feed.DecodedFrame;
import org.livedash.feed.FrameType;
import org.livedash.feed.FeedEndpoints;
import org.livedash.model.ConnectionState;
import org.livedash.model.ConnectionStatus;
import org.livedash.model.FeedMode;
import org.livedash.model.ResumePoint;
import org.livedash.model.SeriesMeta;

/**
 * Keeps the feed connected: fetches the catalogue, starts a transport for the chosen mode, and
 * when it fails starts a new one after a {@link ReconnectPolicy} delay, resuming after the last
 * sequence number received. Switching mode closes the old transport and starts the new one from
 * the same point, so the data continues with no hole and no repeat.
 *
 * <p>Threads: every state change runs on {@code executor}, which must be single-threaded. Frames
 * arrive on transport threads and are passed to the sink under {@link #ingestLock}, tagged with
 * the connection attempt that produced them; the attempt counter moves under the same lock, so
 * once a switch has begun no frame of the old transport can reach the sink.
 */
public final class ConnectionSupervisor implements AutoCloseable {
  private static final java.util.logging.Logger LOG =
      java.util.logging.Logger.getLogger(ConnectionSupervisor.class.getName());
  private final TransportFactory transports;
  private final CatalogueSource catalogue;
  private final FeedSink sink;
  private final ReconnectPolicy policy;
  private final ScheduledExecutorService executor;
  private final LongSupplier nanoClock;
  private final Object ingestLock = new Object();

  // Guarded by ingestLock.
  private long attemptId;

  // Confined to the executor thread.
  private FeedTransport transport;
  /** Which of the feed's relays ({@link #target}) the next attempt goes to. */
  private int relay;
  private FeedMode mode = FeedMode.WS;
  private Duration pollInterval = Duration.ofSeconds(1);
  private boolean wanted;
  private int failures;
  private Reason lastError = Reason.of("verbatim", "");
  /** When the current connection went live, 0 when it is not. */
  private long liveSinceNanos;
  private ScheduledFuture<?> retry;

  private volatile ConnectionStatus status = ConnectionStatus.down(FeedMode.WS,
      Reason.of("supervisor.notConnected"));
  private volatile long lastMessageNanos;
  /** The feed asked for: one server, or relays of one feed to fail over between. */
  private volatile FeedEndpoints target;
  /** The relay of {@link #target} tried now, set by the supervisor thread as it tries it. */
  private volatile FeedEndpoints endpoints;

  public ConnectionSupervisor(
      TransportFactory transports,
      CatalogueSource catalogue,
      FeedSink sink,
      ReconnectPolicy policy,
      ScheduledExecutorService executor,
      LongSupplier nanoClock) {
    this.transports = transports;
    this.catalogue = catalogue;
    this.sink = sink;
    this.policy = policy;
    this.executor = executor;
    this.nanoClock = nanoClock;
  }

  /** The server connected to (or last asked for), null before the first connect. */
  public FeedEndpoints endpoints() {
    return target;
  }

  /** The relay being connected to or connected, of the feed asked for; null before any. */
  public FeedEndpoints relay() {
    return endpoints;
  }

  /** Sets the status, told to the sink (a recording keeps the connection's events). */
  private void setStatus(ConnectionStatus next) {
    status = next;
    sink.onStatus(next);
  }

  /** The current state, for the status dot; any thread. */
  public ConnectionStatus status() {
    return status.withLastMessage(lastMessageNanos);
  }

  /** Connects (or reconnects) to a server in a mode. */
  public void connect(FeedEndpoints target, FeedMode newMode, Duration interval) {
    executor.execute(() -> {
      stopCurrent();
      sink.onConnecting(target);
      this.target = target;
      relay = 0;
      mode = newMode;
      pollInterval = interval;
      wanted = true;
      failures = 0;
      attempt(ConnectionState.CONNECTING);
    });
  }

  /** Moves the running feed to another mode or poll interval, resuming where it stands. */
  public void switchMode(FeedMode newMode, Duration interval) {
    executor.execute(() -> {
      boolean changed = newMode != mode || !interval.equals(pollInterval);
      mode = newMode;
      pollInterval = interval;
      if (wanted && changed) {
        stopCurrent();
        failures = 0;
        attempt(ConnectionState.CONNECTING);
      } else if (!wanted) {
        setStatus(ConnectionStatus.down(mode, status.detail()));
      }
    });
  }

  /** Whether the feed should be running: connected, or trying to be. */
  public boolean isRunning() {
    return status.state() != ConnectionState.DOWN;
  }

  /** Stops the feed until the next {@link #connect}. */
  public void disconnect() {
    executor.execute(() -> {
      wanted = false;
      stopCurrent();
      sink.onStopped();
      setStatus(ConnectionStatus.down(mode, Reason.of("supervisor.disconnected")));
    });
  }

  @Override
  public void close() {
    executor.execute(() -> {
      wanted = false;
      stopCurrent();
    });
    executor.shutdown();
    try {
      executor.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void attempt(ConnectionState stateWhileTrying) {
    endpoints = target.relays().get(relay);
    long id;
    synchronized (ingestLock) {
      id = ++attemptId;
    }
    Reason detail = failures == 0 ? Reason.of("supervisor.connecting", describe())
        : Reason.of("supervisor.retrying", describe(), lastError);
    setStatus(new ConnectionStatus(stateWhileTrying, mode, detail, 0, 0, failures));
    catalogue.fetch(endpoints).whenComplete((list, error) -> {
      try {
        executor.execute(() -> afterCatalogue(id, list, error));
      } catch (RejectedExecutionException e) {
        // The supervisor closed while the catalogue was on its way: nothing left to do.
      }
    });
  }

  private void afterCatalogue(long id, List<SeriesMeta> list, Throwable error) {
    if (!isCurrent(id) || !wanted) {
      return;
    }
    if (error != null) {
      Throwable cause = error instanceof CompletionException && error.getCause() != null
          ? error.getCause() : error;
      // An answer no LiveDash server gives: most likely a feed of its own shape, typed here.
      boolean foreign = HttpCatalogueSource.whyNotLiveDash(cause) != null;
      attemptFailed(id, Reason.of(foreign ? "supervisor.catalogueForeign"
          : "supervisor.catalogue", Failures.rootMessage(cause)), cause);
      return;
    }
    sink.onCatalogue(list);
    FeedTransport t;
    try {
      t = transports.create(mode, endpoints, pollInterval);
    } catch (RuntimeException e) {
      attemptFailed(id, Reason.of("supervisor.cannotStart", mode.title(),
          Failures.rootMessage(e)), e);
      return;
    }
    transport = t;
    // Measured and shown as what delivers it: a feed that can only push is pushed whatever
    // mode was asked for, and its figures are push's, never polling's (the one place a
    // segment's mode is decided).
    sink.onModeEntered(t.mode(), pollInterval);
    t.start(sink::resumePoint, new AttemptListener(id, t.mode()));
  }

  /**
   * How long a connection must hold before its failure counts as new: a server that accepts and
   * at once closes (flapping) keeps climbing the backoff instead of being knocked at every 250 ms.
   */
  private long stableAfterNanos() {
    return policy.max().toNanos() * 2;
  }

  private boolean isCurrent(long id) {
    synchronized (ingestLock) {
      return id == attemptId;
    }
  }

  private void attemptFailed(long id, Reason reason, Throwable cause) {
    if (!isCurrent(id) || !wanted) {
      return;
    }
    transport = null;
    lastError = reason;
    // The reason names the address as shown (secrets masked), never a credential.
    LOG.warning(() -> mode.title() + ": " + reason);
    if (cause instanceof HttpStatusFailure h && h.accessDenied()) {
      // Credentials do not fix themselves: stop and say why rather than knock again and again.
      wanted = false;
      sink.onStopped();
      setStatus(ConnectionStatus.refused(mode, Reason.of("status.stoppedRefused", reason)));
      return;
    }
    if (liveSinceNanos != 0 && nanoClock.getAsLong() - liveSinceNanos >= stableAfterNanos()) {
      // The connection had held: this failure starts a new series of retries.
      failures = 0;
    }
    liveSinceNanos = 0;
    failures++;
    // Relays of one feed: the next attempt goes to the next relay, with the same backoff.
    relay = (relay + 1) % target.relays().size();
    Duration delay = policy.delay(failures);
    long retryAt = nanoClock.getAsLong() + delay.toNanos();
    setStatus(new ConnectionStatus(ConnectionState.RECONNECTING, mode, reason, retryAt, 0,
        failures));
    retry = executor.schedule(() -> {
      if (isCurrent(id) && wanted) {
        attempt(ConnectionState.RECONNECTING);
      }
    }, delay.toNanos(), TimeUnit.NANOSECONDS);
  }

  private void stopCurrent() {
    synchronized (ingestLock) {
      attemptId++;
    }
    if (retry != null) {
      retry.cancel(false);
      retry = null;
    }
    if (transport != null) {
      transport.close();
      transport = null;
    }
  }

  private Reason describe() {
    return switch (mode) {
      case WS -> Reason.of("verbatim", ShownAddress.of(endpoints.websocket()));
      case LONGPOLL -> Reason.of("status.longPolling", ShownAddress.of(endpoints.updates()));
      case POLL -> Reason.of("status.pollingEvery", ShownAddress.of(endpoints.updates()),
          pollInterval.toMillis());
    };
  }

  /** Tags one transport's callbacks with its attempt, dropping them once it is replaced. */
  private final class AttemptListener implements FeedListener {
    private final long id;
    private final FeedMode attemptMode;

    AttemptListener(long id, FeedMode attemptMode) {
      this.id = id;
      this.attemptMode = attemptMode;
    }

    @Override
    public void onOpen() {
      executor.execute(() -> {
        if (!isCurrent(id)) {
          return;
        }
        liveSinceNanos = nanoClock.getAsLong();
        setStatus(new ConnectionStatus(ConnectionState.LIVE, attemptMode, describe(), 0, 0, 0));
      });
    }

    @Override
    public void onFrame(DecodedFrame frame, long receivedMicros) {
      boolean[] askAgain = {false};
      received(() -> {
        ResumePoint asked = sink.resumePoint();
        sink.onFrame(attemptMode, frame, receivedMicros);
        // A server that names no stream (protocol 1.0) and restarted behind this client's
        // position sends nothing before that position on this connection: ask again, from the
        // start of its history, so its first updates are not skipped.
        askAgain[0] = attemptMode == FeedMode.WS && frame.type() == FrameType.HELLO
            && frame.stream() == null && sink.resumePoint().afterSeq() < asked.afterSeq();
      });
      if (askAgain[0]) {
        executor.execute(() -> {
          if (isCurrent(id) && wanted) {
            stopCurrent();
            attempt(ConnectionState.CONNECTING);
          }
        });
      }
    }

    @Override
    public void onMessage(String text, long receivedMicros) {
      received(() -> sink.onMessage(attemptMode, text, receivedMicros));
    }

    /** Hands what arrived to the sink, unless a newer attempt has taken over. */
    private void received(Runnable deliver) {
      synchronized (ingestLock) {
        if (id != attemptId) {
          return;
        }
        deliver.run();
      }
      lastMessageNanos = nanoClock.getAsLong();
    }

    @Override
    public void onTraffic(long bytesIn, long bytesOut, int requests, boolean emptyPoll) {
      synchronized (ingestLock) {
        if (id == attemptId) {
          sink.onTraffic(attemptMode, bytesIn, bytesOut, requests, emptyPoll);
        }
      }
    }

    @Override
    public void onCounted(org.livedash.model.WireCount span) {
      synchronized (ingestLock) {
        if (id == attemptId) {
          sink.onCounted(attemptMode, span);
        }
      }
    }

    @Override
    public void onFailure(Reason reason, Throwable cause) {
      try {
        executor.execute(() -> attemptFailed(id, reason, cause));
      } catch (RejectedExecutionException e) {
        // Closed meanwhile: the failure no longer matters.
      }
    }
  }
}
