package org.livedash.server;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.livedash.feed.CatalogueCodec;
import org.livedash.feed.FeedEndpoints;
import org.livedash.feed.FrameWriter;
import org.livedash.feed.Update;
import org.livedash.model.EpochMicros;
import org.livedash.model.SeriesKind;
import org.livedash.model.SeriesMeta;

/**
 * A feed server of its own on 127.0.0.1 (its catalogue over HTTP, frames over a WebSocket) that
 * pushes a burst of synthetic LiveDash frames, shared by its first connections in turn, each as
 * fast as the client reads, in the shapes real feeds take: sequence numbers of one to ten digits
 * (with the gaps between them), ids short and long, series announced as they first appear,
 * values whole, negative, tiny, huge and long-decimal, volumes on some, updates older than the
 * connection first, heartbeats with counted bytes and status. What warms a client's push path as
 * it starts (the compilers then know every branch a feed will take, instead of dropping compiled
 * code when a real feed takes one the warm-up never did); it serves its own process only.
 */
public final class SyntheticBurst implements AutoCloseable {
  /** Updates a frame: as a fast feed's batches of 10 ms carry. */
  private static final int FRAME_UPDATES = 2_000;
  /** Frames sent ahead of the client's reading: enough to keep its decoder busy. */
  private static final int IN_FLIGHT = 4;
  /** Where the first frames number from: 1 to 8 digits. */
  private static final long[] SEQ_FROM = {0, 10_000, 100_000, 1_000_000, 10_000_000};
  /** Then each frame jumps by this (within what a client takes) up to 10 digits. */
  private static final long SEQ_STEP = 15_000_000;
  private static final long SEQ_TOP = 1_000_000_000;
  private static final String[] ID_FORMS = {"w", "warm-", "warm-up/a-long-series-name-"};
  private static final int IDS_A_FORM = 6;

  private final Server server = new Server(new QueuedThreadPool(8, 2));
  private final ServerConnector connector = new ServerConnector(server);
  private final FrameWriter writer = new FrameWriter();
  private final CatalogueCodec catalogue = new CatalogueCodec();
  private final Clock clock;
  private final int frames;
  private final int parts;
  private final List<SeriesMeta> series = new ArrayList<>();
  /** Where the burst stands, carried from one connection to the next (they come one by one). */
  private final AtomicInteger connections = new AtomicInteger();
  private final AtomicInteger framesSent = new AtomicInteger();
  private final AtomicLong numbered = new AtomicLong();
  private final AtomicLong stamped = new AtomicLong();

  /**
   * A burst of at least {@code updates} updates in all, shared by the first {@code parts}
   * connections in turn (each its own socket, hello and decoding thread on the client, the
   * burst's numbers and times going on from one to the next); call {@link #start}.
   */
  public SyntheticBurst(long updates, int parts, Clock clock) {
    this.clock = clock;
    this.parts = parts;
    this.frames = (int) Math.max(parts, (updates + FRAME_UPDATES - 1) / FRAME_UPDATES);
    for (String form : ID_FORMS) {
      for (int i = 0; i < IDS_A_FORM; i++) {
        series.add(meta(form + i));
      }
    }
  }

  /** The updates of the first {@code part} parts of the burst. */
  public long updatesThrough(int part) {
    return (long) framesThrough(part) * FRAME_UPDATES;
  }

  private int framesThrough(int part) {
    return (int) ((long) frames * Math.min(part, parts) / parts);
  }

  /** Listens on a free loopback port. */
  public SyntheticBurst start() throws Exception {
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    ContextHandler context = new ContextHandler("/");
    WebSocketUpgradeHandler ws = WebSocketUpgradeHandler.from(server, context, c -> {
      c.setIdleTimeout(Duration.ofSeconds(30));
      c.setMaxTextMessageSize(64 * 1024 * 1024);
      c.addMapping(FeedEndpoints.WS_PATH, (req, resp, cb) -> new Pusher());
    });
    // The catalogue, asked for before each connection as from any LiveDash server.
    String catalogueJson = catalogue.encode(series);
    ws.setHandler(new Handler.Abstract.NonBlocking() {
      @Override
      public boolean handle(Request request, Response response,
          org.eclipse.jetty.util.Callback callback) {
        if (!FeedEndpoints.SERIES_PATH.equals(Request.getPathInContext(request))) {
          return false;
        }
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        Content.Sink.write(response, true, catalogueJson, callback);
        return true;
      }
    });
    context.setHandler(ws);
    server.setHandler(context);
    server.start();
    return this;
  }

  /** Where a client connects. */
  public String url() {
    return "ws://127.0.0.1:" + connector.getLocalPort() + FeedEndpoints.WS_PATH;
  }

  @Override
  public void close() throws Exception {
    server.stop();
  }

  private static SeriesMeta meta(String id) {
    return SeriesMeta.of(id, id, "", SeriesKind.SENSOR, 0, 100);
  }

  /**
   * Frame {@code f} of the burst: its updates numbered from {@code firstSeq}, stamped a
   * microsecond apart from {@code firstMicros}.
   */
  String frame(int f, long firstSeq, long firstMicros) {
    List<String> added = List.of();
    if (f % 10 == 9) {
      added = List.of(catalogue.encodeEntry(meta("new-" + f)));
    }
    List<String> updates = new ArrayList<>(FRAME_UPDATES);
    for (int u = 0; u < FRAME_UPDATES; u++) {
      String id = !added.isEmpty() && u % 50 == 0 ? "new-" + f : series.get(u % series.size()).id();
      double v = value(u, f);
      long seq = firstSeq + u;
      long t = firstMicros + u;
      updates.add(writer.encodeUpdate(u % 4 == 3 ? new Update(seq, id, t, v, u % 97)
          : Update.of(seq, id, t, v)));
    }
    return writer.batchFrame(updates, added, null, -1, false, -1, -1);
  }

  /**
   * Where frame {@code f} numbers from, the frame before it having ended at {@code last}: the
   * first frames at 1, 5, 6, 7 and 8 digits, then a jump a frame up to 10 digits.
   */
  static long numberedAfter(int f, long last) {
    return f < SEQ_FROM.length ? Math.max(last, SEQ_FROM[f])
        : last < SEQ_TOP ? last + SEQ_STEP : last;
  }

  /** Values in every form a number takes in JSON: whole, negative, tiny, huge, long decimals. */
  private static double value(int u, int f) {
    double x = 20 + Math.sin(u * 0.37 + f) * 3.7;
    return switch (u % 8) {
      case 0 -> Math.rint(x);
      case 1 -> -x;
      case 2 -> x * 1e-7;
      case 3 -> x * 1e9;
      case 4 -> Math.rint(x * 100) / 100;
      case 5 -> 0;
      case 6 -> 27_000 + x;
      default -> x;
    };
  }

  /**
   * One connection: sent its part of the burst on its own thread, at most {@link #IN_FLIGHT}
   * frames ahead; a connection after the last part is only greeted.
   */
  public final class Pusher implements Session.Listener.AutoDemanding {
    private final Semaphore room = new Semaphore(IN_FLIGHT);
    private volatile boolean open = true;
    private long sent;

    @Override
    public void onWebSocketOpen(Session s) {
      Thread t = new Thread(() -> push(s), "livedash-burst");
      t.setDaemon(true);
      t.start();
    }

    @Override
    public void onWebSocketClose(int status, String reason) {
      open = false;
    }

    @Override
    public void onWebSocketError(Throwable cause) {
      // The client went (it closes as soon as it is warm): nothing more to send.
      open = false;
    }

    private void push(Session s) {
      int part = connections.getAndIncrement();
      int end = part >= parts ? 0 : framesThrough(part + 1);
      long seq = numbered.get();
      // The first two frames are from a minute before the first connection (a server's
      // history); the rest live, and never back in time.
      long t = part == 0 ? EpochMicros.now(clock) - 60_000_000 : stamped.get();
      try {
        send(s, writer.helloFrame("livedash-burst", "burst", seq, 1_000, 1));
        for (int f = framesSent.get(); f < end && open; f = framesSent.incrementAndGet()) {
          long from = numberedAfter(f, seq);
          if (from > seq && f % 2 == 0) {
            // Half the jumps said by the server (numbers it no longer holds), half not.
            send(s, writer.gapFrame(seq + 1, from, f % 4 == 0 ? from - seq : 0));
          }
          seq = from;
          if (f >= 2) {
            t = Math.max(t, EpochMicros.now(clock) - FRAME_UPDATES);
          }
          String frame = frame(f, seq + 1, t);
          seq += FRAME_UPDATES;
          t += FRAME_UPDATES;
          numbered.set(seq);
          stamped.set(t);
          sent += frame.length();
          send(s, frame);
          if (f % 5 == 4) {
            // What else a server sends between batches: its heartbeat counting the bytes, and
            // its status.
            send(s, FrameWriter.withWire(writer.heartbeatFrame(t, seq), 0, sent));
          }
          if (f % 20 == 19) {
            send(s, writer.statusFrame(f % 40 == 19 ? writer.statusMember(null, null, 0)
                : writer.statusMember("source", "synthetic", t)));
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    private void send(Session s, String text) throws InterruptedException {
      room.acquire();
      s.sendText(text, Callback.from(room::release, e -> {
        open = false;
        room.release();
      }));
    }
  }
}
