package org.livedash.transport.websocket;

import org.livedash.feed.ShownAddress;
import org.livedash.model.Reason;
import org.livedash.feed.Utf8;
import jakarta.websocket.ClientEndpointConfig;
import jakarta.websocket.CloseReason;
import jakarta.websocket.DeploymentException;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.Session;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.livedash.feed.DecodedFrame;
import org.livedash.feed.FeedCodec;
import org.livedash.feed.FeedEndpoints;
import org.livedash.feed.FrameType;
import org.livedash.feed.FrameWriter;
import org.livedash.model.EpochMicros;
import org.livedash.model.FeedMode;
import org.livedash.model.ResumePoint;
import org.livedash.model.WireEvent;
import org.livedash.model.WireLog;
import org.livedash.transport.CountedSpan;
import org.livedash.transport.Credentials;
import org.livedash.transport.DeadLink;
import org.livedash.transport.Failures;
import org.livedash.transport.FeedListener;
import org.livedash.transport.FeedTransport;
import org.livedash.transport.HttpStatusFailure;
import org.livedash.transport.TransportEnd;
import org.livedash.transport.WireSize;
import org.livedash.transport.WireTaps;

/**
 * Push mode: one WebSocket connection through the shared Tyrus clients ({@link
 * WebSocketClients}). Frames are decoded and stored on the connection's own thread, handed over
 * in order by the Tyrus thread that read them ({@link FrameHandOff}). A watchdog closes a
 * connection silent (no data, no heartbeat) for longer than the dead-link timeout, because a
 * stalled TCP path can otherwise look open for minutes; the timeout follows the heartbeat period
 * the server announces in its {@code hello} ({@link DeadLink}).
 */
public final class WebSocketTransport implements FeedTransport {
  private final WebSocketClients clients;
  private final FeedEndpoints endpoints;
  private final FeedCodec codec;
  private final Executor connector;
  private final ScheduledExecutorService timer;
  private final Clock clock;
  private final Duration deadAfterFallback;
  private final Credentials credentials;
  /** How to talk to a feed in its own shape; null for the LiveDash protocol, decoded here. */
  private final JsonFeedOptions json;
  private static final String CLIENT_CLOSING = "client closing";
  private final TransportEnd end = new TransportEnd();
  private final Object watchdogLock = new Object();

  private volatile FeedListener listener;
  private volatile Session session;
  private volatile long lastFrameNanos;
  private volatile boolean opened;
  /** The traffic since the server's last count of it; made when connecting. */
  private volatile CountedSpan span;
  /** Where the wire view reads what this connection carries; null when nothing watches. */
  private volatile WireLog.Tap tap;
  private final Fragments fragments = new Fragments();
  private volatile FrameHandOff handOff; // to this connection's decoding thread; made on start
  /** The silence allowed: the fallback until the server's hello announces its heartbeat. */
  private volatile long deadAfterNanos;
  // Guarded by watchdogLock, so a close racing the watchdog's start never leaks its task.
  private ScheduledFuture<?> watchdog;
  // Guarded by watchdogLock: the messages still to send and the ping, cancelled on release.
  private final List<ScheduledFuture<?>> sending = new java.util.ArrayList<>();
  private boolean released;

  /**
   * @param connector runs the blocking handshake
   * @param timer runs the dead-link watchdog
   */
  public WebSocketTransport(
      WebSocketClients clients,
      FeedEndpoints endpoints,
      FeedCodec codec,
      Executor connector,
      ScheduledExecutorService timer,
      Clock clock,
      Duration deadAfterFallback,
      Credentials credentials) {
    this(clients, endpoints, codec, connector, timer, clock, deadAfterFallback, credentials, null);
  }

  /**
   * A connection to a feed in its own JSON shape: it opens {@code options}' address as it is (no
   * resume), sends its opening messages and pings, and hands each message over undecoded
   * ({@link FeedListener#onMessage}). {@code shown} is the address with its secrets masked, the
   * only one that appears in a message.
   */
  public static WebSocketTransport ofJson(WebSocketClients clients, FeedEndpoints shown,
      JsonFeedOptions options, Executor connector, ScheduledExecutorService timer, Clock clock,
      Credentials credentials) {
    return new WebSocketTransport(clients, shown, null, connector, timer, clock,
        options.silence(), credentials, options);
  }

  private WebSocketTransport(WebSocketClients clients, FeedEndpoints endpoints, FeedCodec codec,
      Executor connector, ScheduledExecutorService timer, Clock clock, Duration deadAfterFallback,
      Credentials credentials, JsonFeedOptions json) {
    this.json = json;
    this.clients = clients;
    this.endpoints = endpoints;
    this.codec = codec;
    this.connector = connector;
    this.timer = timer;
    this.clock = clock;
    this.deadAfterFallback = deadAfterFallback;
    this.credentials = credentials;
    this.deadAfterNanos = deadAfterFallback.toNanos();
  }

  @Override
  public FeedMode mode() {
    return FeedMode.WS;
  }

  /** Lets the wire view see this connection's upgrade and frames. Call before {@link #start}. */
  public WebSocketTransport withTap(WireLog.Tap wireTap) {
    this.tap = wireTap;
    return this;
  }

  @Override
  public void start(Supplier<ResumePoint> from, FeedListener feedListener) {
    this.listener = feedListener;
    end.bind(feedListener);
    synchronized (watchdogLock) {
      if (!released) {
        handOff = new FrameHandOff("livedash-ws-decode");
      }
    }
    connector.execute(() -> connect(json != null ? json.address()
        : endpoints.websocketAfter(from.get())));
  }

  private void connect(URI uri) {
    if (end.isEnded()) {
      return;
    }
    span = new CountedSpan(System.nanoTime());
    WireTaps.note(tap, clock, FeedMode.WS, WireEvent.NoteKind.CONNECTING,
        Reason.of("verbatim", ShownAddress.of(json != null ? endpoints.websocket() : uri)));
    try {
      UpgradeExchange handshake = new UpgradeExchange(uri,
          json != null ? endpoints.websocket() : uri, credentials, tap, clock);
      ClientEndpointConfig config =
          ClientEndpointConfig.Builder.create().configurator(handshake).build();
      Session s = clients.forUri(uri).connectToServer(new FeedEndpoint(handshake), config, uri);
      session = s;
      if (end.isEnded()) {
        closeQuietly(s);
        return;
      }
      lastFrameNanos = System.nanoTime();
      startWatchdog();
      if (json != null) {
        startSending(s);
      }
    } catch (DeploymentException | IOException | RuntimeException e) {
      HttpStatusFailure refused = UpgradeExchange.refusal(e, endpoints.websocket());
      if (refused != null) {
        fail(Reason.of("ws.refused", refused.getMessage()), refused);
      } else {
        fail(Reason.of("ws.cannotConnect", ShownAddress.of(endpoints.websocket()),
            Failures.rootMessage(e)), e);
      }
    }
  }

  /**
   * Sends the opening messages in order, {@code spacing} apart so a venue's message limit is
   * never broken, then the ping every period; all on the timer, never blocking a Tyrus thread.
   */
  private void startSending(Session s) {
    long spacing = json.spacing().toMillis();
    List<String> messages = json.openMessages();
    synchronized (watchdogLock) {
      if (released) {
        return;
      }
      for (int i = 0; i < messages.size(); i++) {
        String m = messages.get(i);
        sending.add(timer.schedule(() -> send(s, m), i * spacing, TimeUnit.MILLISECONDS));
      }
      if (json.pingMessage() != null) {
        long every = json.pingEvery().toMillis();
        long first = Math.max(every, messages.size() * spacing);
        sending.add(timer.scheduleAtFixedRate(() -> send(s, json.pingMessage()), first, every,
            TimeUnit.MILLISECONDS));
      }
    }
  }

  private void send(Session s, String message) {
    if (end.isEnded()) {
      return;
    }
    try {
      s.getBasicRemote().sendText(message);
      long size = Utf8.length(message);
      traffic(listener, 0, size + WireSize.webSocketHeader(size, true));
      WireTaps.sentText(tap, clock, message, size);
    } catch (IOException | RuntimeException e) {
      fail(Reason.of("ws.cannotSend", ShownAddress.of(endpoints.websocket()),
          Failures.rootMessage(e)), e);
    }
  }

  private void startWatchdog() {
    long periodMillis = Math.max(100, DeadLink.FLOOR.toMillis() / 4);
    synchronized (watchdogLock) {
      if (!released) {
        watchdog = timer.scheduleWithFixedDelay(
            this::checkAlive, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
      }
    }
  }

  private void checkAlive() {
    long silentNanos = System.nanoTime() - lastFrameNanos;
    if (!end.isEnded() && silentNanos > deadAfterNanos) {
      fail(Reason.of("ws.dead", silentNanos / 1e9), null);
    }
  }

  /**
   * One text frame as it arrived ({@code last}: its FIN bit). A message in one frame goes on at
   * once; one in several is put back together, within the frame limit.
   */
  private void onFrame(String part, boolean last) {
    if (end.isEnded()) {
      return;
    }
    long payload = Utf8.length(part);
    long wire = payload + WireSize.webSocketHeader(payload, false);
    WireTaps.receivedText(tap, clock, part, payload, fragments.continuing(), last);
    if (last && !fragments.continuing()) {
      onText(part, payload, wire);
      return;
    }
    if ((long) fragments.length() + part.length() > clients.maxFrameBytes()) {
      fail(CloseCodes.tooBig(clients.maxFrameBytes()), null);
      return;
    }
    String whole = fragments.add(part, payload, wire, last);
    if (whole != null) {
      onText(whole, fragments.takePayloadBytes(), fragments.takeWireBytes());
    }
  }

  /** A whole message: {@code payload} bytes of text that took {@code wire} bytes to arrive. */
  private void onText(String text, long payload, long wire) {
    long receivedMicros = EpochMicros.now(clock);
    FeedListener l = listener;
    if (json != null) {
      traffic(l, wire, 0);
      if (!opened) {
        opened = true;
        l.onOpen();
      }
      l.onMessage(text, receivedMicros);
      return;
    }
    DecodedFrame frame = codec.decode(text);
    if (frame.hasWire()) {
      // The server's count covers everything before this frame; the report is not traffic.
      l.onCounted(span.report(frame.wireIn(), frame.wireOut(), System.nanoTime()));
      payload -= FrameWriter.wireMember(frame.wireIn(), frame.wireOut()).length();
      long whole = wire;
      wire = payload + WireSize.webSocketHeader(payload, false);
      span.reportBytes(whole - wire);
    }
    traffic(l, wire, 0);
    span.message(payload);
    span.updates(frame.updates().size());
    if (!opened && frame.type() == FrameType.HELLO) {
      opened = true;
      deadAfterNanos = DeadLink.timeout(frame.heartbeatMillis(), deadAfterFallback).toNanos();
      l.onOpen();
    }
    l.onFrame(frame, receivedMicros);
  }

  /** Reports traffic, and keeps it for the span the server's next count covers. */
  private void traffic(FeedListener l, long in, long out) {
    span.traffic(in, out);
    l.onTraffic(in, out, 0, false);
  }

  @Override
  public void close() {
    end.close(this::release);
  }

  private void fail(Reason reason, Throwable cause) {
    if (!end.isEnded()) {
      WireTaps.note(tap, clock, FeedMode.WS, WireEvent.NoteKind.FAILED, reason);
    }
    end.fail(reason, cause, this::release);
  }

  private void release() {
    stopThreads();
    Session s = session;
    if (s != null) {
      closeQuietly(s);
    }
  }

  private void stopThreads() {
    synchronized (watchdogLock) {
      released = true;
      if (handOff != null) {
        handOff.stop();
      }
      if (watchdog != null) {
        watchdog.cancel(false);
      }
      sending.forEach(f -> f.cancel(false));
      sending.clear();
    }
  }

  private void closeQuietly(Session s) {
    try {
      if (s.isOpen()) {
        s.close(new CloseReason(CloseReason.CloseCodes.NORMAL_CLOSURE, CLIENT_CLOSING));
        WireTaps.sentClose(tap, clock, CloseReason.CloseCodes.NORMAL_CLOSURE.getCode(),
            CLIENT_CLOSING);
      }
    } catch (IOException | RuntimeException e) {
      // The connection is being abandoned either way; nothing more to do.
    }
  }

  /** The Jakarta endpoint: receives text frames and the connection's end. */
  private final class FeedEndpoint extends Endpoint {
    private final UpgradeExchange handshake;

    FeedEndpoint(UpgradeExchange handshake) {
      this.handshake = handshake;
    }

    @Override
    public void onOpen(Session s, EndpointConfig config) {
      // Before any message: the upgrade exchange counts as the connection's first traffic.
      traffic(listener, handshake.responseBytes, handshake.requestBytes);
      span.setup(handshake.responseBytes + handshake.requestBytes);
      s.setMaxTextMessageBufferSize(clients.maxFrameBytes());
      // Frame by frame, so each frame's FIN and header are known (and shown).
      s.addMessageHandler(String.class, (MessageHandler.Partial<String>) (part, last) -> {
        lastFrameNanos = System.nanoTime();
        handOff.hand(() -> onFrame(part, last), part.length());
      });
    }

    @Override
    public void onClose(Session s, CloseReason reason) {
      // After the frames that came before it.
      handOff.hand(() -> closed(reason), 0);
    }

    private void closed(CloseReason reason) {
      int code = reason.getCloseCode().getCode();
      if (!end.isEnded()) {
        // The server's close (or the loss of the link); one this client began is shown as sent.
        WireTaps.receivedClose(tap, clock, code, reason.getReasonPhrase());
      }
      fail(CloseCodes.frameTooBig(code, reason.getReasonPhrase())
          ? CloseCodes.tooBig(clients.maxFrameBytes())
          : CloseCodes.describe(code, reason.getReasonPhrase()), null);
    }

    @Override
    public void onError(Session s, Throwable error) {
      handOff.hand(() -> fail(Reason.of("ws.error", Failures.rootMessage(error)), error), 0);
    }
  }
}
