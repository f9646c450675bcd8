package org.livedash.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP proxy on loopback for fault tests, between a client and a real server: it can stall
 * every connection (bytes stop flowing, sockets stay open, like a dead network path), drop every
 * connection, stop listening and listen again on the same port (a server that is away), and
 * throttle what the server sends. Every thread it starts is a daemon and ends with it.
 */
final class TcpProxy implements AutoCloseable {
  private final int targetPort;
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  private final AtomicInteger connections = new AtomicInteger();
  private final Object gate = new Object();
  private volatile ServerSocket listener;
  private volatile int port;
  private volatile boolean stalled;
  private volatile int bytesPerSecond;
  private final java.util.concurrent.atomic.AtomicLong bytesMoved =
      new java.util.concurrent.atomic.AtomicLong();

  TcpProxy(int targetPort) throws IOException {
    this.targetPort = targetPort;
    listen(0);
  }

  int port() {
    return port;
  }

  /** Bytes passed through so far, both ways: what crossed the wire. */
  long bytesMoved() {
    return bytesMoved.get();
  }

  /** Connections accepted so far. */
  int connections() {
    return connections.get();
  }

  /** The server is away: close every connection and refuse new ones. */
  void stopListening() throws IOException {
    synchronized (sockets) {
      listener.close();
      dropAll();
    }
  }

  /** The server is back on the same port. */
  void startListening() throws IOException {
    listen(port);
  }

  /** The path stalls: no byte moves either way, every socket stays open. */
  void stall() {
    stalled = true;
  }

  /** The path flows again. */
  void unstall() {
    synchronized (gate) {
      stalled = false;
      gate.notifyAll();
    }
  }

  /** Limits what the server sends to the client to {@code n} bytes a second (0: no limit). */
  void throttle(int n) {
    bytesPerSecond = n;
  }

  /** Closes every open connection at once. */
  void dropAll() {
    for (Socket s : sockets) {
      closeQuietly(s);
    }
    sockets.clear();
  }

  private void listen(int onPort) throws IOException {
    ServerSocket s = new ServerSocket();
    s.setReuseAddress(true);
    s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort));
    listener = s;
    port = s.getLocalPort();
    daemon("proxy-accept", () -> accept(s));
  }

  private void accept(ServerSocket s) {
    while (!s.isClosed()) {
      try {
        Socket client = s.accept();
        Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
        synchronized (sockets) {
          if (s.isClosed()) {
            // Stopped while this one was being set up: it must not outlive the stop.
            closeQuietly(client);
            closeQuietly(server);
            return;
          }
          connections.incrementAndGet();
          sockets.add(client);
          sockets.add(server);
        }
        daemon("proxy-up", () -> pump(client, server, false));
        daemon("proxy-down", () -> pump(server, client, true));
      } catch (IOException e) {
        // Listener closed, or the server refused: the client sees its connection close.
      }
    }
  }

  private void pump(Socket from, Socket to, boolean towardsClient) {
    byte[] buffer = new byte[8192];
    try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
      while (true) {
        int n = in.read(buffer, 0, towardsClient && bytesPerSecond > 0
            ? Math.max(1, Math.min(buffer.length, bytesPerSecond / 20)) : buffer.length);
        if (n < 0) {
          break;
        }
        waitWhileStalled();
        out.write(buffer, 0, n);
        out.flush();
        bytesMoved.addAndGet(n);
        if (towardsClient && bytesPerSecond > 0) {
          Thread.sleep(Math.max(1, n * 1000L / bytesPerSecond));
        }
      }
    } catch (IOException | InterruptedException e) {
      // One side closed or the proxy dropped the connection.
    } finally {
      closeQuietly(from);
      closeQuietly(to);
    }
  }

  private void waitWhileStalled() throws InterruptedException {
    synchronized (gate) {
      while (stalled) {
        gate.wait();
      }
    }
  }

  private static void daemon(String name, Runnable body) {
    Thread t = new Thread(body, name);
    t.setDaemon(true);
    t.start();
  }

  private static void closeQuietly(Socket s) {
    try {
      s.close();
    } catch (IOException e) {
      // Closing is best effort in a test proxy.
    }
  }

  @Override
  public void close() throws IOException {
    unstall();
    stopListening();
  }
}
