package org.livedash.server;

import java.net.Socket;
import java.net.SocketAddress;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.eclipse.jetty.io.NetworkTrafficListener;

/**
 * Counts the bytes that cross each connection of the server, both ways, as the socket reads and
 * writes them (Jetty's network traffic listener: request and status lines, headers, bodies,
 * WebSocket frame headers and payloads; over TLS, the encrypted records). A client is told its
 * own connection's counts in band — a {@code LiveDash-Wire} header on polling answers, a
 * {@code wire} member in heartbeats — and the reports' own bytes are left out of what is
 * reported, so the meter does not change the traffic it measures. Totals per mode for {@code
 * /api/health}. Memory is one entry per open connection.
 */
final class WireMeter implements NetworkTrafficListener {
  /** What a connection was used for, as its last request showed. */
  enum Use { WEBSOCKET, POLL, LONGPOLL, OTHER }

  /** One open connection's counts. */
  static final class Connection {
    private final long id;
    /** The client's address and port, the key it is found by; null when the socket had none. */
    private final SocketAddress peer;
    private final AtomicLong in = new AtomicLong();
    private final AtomicLong out = new AtomicLong();
    private final AtomicLong reports = new AtomicLong();
    private volatile Use use = Use.OTHER;

    Connection(long id, SocketAddress peer) {
      this.id = id;
      this.peer = peer;
    }

    /** A number for the connection, unique in this server's run. */
    long id() {
      return id;
    }

    /** Bytes read from the client so far. */
    long in() {
      return in.get();
    }

    /** Bytes written to the client so far, the reports' own bytes left out. */
    long out() {
      return out.get() - reports.get();
    }

    /** {@code bytes} about to be written are a report of these counts, not traffic. */
    void excludeReport(long bytes) {
      reports.addAndGet(bytes);
    }

    void use(Use u) {
      use = u;
    }
  }

  private final Map<Socket, Connection> bySocket = new ConcurrentHashMap<>();
  private final Map<SocketAddress, Connection> byPeer = new ConcurrentHashMap<>();
  private final AtomicLong ids = new AtomicLong();
  private final Map<Use, LongAdder[]> closed = new EnumMap<>(Use.class);

  WireMeter() {
    for (Use u : Use.values()) {
      closed.put(u, new LongAdder[] {new LongAdder(), new LongAdder(), new LongAdder()});
    }
  }

  @Override
  public void opened(Socket socket) {
    SocketAddress peer = socket.getRemoteSocketAddress();
    Connection c = new Connection(ids.incrementAndGet(), peer);
    bySocket.put(socket, c);
    if (peer != null) {
      byPeer.put(peer, c);
    }
  }

  @Override
  public void incoming(Socket socket, java.nio.ByteBuffer bytes) {
    Connection c = bySocket.get(socket);
    if (c != null) {
      c.in.addAndGet(bytes.remaining());
    }
  }

  @Override
  public void outgoing(Socket socket, java.nio.ByteBuffer bytes) {
    Connection c = bySocket.get(socket);
    if (c != null) {
      c.out.addAndGet(bytes.remaining());
    }
  }

  @Override
  public void closed(Socket socket) {
    Connection c = bySocket.remove(socket);
    if (c != null) {
      if (c.peer != null) {
        byPeer.remove(c.peer, c);
      }
      LongAdder[] t = closed.get(c.use);
      t[0].increment();
      t[1].add(c.in());
      t[2].add(c.out());
    }
  }

  /** The open connection from {@code peer} (the client's address and port), or null. */
  Connection of(SocketAddress peer) {
    return peer == null ? null : byPeer.get(peer);
  }

  /**
   * Connections, bytes in and bytes out per use, closed and open together: {@code [connections,
   * in, out]}.
   */
  Map<Use, long[]> totals() {
    Map<Use, long[]> t = new EnumMap<>(Use.class);
    closed.forEach((u, a) -> t.put(u, new long[] {a[0].sum(), a[1].sum(), a[2].sum()}));
    for (Connection c : bySocket.values()) {
      long[] a = t.get(c.use);
      a[0]++;
      a[1] += c.in();
      a[2] += c.out();
    }
    return t;
  }

  /** The {@code LiveDash-Wire} header's value for a polling answer on {@code c}. */
  static String pollReport(Connection c) {
    return "conn=" + c.id() + "; in=" + c.in() + "; out=" + c.out();
  }

  /** The HTTP/1.1 header line's length: name, colon and space, value, CRLF. */
  static long headerLineBytes(String name, String value) {
    return name.length() + 2 + value.length() + 2;
  }
}
